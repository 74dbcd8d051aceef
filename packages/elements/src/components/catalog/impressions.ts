import type { BenefitSummary } from '@rights-kit/client';
import { analyticsOf, track } from '../../internal/analytics.js';
import type { RightsEnvironment } from '../../internal/context.js';

/** A card counts as seen once at least half of it has been on screen. */
const SEEN_RATIO = 0.5;

/**
 * Reports an `impression` for each benefit whose card the cardholder has actually seen, once per
 * list, and only while the host has analytics consent: no observer runs otherwise.
 */
export class Impressions {
  private observer?: IntersectionObserver;
  private readonly seen = new Set<string>();
  private items: readonly BenefitSummary[] = [];
  private environment?: RightsEnvironment;

  constructor(private readonly host: Element) {}

  /** A new list (category, search or locale): its cards may be reported again. */
  reset(): void {
    this.seen.clear();
  }

  /** Watches the cards now in `list`; `items` holds what each `data-index` refers to. */
  watch(list: Element | undefined, items: readonly BenefitSummary[], environment: RightsEnvironment | undefined): void {
    this.items = items;
    this.environment = environment;
    // Observing afresh each time lets go of cards the list no longer renders.
    this.observer?.disconnect();
    if (!list || !environment?.analytics) return;
    this.observer ??= new IntersectionObserver((entries) => this.report(entries), { threshold: SEEN_RATIO });
    for (const item of list.children) this.observer.observe(item);
  }

  stop(): void {
    this.observer?.disconnect();
  }

  private report(entries: IntersectionObserverEntry[]) {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      const position = Number((entry.target as HTMLElement).dataset['index']);
      const benefit = this.items[position];
      if (!benefit || this.seen.has(benefit.id)) continue;
      this.seen.add(benefit.id);
      track(this.host, this.environment, { name: 'impression', ...analyticsOf(benefit), position });
    }
  }
}
