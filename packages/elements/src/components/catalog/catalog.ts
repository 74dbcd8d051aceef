import { Task } from '@lit/task';
import { type BenefitPage, type BenefitSummary, type CategoryId, type Quota } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { ClientSubscription } from '../../internal/freshness.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { reportSessionEnd } from '../../internal/status.js';
import { styles } from './catalog.styles.js';
import { Impressions } from './impressions.js';
import { ListWindow } from './list-window.js';

const SKELETON_CARDS = 4;
/** How long typing must pause before the catalogue searches. */
const SEARCH_PAUSE_MS = 300;

/**
 * The benefits the member can see, as cards. Must sit inside a `<rights-provider>`.
 *
 * @tagname rights-catalog
 * @summary A list of benefit cards that loads more as the cardholder scrolls, with loading, empty, error
 *   and offline states.
 * @csspart base - The catalogue.
 * @csspart filters - The search field and category chips above the cards.
 * @csspart search - The search field.
 * @csspart chips - The row of category chips.
 * @csspart chip - Each category chip; `chip selected` for the chosen one.
 * @csspart list - The grid of cards.
 * @csspart card - Each `<rights-benefit-card>`; style its inside through its own parts.
 * @fires {RightsNavigateEvent} rights-navigate - From a card: the cardholder opened a benefit (cancelable).
 * @csspart status - The empty, error and offline panels.
 * @csspart retry - The retry button.
 * @cssprop --rights-catalog-columns-min - The narrowest a card column may get before the grid wraps.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The benefits could not load because the session has ended; the cardholder is asked to sign in again.
 * @fires {RightsAnalyticsEvent} rights-analytics - With the provider's `analyticsConsent`: a card was at least half on screen (`impression`), once per benefit per list.
 */
