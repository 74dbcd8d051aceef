import { html, nothing, type PropertyValues } from 'lit';
import type { RightsNavigateEvent } from '../../events.js';
import { RightsElement } from '../../internal/rights-element.js';
import { loadErrorPanel } from '../../internal/status.js';
import { HUB_MESSAGES, type HubTabName } from './hub.messages.js';
import { styles } from './hub.styles.js';

const MESSAGES = [HUB_MESSAGES] as const;

export type RightsHubTab = HubTabName;
export type RightsHubNavigation = 'internal' | 'history';

/** A view opened on top of a tab: one benefit, or one item in the wallet. */
type Screen = { view: 'benefit'; benefitId: string } | { view: 'wallet-item'; walletItemId: string };

/** Where the hub is: a tab and the screens opened on top of it, the last one showing. */
interface Place {
  tab: HubTabName;
  stack: Screen[];
}

const TABS: readonly HubTabName[] = ['catalog', 'wallet', 'cashback', 'summary'];

/** What `history.state` holds for the hub in `navigation="history"`. */
const HISTORY_KEY = 'rightsHub';

/**
 * The elements a tab or screen needs, registered when first shown: in the ESM build each is a chunk
 * of its own. The catalogue is the first screen, so it is no chunk: `define/hub` registers it with the
 * hub and its request starts at once (a host registering the class itself registers `rights-catalog` too).
 */
const LOADERS: Record<HubTabName | Screen['view'], () => Promise<unknown>> = {
  catalog: () => customElements.whenDefined('rights-catalog'),
  wallet: () => import('../../define/wallet.js'),
  cashback: () => import('../../define/cashback.js'),
  summary: () => import('../../define/summary.js'),
  benefit: () => import('../../define/benefit-detail.js'),
  'wallet-item': () => import('../../define/voucher.js'),
};

/**
 * The whole experience in one tag: the catalogue, the wallet, cross-border cashback and the value
 * summary as tabs, with benefit details and vouchers opened on top and a way back. It follows
 * `rights-navigate` from the elements inside unless the host cancels it, and keeps to itself unless
 * `navigation="history"`. Must sit inside a `<rights-provider>`.
 *
 * @tagname rights-hub
 * @summary Catalogue, wallet, cashback and value summary in one element, with its own navigation.
 * @csspart base - The hub.
 * @csspart tabs - The row of tabs.
 * @csspart tab - Each tab; `tab selected` for the one showing.
 * @csspart panel - The tab's content.
 * @csspart bar - The bar above an opened benefit or voucher, with the back button.
 * @csspart back - The back button.
 * @csspart screen - The opened benefit or voucher.
 * @csspart status - In place of a tab or screen that could not be loaded (offline on first use): why, and a retry.
 * @csspart retry - Its retry button.
 * @cssprop --rights-hub-surface - The background behind the tabs.
 * @cssprop --rights-hub-sticky-top - How far from the top the tabs and the back bar stick, below the host's own sticky header.
 * @fires {RightsNavigateEvent} rights-navigate - Bubbles out from the elements inside; cancel it to navigate yourself.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - Bubbles out from the element on show when the session has ended; the cardholder is asked to sign in again.
 * @fires {RightsClaimEvent} rights-claim - Bubbles out from an opened benefit before a claim is sent; cancel it to stop the claim.
 * @fires {RightsClaimedEvent} rights-claimed - Bubbles out from an opened benefit: a claim went through.
 * @fires {RightsClaimFailedEvent} rights-claim-failed - Bubbles out from an opened benefit: a claim failed; `detail.code` says why.
 * @fires {RightsOpenPartnerEvent} rights-open-partner - Bubbles out from an opened benefit before a partner platform opens; cancel it to open `detail.url` yourself.
 * @fires {RightsRemindEvent} rights-remind - Bubbles out from the wallet: the cardholder asked to be reminded before a voucher expires.
 * @fires {RightsAnalyticsEvent} rights-analytics - With the provider's `analyticsConsent`: bubbles out from the catalogue and an opened benefit.
 */
