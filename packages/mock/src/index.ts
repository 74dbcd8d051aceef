/**
 * The rights platform sandbox: realistic bilingual seed data and msw handlers that answer as the
 * platform does. Development only; never bundled into the SDK.
 */
export { createHandlers, summarize, type SandboxOptions } from './handlers.js';
export { SEED_BENEFITS, type SeedBenefit } from './fixtures/benefits.js';
export { negotiateLocale, SANDBOX_LOCALES, type Localized, type SandboxLocale } from './locale.js';