export class RightsCatalog extends RightsElement {
  static override properties = {
    category: { reflect: true },
    hideFilters: { type: Boolean, attribute: 'hide-filters' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    more: { state: true },
    claimedQuotas: { state: true },
    query: { state: true },
  };

  static override styles = styles;

  /** Show only this category, e.g. `travel` or `dining`. */
  category?: CategoryId;

  /** Hides the search field and category chips, for hosts that offer their own. */
  hideFilters = false;

  /** Heading level of each card's title, to fit the host page's outline (2 under the page's h1). */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  /** Pages after the first, loaded as the cardholder scrolls. */
  private more: { items: BenefitSummary[]; nextCursor: string | null; loading: boolean; error?: unknown } = {
    items: [],
    nextCursor: null,
    loading: false,
  };

  /**
   * The quotas claims have changed since the list loaded, by benefit: a catalogue kept under a detail
   * shows the new figure when the cardholder goes back, with no request (the claim's answer carries it).
   */
  private claimedQuotas: ReadonlyMap<string, Quota> = new Map();

  /** What the cardholder searched for, once they paused typing. */
  private query = '';

  private moreController?: AbortController;
  private searchTimer?: ReturnType<typeof setTimeout>;

  private readonly categories = new Task(this, {
    task: ([client, hidden], { signal }) => (client && !hidden ? client.categories.list({ signal }) : undefined),
    args: () => [this.environment?.client, this.hideFilters] as const,
  });
  private sentinelObserver?: IntersectionObserver;
  private sentinel?: Element;
  private readonly listWindow = new ListWindow(this, '.list:not([aria-hidden])');
  private readonly impressions = new Impressions(this);

  private readonly benefits = new ProviderTask(this, () => this.env, {
    task: async (client, [category, q], { signal }) => {
      this.moreController?.abort();
      const page = await client.benefits.list({ category, q }, { signal });
      this.more = { items: [], nextCursor: page.nextCursor, loading: false };
      this.claimedQuotas = new Map();
      this.listWindow.reset();
      this.impressions.reset();
      return page;
    },
    args: () => [this.category, this.query] as const,
  });

  constructor() {
    super();
    new ClientSubscription(this, () => this.environment?.client, (client) => client.benefits.onClaim((benefitId, { quota }) => this.claimed(benefitId, quota)));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreController?.abort();
    this.sentinelObserver?.disconnect();
    this.impressions.stop();
    clearTimeout(this.searchTimer);
  }

  protected override updated(): void {
    const sentinel = this.renderRoot.querySelector('.sentinel') ?? undefined;
    if (sentinel !== this.sentinel) this.observeSentinel(sentinel);
    this.impressions.watch(this.renderRoot.querySelector('.list:not([aria-hidden])') ?? undefined, this.items(), this.environment);
  }

  /** Every benefit loaded so far, in order, with the quotas claims changed since. */
  private items(): BenefitSummary[] {
    const first = this.benefits.value?.items ?? [];
    const all = this.more.items.length > 0 ? [...first, ...this.more.items] : first;
    const quotas = this.claimedQuotas;
    return quotas.size === 0 ? all : all.map((benefit) => (benefit.quota && quotas.has(benefit.id) ? { ...benefit, quota: quotas.get(benefit.id) } : benefit));
  }

  /** A claim of `benefitId` left its card with `quota`: its badge follows. */
  private claimed(benefitId: string, quota: Quota | undefined) {
    if (quota) this.claimedQuotas = new Map(this.claimedQuotas).set(benefitId, quota);
  }

  protected override render() {
    const { messages } = this.env;
    return html`
      <section part="base" aria-label=${messages.catalogLabel} aria-busy=${this.benefits.pending ? 'true' : 'false'}>
        ${this.hideFilters ? nothing : this.renderFilters()}
        ${this.benefits.render({
          complete: (page) => this.renderList(page),
          skeleton: () => this.renderSkeleton(),
          failed: { title: messages.loadError, retryPart: 'retry' },
        })}
      </section>
    `;
  }

  /** Search, and the categories as chips with how many benefits each holds. */
  private renderFilters() {
    const { messages } = this.env;
    const categories = this.categories.value?.items.filter((category) => category.count > 0) ?? [];
    const chip = (id: CategoryId | undefined, label: string, count?: number) => {
      const selected = (this.category || undefined) === id;
      return html`<button
        part=${selected ? 'chip selected' : 'chip'}
        class="chip"
        type="button"
        aria-pressed=${selected ? 'true' : 'false'}
        @click=${() => this.selectCategory(id)}
      >
        ${label}${count === undefined ? nothing : html` <span class="count">${count}</span>`}
      </button>`;
    };
    return html`<div part="filters" class="filters">
      <input
        part="search"
        class="search"
        type="search"
        enterkeyhint="search"
        aria-label=${messages.searchLabel}
        placeholder=${messages.searchPlaceholder}
        @input=${this.handleSearchInput}
      />
      ${categories.length > 0
        ? html`<div part="chips" class="chips" role="group" aria-label=${messages.categoriesLabel}>
            ${chip(undefined, messages.allCategories)} ${categories.map((category) => chip(category.id, category.name, category.count))}
          </div>`
        : nothing}
    </div>`;
  }

  private selectCategory(category: CategoryId | undefined) {
    this.category = category;
  }

  /** Searches once the cardholder pauses: one request for a word, not one per keystroke. */
  private handleSearchInput(event: InputEvent) {
    const value = (event.target as HTMLInputElement).value.trim();
    clearTimeout(this.searchTimer);
    this.searchTimer = setTimeout(() => (this.query = value), SEARCH_PAUSE_MS);
  }

  private renderList(page: BenefitPage) {
    const { messages } = this.env;
    if (page.items.length === 0) {
      return html`<div part="status" class="status" role="status">
        <p class="status-title">${this.query ? messages.noMatches(this.query) : messages.empty}</p>
        <p>${this.query ? messages.noMatchesHint : messages.emptyHint}</p>
      </div>`;
    }
    const items = this.items();
    // Long lists render only the rows near the screen; positions tell assistive technology where each card sits.
    const { start, end } = this.listWindow.update(items.length);
    const size = this.more.nextCursor ? -1 : items.length;
    return html`<ul part="list" class="list">
        ${repeat(
          items.slice(start, end),
          (benefit) => benefit.id,
          (benefit, offset) =>
            html`<li data-index=${start + offset} aria-posinset=${start + offset + 1} aria-setsize=${size}>
              <rights-benefit-card part="card" interactive .benefit=${benefit} heading-level=${this.headingLevel}></rights-benefit-card>
            </li>`,
        )}
      </ul>
      ${this.renderMore()}`;
  }

  /** The end of the list: a marker that loads the next page when it scrolls into view, or why it could not. */
  private renderMore() {
    const { messages } = this.env;
    if (this.more.error) {
      return html`<div part="status" class="status more-error" role="alert">
        <p>${messages.loadError}</p>
        <button part="retry" class="button" type="button" @click=${this.loadMore}>${messages.retry}</button>
      </div>`;
    }
    if (!this.more.nextCursor) return nothing;
    return html`<div class="sentinel">
      ${this.more.loading ? html`<p class="visually-hidden" role="status">${messages.loading}</p>` : nothing}
    </div>`;
  }

  /** Watches the end-of-list marker, found after each update (it comes and goes with `nextCursor`). */
  private observeSentinel(element: Element | undefined) {
    this.sentinelObserver?.disconnect();
    this.sentinel = element;
    if (!element) return;
    // Start a little before the end comes into view, so scrolling rarely meets a wait.
    this.sentinelObserver = new IntersectionObserver((entries) => entries.some((entry) => entry.isIntersecting) && this.loadMore(), { rootMargin: '0px 0px 600px 0px' });
    this.sentinelObserver.observe(element);
  }

  /**
   * Observing again reports where the marker is now: if a page arrived and the end is still in view
   * (a tall screen, a fast scroll), the next page loads without waiting for another scroll.
   */
  private async recheckSentinel() {
    await this.updateComplete;
    if (!this.sentinel || !this.sentinelObserver) return;
    this.sentinelObserver.unobserve(this.sentinel);
    this.sentinelObserver.observe(this.sentinel);
  }

  private readonly loadMore = async () => {
    const client = this.environment?.client;
    const cursor = this.more.nextCursor;
    if (!client || !cursor || this.more.loading) return;
    const controller = (this.moreController = new AbortController());
    this.more = { ...this.more, loading: true, error: undefined };
    try {
      const page = await client.benefits.list({ category: this.category, q: this.query, cursor }, { signal: controller.signal });
      if (!controller.signal.aborted) {
        this.more = { items: [...this.more.items, ...page.items], nextCursor: page.nextCursor, loading: false };
        void this.recheckSentinel();
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.more = { ...this.more, loading: false, error };
      reportSessionEnd(this, error);
    }
  };

  private renderSkeleton() {
    const { messages } = this.env;
    return html`<p class="visually-hidden" role="status">${messages.loading}</p>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_CARDS },
          () => html`<li class="skeleton-card">
            <div class="skeleton media"></div>
            <div class="skeleton line"></div>
            <div class="skeleton line short"></div>
          </li>`,
        )}
      </ul>`;
  }
}
