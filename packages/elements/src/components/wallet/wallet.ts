import { TaskStatus } from '@lit/task';
import type { RightsClient, VoucherItem, WalletItem, WalletStatus } from '@rights-kit/client';
import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { RightsNavigateEvent, RightsRemindEvent, type RightsNavigateDetail } from '../../events.js';
import { keptVouchers } from '../../internal/offline-vouchers.js';
import { sameSession } from '../../internal/context.js';
import { markStale, whenStale } from '../../internal/freshness.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { TAKING_MESSAGES } from '../../internal/taking.messages.js';
import { WALLET_MESSAGES } from './wallet.messages.js';
import { formatCalendarDate, formatDay } from '../../internal/format.js';
import { newerVersionBadge } from '../../internal/newer-version.js';
import { loadErrorPanel, reportSessionEnd } from '../../internal/status.js';
import { daysUntil, formatDaysFromNow, reminderAt } from './expiry.js';
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
/** Active vouchers expiring within this many days count down, and can be reminded of. */
const SOON_DAYS = 7;
/** Within this many days the countdown looks urgent. */
const URGENT_DAYS = 3;

/** The list on screen, with the filter and client it was loaded for. */
interface Shown {
  status: RightsWalletFilter;
  client: RightsClient;
  items: WalletItem[];
  nextCursor: string | null;
}

