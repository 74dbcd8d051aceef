import { TaskStatus } from '@lit/task';
import type { RightsClient, WalletItem, WalletStatus } from '@rights-kit/client';
import { html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RightsNavigateEvent, type RightsNavigateDetail } from '../../events.js';
import { itemKindOf } from '../benefit-detail/kinds/items.js';
import { keptVouchers } from '../../internal/offline-vouchers.js';
import { sameSession } from '../../internal/context.js';
import { whenStale } from '../../internal/freshness.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { TAKING_MESSAGES } from '../../internal/taking.messages.js';
import { WALLET_MESSAGES } from './wallet.messages.js';
import { loadErrorPanel, reportSessionEnd } from '../../internal/status.js';
import { Reminders } from './reminders.js';
import { renderExpiry, renderRow, type RowView } from './wallet-row.js';
import { styles } from './wallet.styles.js';

const MESSAGES = [WALLET_MESSAGES, TAKING_MESSAGES] as const;

/**
 * A status the wallet can show. Cancelled items have their own filter rather than sitting with expired
 * ones: the API filters by one status, so each filter stays one list with one cursor, sorted by the
 * platform; and "cancelled" is a different fact for the cardholder (someone called it off) from
 * "expired" (time ran out).
 */
export type RightsWalletFilter = Exclude<WalletStatus, 'unknown'>;

const FILTERS: readonly RightsWalletFilter[] = ['active', 'used', 'expired', 'cancelled'];
const SKELETON_ROWS = 3;

/** The list on screen, with the filter and client it was loaded for. */
interface Shown {
  status: RightsWalletFilter;
  client: RightsClient;
  items: WalletItem[];
  nextCursor: string | null;
}

const expiryOf = (item: WalletItem) => (item.validUntil ? Date.parse(item.validUntil) : Infinity);

/** Soonest expiry first, items without one last; ties keep the platform's order. */
function byExpiry(items: readonly WalletItem[]): WalletItem[] {
  return [...items].sort((a, b) => {
    const [x, y] = [expiryOf(a), expiryOf(b)];
    return x === y ? 0 : x < y ? -1 : 1;
  });
}

/**
 * The member's vouchers, reservations and activations, filtered by status. Must sit inside a
 * `<rights-provider>`.
 *
 * @tagname rights-wallet
 * @summary The member's vouchers, bookings and offers by status, soonest expiry first, with expiry
 *   countdowns, reminders, refresh, and loading, empty, error, offline and signed-out states.
 * @csspart base - The wallet.
 * @csspart toolbar - The row holding the filters and the refresh button.
 * @csspart filters - The group of status filters.
 * @csspart filter - Each status filter; `filter selected` for the chosen one.
 * @csspart refresh - The refresh button.
 * @csspart list - The list of items.
 * @csspart item - Each item; `data-status` and `data-kind` say what it is.
 * @csspart media - The item's picture frame.
 * @csspart image - The item's picture.
 * @csspart body - Everything beside the picture.
 * @csspart partner - The partner's name.
 * @csspart title - The item's title.
 * @csspart action - The button on the title that opens the item; it covers the row.
 * @csspart kept - Above the vouchers kept on the device, listed when the platform is out of reach.
 * @csspart confirmation - A booking's confirmation code, to give at the restaurant or desk.
 * @csspart meta - The kind, and a booking's date and time.
 * @csspart kind - Voucher, booking, offer, or a generic word for a kind from a newer platform.
 * @csspart when - A booking's date and time.
 * @csspart badge - Every badge; also `status`, `expiry` or `newer` (a kind that needs a newer app version) to tell them apart.
 * @csspart validity - The date an item is valid until, was used on, or expired on.
 * @csspart remind - The "remind me" button of a voucher about to expire; `remind set` once it is set.
 * @csspart reminder-error - Why a reminder could not be set.
 * @csspart more - The button that loads the next page.
 * @csspart status - The empty, error, offline and signed-out panels.
 * @csspart browse - The empty state's way to the catalogue.
 * @csspart retry - Every retry button.
 * @cssprop --rights-wallet-surface - The background of each item.
 * @cssprop --rights-wallet-radius - The corner radius of each item.
 * @cssprop --rights-wallet-gap - The space between items.
 * @cssprop --rights-wallet-urgent - The colour of a countdown with three days or fewer left.
 * @fires {RightsNavigateEvent} rights-navigate - The cardholder opened a voucher (`{ view: 'wallet-item', walletItemId }`), a booking's or an activation's benefit (`{ view: 'benefit', benefitId }`) or, from the empty state, the catalogue (`{ view: 'catalog' }`). Cancelable.
 * @fires {RightsRemindEvent} rights-remind - The cardholder asked to be reminded before a voucher expires. Cancel it to stop the bridge scheduling it.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The wallet could not load because the session has ended; the cardholder is asked to sign in again.
 */