export class RightsHub extends RightsElement<typeof MESSAGES> {
  static override properties = {
    tab: { reflect: true },
    benefitId: { attribute: 'benefit-id' },
    navigation: {},
    stack: { state: true },
    loadFailure: { state: true },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** The tab showing: `catalog`, `wallet`, `cashback` or `summary`. */
  tab: RightsHubTab = 'catalog';

  /** Opens this benefit on top of the catalogue, e.g. from a link in the bank's app. */
  benefitId?: string;

  /**
   * `internal` (the default) keeps the hub's screens to itself; `history` adds an entry to the page's
   * history for each screen opened, so the browser's back button (and a reload) work as in a page.
   */
  navigation: RightsHubNavigation = 'internal';

  private stack: Screen[] = [];

  /** The tab or screen whose elements failed to load (offline on first use, say), and why. */
  private loadFailure?: { view: HubTabName | Screen['view']; error: unknown };

  /** Where the page was scrolled when each screen opened, and what had focus, to go back to. */
  private readonly returns: { scroll: number; origin: HTMLElement | undefined }[] = [];
  private unsubscribeBack?: () => void;
  /** The tab or screen last asked to show, whose elements were then loaded. */
  private shownView?: HubTabName | Screen['view'];

  override connectedCallback(): void {
    super.connectedCallback();
    this.addEventListener('rights-navigate', this.handleNavigate);
    window.addEventListener('popstate', this.handlePopState);
    const saved = this.navigation === 'history' ? readPlace(history.state) : undefined;
    if (saved) {
      this.tab = saved.tab;
      this.stack = saved.stack;
    }
    this.listenForBack();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.removeEventListener('rights-navigate', this.handleNavigate);
    window.removeEventListener('popstate', this.handlePopState);
    this.unsubscribeBack?.();
    this.unsubscribeBack = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('tab') && !TABS.includes(this.tab)) {
      console.warn(`<rights-hub>: unknown tab ${JSON.stringify(this.tab)}; showing the catalogue.`);
      this.tab = 'catalog';
    }
    if (changed.has('benefitId') && this.benefitId) {
      this.tab = 'catalog';
      this.stack = [{ view: 'benefit', benefitId: this.benefitId }];
    }
    if (changed.has('environment' as keyof RightsHub)) this.listenForBack();
    const screen = this.stack[this.stack.length - 1];
    const view = screen ? screen.view : this.tab;
    if (view !== this.shownView) {
      this.shownView = view;
      this.load(view);
    }
  }

  /** The app's own back button goes back inside the hub first. */
  private listenForBack() {
    this.unsubscribeBack?.();
    this.unsubscribeBack = this.environment?.bridge?.onBack?.(() => this.back());
  }

  /**
   * Loads the elements a tab or screen needs (a chunk of its own in the ESM build). A subclass may load
   * them another way, e.g. from a bank's own bundle.
   */
  protected loadView(view: HubTabName | Screen['view']): Promise<unknown> {
    return LOADERS[view]();
  }

  /** Registers what `view` needs; if that fails, the view says so and offers to try again. */
  private load(view: HubTabName | Screen['view']) {
    this.loadView(view).then(
      () => {
        if (this.loadFailure?.view === view) this.loadFailure = undefined;
      },
      (error: unknown) => (this.loadFailure = { view, error }),
    );
  }

  /** Goes back one screen inside the hub; `false` when there is none left to leave. */
  back(): boolean {
    if (this.stack.length === 0) return false;
    if (this.navigation === 'history') history.back();
    else this.leave();
    return true;
  }

  protected override render() {
    const { messages } = this.env;
    const screen = this.stack[this.stack.length - 1];
    return html`<section part="base" class="base" aria-label=${messages.hubLabel}>
      ${screen ? this.renderScreen(screen) : nothing}
      <div class="tabbed" ?hidden=${screen !== undefined}>
        <div part="tabs" class="tabs" role="tablist" aria-label=${messages.hubTabsLabel} @keydown=${this.handleTabKeys}>
          ${TABS.map((tab) => {
            const selected = tab === this.tab;
            return html`<button
              part=${selected ? 'tab selected' : 'tab'}
              class="tab"
              id="tab-${tab}"
              type="button"
              role="tab"
              aria-selected=${selected ? 'true' : 'false'}
              aria-controls="panel"
              tabindex=${selected ? 0 : -1}
              @click=${() => this.select(tab)}
            >
              ${messages.hubTab(tab)}
            </button>`;
          })}
        </div>
        <div part="panel" class="panel" id="panel" role="tabpanel" aria-labelledby="tab-${this.tab}">${this.renderMissing(this.tab) ?? this.renderTab()}</div>
      </div>
    </section>`;
  }

  private renderTab() {
    switch (this.tab) {
      case 'wallet':
        return html`<rights-wallet heading-level="2"></rights-wallet>`;
      case 'cashback':
        return html`<rights-cashback heading-level="2"></rights-cashback>`;
      case 'summary':
        return html`<rights-summary heading-level="2"></rights-summary>`;
      case 'catalog':
        // Kept while a benefit is open on top, so the list, its scroll and its pages are there on the way back.
        return html`<rights-catalog heading-level="2"></rights-catalog>`;
    }
  }