type ReminderState = 'busy' | 'set' | 'failed';

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
  static override styles = styles;
  protected static override messages = MESSAGES;

  /** Which items to show: `active`, `used`, `expired` or `cancelled`. Follows the filter the cardholder picks. */
  @property({ reflect: true }) status: RightsWalletFilter = 'active';

  /** Heading level of each item's title, to fit the host page's outline. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  @state() private shown?: Shown;
  /** The next page on its way, or why it did not come. */
  @state() private more: { loading: boolean; error?: unknown } = { loading: false };
  /** Reminders asked for while this element lives, by wallet item. */
  @state() private reminders: ReadonlyMap<string, ReminderState> = new Map();
  @state() private announcement = '';

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
    if (client) markStale(client, (of) => of.wallet);
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
    return html`<ul part="list" class="list">
        ${repeat(
          shown.items,
          (item) => item.id,
          (item) => this.renderItem(item, now),
        )}
      </ul>
      ${this.renderMore(shown)}`;
  }

  private renderItem(item: WalletItem, now: number) {
    const { locale, messages } = this.env;
    const titleId = `title-${item.id}`;
    const reservation = item.kind === 'reservation' ? item.reservation : undefined;
    const date = reservation && formatCalendarDate(locale, reservation.date);
    return html`<li part="item" class="item" data-id=${item.id} data-status=${item.status} data-kind=${item.kind}>
      <div part="media" class="media">
        ${item.image ? html`<img part="image" src=${item.image.url} alt="" loading="lazy" decoding="async" />` : nothing}
      </div>
      <div part="body" class="body">
        <p part="partner" class="partner">${item.partner.name}</p>
        <div part="title" class="title" id=${titleId} role="heading" aria-level=${this.headingLevel}>
          <button part="action" class="action" type="button" @click=${() => this.open(item)}>${item.title}</button>
        </div>
        <p part="meta" class="meta">
          <span part="kind">${messages.walletKind(item.kind)}</span>
          ${reservation && date ? html`<span part="when">${reservation.time ? messages.dateAndTime(date, reservation.time) : date}</span>` : nothing}
        </p>
        ${reservation
          ? html`<p part="confirmation" class="confirmation">${messages.confirmationCode} <span class="code" translate="no">${reservation.confirmationCode}</span></p>`
          : nothing}
        <p class="badges">
          <span part="badge status" class="badge status">${messages.walletStatus(item.status)}</span>
          ${item.kind === 'unknown' ? newerVersionBadge(messages, 'badge newer') : nothing}
          ${this.renderExpiry(item, now)}
        </p>
        ${item.kind === 'voucher' ? this.renderReminder(item, now, titleId) : nothing}
      </div>
    </li>`;
  }

  /**
   * How long an item has: a countdown for what is active and expires within a week, else its date. A
   * booking's own date and time say it better, so it has none.
   */
  private renderExpiry(item: WalletItem, now: number) {
    const { locale, messages } = this.env;
    const validity = (text: string) => html`<span part="validity" class="validity">${text}</span>`;
    if (item.kind === 'voucher' && item.status === 'used' && item.usedAt) return validity(messages.walletUsedOn(formatDay(locale, item.usedAt)));
    if (!item.validUntil || item.kind === 'reservation') return nothing;
    const date = formatDay(locale, item.validUntil);
    if (item.status === 'expired') return validity(messages.walletExpiredOn(date));
    if (item.status === 'unknown') return validity(messages.validUntil(date));
    if (item.status !== 'active') return nothing;
    // An item the platform still calls active is not yet past: a device clock running fast says "today".
    const days = Math.max(0, daysUntil(item.validUntil, now));
    if (days > SOON_DAYS) return validity(messages.validUntil(date));
    return html`<span part="badge expiry" class="badge expiry" data-urgent=${days <= URGENT_DAYS ? 'true' : 'false'}
      >${messages.walletExpiresIn(formatDaysFromNow(locale, days))}</span
    >`;
  }

  /** Whether a reminder is worth offering: an active voucher expiring within a week, and time left to remind before it does. */
  private canRemind(item: VoucherItem, now: number): boolean {
    if (item.status !== 'active' || !item.validUntil) return false;
    const days = daysUntil(item.validUntil, now);
    return days <= SOON_DAYS && Date.parse(reminderAt(item.validUntil, now)) < Date.parse(item.validUntil);
  }

  private renderReminder(item: VoucherItem, now: number, titleId: string) {
    const state = this.reminders.get(item.id);
    // Once asked for, a reminder stays on show, whatever the clock says since.
    if (!state && !this.canRemind(item, now)) return nothing;
    const { messages } = this.env;
    const label = { busy: messages.walletReminding, set: messages.walletReminderSet, failed: messages.walletRemind }[state ?? 'failed'];
    return html`<div class="reminder">
      <button
        part=${state === 'set' ? 'remind set' : 'remind'}
        class="button secondary"
        type="button"
        aria-describedby=${titleId}
        aria-disabled=${state === 'busy' || state === 'set' ? 'true' : 'false'}
        @click=${() => this.remind(item)}
      >
        ${label}
      </button>
      ${state === 'failed' ? html`<p part="reminder-error" class="reminder-error">${messages.walletReminderFailed}</p>` : nothing}
    </div>`;
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

  // ---- what the cardholder does -----------------------------------------------------------------

  /** A voucher opens ready to present; a booking or an activation has nothing to present, so its benefit opens. */
  private open(item: WalletItem) {
    this.navigate(item.kind === 'voucher' ? { view: 'wallet-item', walletItemId: item.id } : { view: 'benefit', benefitId: item.benefitId });
  }

  private navigate(detail: RightsNavigateDetail) {
    // Through a variable: the manifest then lists the event once, by the name its JSDoc gives.
    const event = new RightsNavigateEvent(detail);
    this.dispatchEvent(event);
  }

  /**
   * Asks the host, then the app's bridge, to remind the cardholder the day before the voucher expires.
   * A cancelled event is the host's veto (or its own scheduling): nothing changes here. Without a bridge
   * the host schedules it from the event, so the reminder counts as set.
   */
  private async remind(item: VoucherItem) {
    const state = this.reminders.get(item.id);
    if (state === 'busy' || state === 'set' || !item.validUntil) return;
    const { locale, messages, bridge } = this.env;
    const reminder = {
      title: messages.walletReminderTitle(item.title),
      body: messages.walletReminderBody(item.partner.name, formatDay(locale, item.validUntil)),
      at: reminderAt(item.validUntil),
    };
    const event = new RightsRemindEvent({ walletItemId: item.id, ...reminder });
    this.dispatchEvent(event);
    if (event.defaultPrevented) return;
    if (!bridge?.scheduleReminder) return this.setReminder(item.id, 'set');
    this.setReminder(item.id, 'busy');
    try {
      await bridge.scheduleReminder({ id: item.id, ...reminder });
      this.setReminder(item.id, 'set');
    } catch {
      this.setReminder(item.id, 'failed');
    }
  }

  private setReminder(walletItemId: string, state: ReminderState) {
    this.reminders = new Map(this.reminders).set(walletItemId, state);
    const { messages } = this.env;
    if (state !== 'busy') this.announcement = state === 'set' ? messages.walletReminderSet : messages.walletReminderFailed;
  }
}