export class RightsWallet extends RightsElement<typeof MESSAGES> {
  static override properties = {
    status: { reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    shown: { state: true },
    more: { state: true },
    announcement: { state: true },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** Which items to show: `active`, `used`, `expired` or `cancelled`. Follows the filter the cardholder picks. */
  status: RightsWalletFilter = 'active';

  /** Heading level of each item's title, to fit the host page's outline. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  private shown?: Shown;
  /** The next page on its way, or why it did not come. */
  private more: { loading: boolean; error?: unknown } = { loading: false };
  private announcement = '';

  private readonly reminders = new Reminders(this, () => this.env, (text) => (this.announcement = text));

  private moreController?: AbortController;
  private refreshRequested = false;

  private readonly wallet = new ProviderTask(this, () => this.env, {
    task: async (client, [status], { signal }) => {
      const announce = this.refreshRequested;
      this.refreshRequested = false;
      this.moreController?.abort();
      // Read beside the list rather than after it fails: at a counter with no signal, nobody waits twice.
      const kept = status === 'active' && this.environment?.offlineVouchers ? keptVouchers(client, { signal }) : undefined;
      let page;
      try {
        page = await client.wallet.list({ status }, { signal });
      } catch (error) {
        this.kept = { failure: error, vouchers: (await kept) ?? [] };
        throw error;
      }
      this.shown = { status, client, items: byExpiry(page.items), nextCursor: page.nextCursor };
      this.more = { loading: false };
      if (announce) this.announcement = this.env.messages.walletRefreshed;
      return page;
    },
    args: () => [this.status] as const,
    stale: whenStale((client) => client.wallet, () => this.more.loading),
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.moreController?.abort();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('status') && !FILTERS.includes(this.status)) {
      console.warn(`<rights-wallet>: unknown status ${JSON.stringify(this.status)}; showing active items.`);
      this.status = 'active';
    }
  }

  /**
   * Nothing loaded and the platform out of reach: the vouchers kept on the device for this member, when
   * the provider keeps them, with the failed load they were read for (once per failure, not per render).
   */
  private kept?: { failure: unknown; vouchers: WalletItem[] };

  /** The list to show for this filter: never one loaded for another filter or another member's session. */
  private get current(): Shown | undefined {
    const { shown } = this;
    const client = this.environment?.client;
    return shown && client && shown.status === this.status && sameSession(shown.client, client) ? shown : undefined;
  }

  private handleRefresh() {
    if (this.wallet.status === TaskStatus.PENDING) return;
    this.refreshRequested = true;
    this.announcement = '';
    // Past the cache: the cardholder asked for what the platform holds now, and other views of the wallet follow.
    const client = this.environment?.client;
    client?.wallet.markStale();
    void this.wallet.run();
  }

  private readonly loadMore = async () => {
    const shown = this.current;
    const client = this.environment?.client;
    if (!shown?.nextCursor || !client || this.more.loading) return;
    const controller = (this.moreController = new AbortController());
    const hadFocus = this.shadowRoot?.activeElement?.getAttribute('part') === 'more';
    this.more = { loading: true };
    try {
      const page = await client.wallet.list({ status: shown.status, cursor: shown.nextCursor }, { signal: controller.signal });
      if (controller.signal.aborted) return;
      const known = new Set(shown.items.map((item) => item.id));
      const added = page.items.filter((item) => !known.has(item.id));
      this.shown = { ...shown, items: byExpiry([...shown.items, ...added]), nextCursor: page.nextCursor };
      this.more = { loading: false };
      // Someone who pressed "more" from the keyboard carries on reading at the first new item.
      if (hadFocus && added[0]) {
        await this.updateComplete;
        this.shadowRoot?.querySelector<HTMLElement>(`[data-id="${added[0].id}"] .action`)?.focus();
      }
    } catch (error) {
      if (controller.signal.aborted) return;
      this.more = { loading: false, error };
      reportSessionEnd(this, error);
    }
  };

  // ---- rendering --------------------------------------------------------------------------------

  protected override render() {
    const { messages } = this.env;
    const pending = this.wallet.status === TaskStatus.PENDING;
    const failed = this.wallet.status === TaskStatus.ERROR;
    const shown = this.current;
    const read = this.kept;
    const kept = failed && !shown && read && read.failure === this.wallet.error ? read.vouchers : [];
    return html`<section part="base" aria-label=${messages.walletLabel} aria-busy=${pending ? 'true' : 'false'}>
      <div part="toolbar" class="toolbar">
        <div part="filters" class="filters" role="group" aria-label=${messages.walletFiltersLabel}>${FILTERS.map((filter) => this.renderFilter(filter))}</div>
        <button part="refresh" class="button secondary" type="button" aria-disabled=${pending ? 'true' : 'false'} @click=${this.handleRefresh}>
          ${pending && shown ? messages.walletRefreshing : messages.walletRefresh}
        </button>
      </div>
      ${failed ? html`<div class=${shown || kept.length > 0 ? 'notice' : ''}>${this.renderError(this.wallet.error, !!shown)}</div>` : nothing}
      ${shown ? (shown.items.length > 0 ? this.renderList(shown) : this.renderEmpty()) : failed ? this.renderKept(kept) : this.renderSkeleton()}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </section>`;
  }

  private renderFilter(filter: RightsWalletFilter) {
    const selected = filter === this.status;
    return html`<button
      part=${selected ? 'filter selected' : 'filter'}
      class="chip"
      type="button"
      aria-pressed=${selected ? 'true' : 'false'}
      @click=${() => (this.status = filter)}
    >
      ${this.env.messages.walletStatus(filter)}
    </button>`;
  }

  private renderSkeleton() {
    return html`<p class="visually-hidden" role="status">${this.env.messages.walletLoading}</p>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_ROWS },
          () => html`<li class="skeleton-row">
            <div class="skeleton media"></div>
            <div class="skeleton-lines">
              <div class="skeleton line short"></div>
              <div class="skeleton line"></div>
              <div class="skeleton line short"></div>
            </div>
          </li>`,
        )}
      </ul>`;
  }

  /** Why loading failed; above the list when there is one, which stays in view (a voucher is still worth showing offline). */
  private renderError(error: unknown, stale: boolean) {
    const { messages } = this.env;
    return this.wallet.errorPanel(error, { title: stale ? messages.walletRefreshFailed : messages.walletLoadError, retryPart: 'retry' });
  }

  private renderEmpty() {
    const { messages } = this.env;
    return html`<div part="status" class="status" role="status">
      <p class="status-title">${messages.walletEmptyTitle(this.status)}</p>
      <p>${messages.walletEmptyHint(this.status)}</p>
      <button part="browse" class="button" type="button" @click=${this.handleBrowse}>${messages.walletBrowse}</button>
    </div>`;
  }

  private handleBrowse() {
    this.navigate({ view: 'catalog' });
  }

  /** Vouchers kept on the device: at a counter with no signal, the cardholder can still open one and show it. */
  private renderKept(kept: WalletItem[]) {
    const client = this.environment?.client;
    if (kept.length === 0 || !client) return nothing;
    return html`<p part="kept" class="kept">${this.env.messages.walletKept}</p>
      ${this.renderList({ status: 'active', client, items: kept, nextCursor: null })}`;
  }

  private renderList(shown: Shown) {
    const now = Date.now();
    const { locale, messages } = this.env;
    const view: RowView = {
      locale,
      messages,
      headingLevel: this.headingLevel,
      open: (item) => this.navigate(itemKindOf(item).opens(item)),
      expiry: (item, usedAt) => renderExpiry(item, view, now, usedAt),
      reminder: (item) => this.reminders.render(item, now),
    };
    return html`<ul part="list" class="list">
        ${repeat(
          shown.items,
          (item) => item.id,
          (item) => renderRow(item, view),
        )}
      </ul>
      ${this.renderMore(shown)}`;
  }

  private renderMore(shown: Shown) {
    const { messages } = this.env;
    if (this.more.error) {
      return html`<div class="more">
        ${loadErrorPanel(messages, this.more.error, { title: messages.walletLoadError, retryPart: 'retry', onRetry: () => void this.loadMore() })}
      </div>`;
    }
    if (!shown.nextCursor) return nothing;
    return html`<div class="more">
      <button part="more" class="button secondary" type="button" aria-disabled=${this.more.loading ? 'true' : 'false'} @click=${this.loadMore}>
        ${this.more.loading ? messages.walletLoading : messages.walletMore}
      </button>
    </div>`;
  }

  private navigate(detail: RightsNavigateDetail) {
    // Through a variable: the manifest then lists the event once, by the name its JSDoc gives.
    const event = new RightsNavigateEvent(detail);
    this.dispatchEvent(event);
  }
}