  private renderScreen(screen: Screen) {
    const { messages } = this.env;
    return html`<div part="bar" class="bar">
        <button part="back" class="back" type="button" @click=${() => this.back()}>
          <span aria-hidden="true">‹</span> ${messages.back}
        </button>
      </div>
      <div part="screen" class="screen">
        ${this.renderMissing(screen.view) ??
        (screen.view === 'benefit'
          ? html`<rights-benefit-detail benefit-id=${screen.benefitId} heading-level="1" wallet-link></rights-benefit-detail>`
          : html`<rights-voucher wallet-item-id=${screen.walletItemId} heading-level="1"></rights-voucher>`)}
      </div>`;
  }

  /** In place of a view whose elements could not be loaded: why, and a retry. */
  private renderMissing(view: HubTabName | Screen['view']) {
    const failure = this.loadFailure;
    if (failure?.view !== view) return undefined;
    const { messages } = this.env;
    return loadErrorPanel(messages, failure.error, { title: messages.loadError, retryPart: 'retry', onRetry: () => this.load(view) });
  }

  private select(tab: HubTabName) {
    if (tab === this.tab) return;
    this.tab = tab;
    if (this.navigation === 'history') history.replaceState(withPlace(history.state, this.place()), '');
  }

  /** Arrow keys, Home and End move between tabs, as in every tab list. */
  private handleTabKeys(event: KeyboardEvent) {
    const index = TABS.indexOf(this.tab);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 }[event.key];
    const tab = next === undefined ? undefined : TABS[(next + TABS.length) % TABS.length];
    if (!tab) return;
    event.preventDefault();
    this.select(tab);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  private readonly handleNavigate = (event: RightsNavigateEvent) => {
    // The host hears the event after the hub; only once it has had its say does the hub move.
    const origin = deepActiveElement();
    queueMicrotask(() => {
      if (!event.defaultPrevented) this.go(event.detail, origin);
    });
  };

  private go(detail: RightsNavigateEvent['detail'], origin: HTMLElement | undefined) {
    switch (detail.view) {
      case 'catalog':
      case 'wallet':
        this.stack = [];
        this.tab = detail.view;
        return;
      case 'benefit':
        this.open({ view: 'benefit', benefitId: detail.benefitId }, origin);
        return;
      case 'wallet-item':
        // A claimed voucher is looked at from the wallet: that is where back leads.
        if (this.stack.some((screen) => screen.view === 'benefit')) {
          this.stack = [];
          this.returns.length = 0;
          this.tab = 'wallet';
          if (this.navigation === 'history') history.replaceState(withPlace(history.state, this.place()), '');
        }
        this.open({ view: 'wallet-item', walletItemId: detail.walletItemId }, origin);
    }
  }

  private open(screen: Screen, origin: HTMLElement | undefined) {
    this.returns.push({ scroll: window.scrollY, origin });
    this.stack = [...this.stack, screen];
    if (this.navigation === 'history') history.pushState(withPlace(history.state, this.place()), '');
    window.scrollTo(0, 0);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.back')?.focus());
  }

  /** Closes the top screen: the page scrolls back to where it was, and focus returns to what opened it. */
  private leave(stack = this.stack.slice(0, -1)) {
    const back = this.returns.splice(stack.length);
    this.stack = stack;
    const restore = back[0];
    void this.updateComplete.then(() => {
      window.scrollTo(0, restore?.scroll ?? 0);
      if (restore?.origin?.isConnected) restore.origin.focus();
      else this.renderRoot.querySelector<HTMLElement>(this.stack.length > 0 ? '.back' : `#tab-${this.tab}`)?.focus();
    });
  }

  private readonly handlePopState = (event: PopStateEvent) => {
    if (this.navigation !== 'history') return;
    const place = readPlace(event.state) ?? { tab: this.tab, stack: [] };
    this.tab = place.tab;
    if (place.stack.length < this.stack.length) this.leave(place.stack);
    else this.stack = place.stack;
  };

  private place(): Place {
    return { tab: this.tab, stack: this.stack };
  }
}

/** What has focus, looking into shadow roots: the control the cardholder used to move on. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

function withPlace(state: unknown, place: Place): Record<string, unknown> {
  return { ...(typeof state === 'object' && state !== null ? state : {}), [HISTORY_KEY]: place };
}

/** The hub's place in a history entry, checked: the entry may be another script's, or from an older version. */
function readPlace(state: unknown): Place | undefined {
  const place = (state as Record<string, unknown> | null)?.[HISTORY_KEY] as Partial<Place> | undefined;
  if (!place || !TABS.includes(place.tab as HubTabName) || !Array.isArray(place.stack)) return undefined;
  const stack = place.stack.filter(
    (screen: Partial<Screen>): screen is Screen =>
      (screen.view === 'benefit' && typeof (screen as { benefitId?: unknown }).benefitId === 'string') ||
      (screen.view === 'wallet-item' && typeof (screen as { walletItemId?: unknown }).walletItemId === 'string'),
  );
  return { tab: place.tab as HubTabName, stack };
}
