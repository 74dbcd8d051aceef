import { RightsAnalyticsEvent, type RightsAnalyticsDetail } from '../events.js';
import type { RightsEnvironment } from './context.js';

/** Reports `detail` from `element`, only if the host has granted analytics consent. */
export function track(element: Element, environment: RightsEnvironment | undefined, detail: RightsAnalyticsDetail): void {
  if (environment?.analytics) element.dispatchEvent(new RightsAnalyticsEvent(detail));
}

/** The facts about a benefit every analytics event carries; nothing about the member. */
export function analyticsOf(benefit: { id: string; category: string; kind: string }) {
  return { benefitId: benefit.id, category: benefit.category, kind: benefit.kind };
}
