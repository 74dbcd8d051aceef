import type { BenefitSummary } from '@rights-kit/contract';
import { DEMO_MEMBER_ID } from './fixtures/tenants.js';
import type { SandboxLocale } from './locale.js';
import { createPlatform } from './platform/platform.js';

/**
 * A seeded benefit as the demo member's list shows it, for presentational tests and stories.
 * `origin` is where a sandbox serves the artwork: the page's own under msw.
 */
export function sampleBenefit(benefitId: string, locale: SandboxLocale = 'zh-CN', origin = globalThis.location?.origin ?? 'http://localhost'): BenefitSummary {
  return createPlatform().getBenefitSummary({ memberId: DEMO_MEMBER_ID, locale, origin, now: new Date() }, benefitId);
}
