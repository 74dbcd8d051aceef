import { Task, TaskStatus } from '@lit/task';
import type { RightsClient, VoucherItem, WalletItem } from '@rights-kit/client';
import { html, nothing, type PropertyValues } from 'lit';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { TAKING_MESSAGES } from '../../internal/taking.messages.js';
import { VOUCHER_MESSAGES } from './voucher.messages.js';
import { keepVoucher, keptVoucher } from '../../internal/offline-vouchers.js';
import { isNotFound } from '../../internal/status.js';
import { renderRichText } from '../benefit-detail/rich-text.js';
import { ExpiryClock } from './countdown.js';
import { FrameWidths, type Frame } from './frame-widths.js';
import { closeFullScreen, isFullScreen, showFullScreen } from './full-screen.js';
import { ScreenWake } from './screen-wake.js';
import { barcodeSymbol, qrSymbol, type CodeSymbol } from './symbol.js';
import { deadlineOf, hasCode, presentable, type Presentable } from './presentable.js';
import { renderExpiry, renderHeader, renderNewer, renderHint, renderNotFound, renderSkeleton, renderStanding, renderSvg, type PartsView, type Standing } from './voucher-parts.js';
import { styles } from './voucher.styles.js';

const MESSAGES = [VOUCHER_MESSAGES, TAKING_MESSAGES] as const;

/**
 * A voucher ready to present at a shop counter or an airport desk: its code as a QR code, a Code 128
 * barcode or text (as the platform says), the code as selectable text, a copy button, a full-screen
 * high-contrast presentation, the time left, and how to use it. Used, expired and cancelled vouchers show
 * as such, and their code cannot be presented.
 *
 * Give it a `wallet-item-id` to fetch the voucher through a `<rights-provider>`, or a voucher already in
 * hand as `item`: then it makes no request and needs no provider or client at all.
 *
 * @tagname rights-voucher
 * @summary A voucher's QR code, barcode or text code, to show a merchant, with copy, countdown and a full-screen mode.
 * @csspart base - The whole voucher.
 * @csspart header - The partner, title and status.
 * @csspart partner - The partner's name.
 * @csspart title - The voucher's title.
 * @csspart badge - Every badge; also `status` for used, expired or cancelled, `newer` for a kind that needs a newer app version.
 * @csspart kept - Says the voucher shown is the copy kept on the device, the platform being out of reach.
 * @csspart code-panel - The area with the QR code or barcode, the code and its hint.
 * @csspart symbol - The white frame the QR code or barcode is drawn in, quiet zones included.
 * @csspart code-label - The label above the code.
 * @csspart code - The code as text; selectable, and struck through once the voucher cannot be used.
 * @csspart hint - Why the code shows as text only: a display this version does not know, or a code that could not be drawn.
 * @csspart expiry - The time left (`Expires in 2 hr 13 min`), or why the voucher can no longer be used.
 * @csspart validity - The day the voucher is valid until.
 * @csspart actions - The present and copy buttons.
 * @csspart button - Every button; also `present`, `copy`, `close` or `retry`.
 * @csspart copy-hint - How to copy by hand when the clipboard refused.
 * @csspart section - The instructions section.
 * @csspart section-heading - The instructions' heading.
 * @csspart rich-text - The instructions.
 * @csspart newer - In the instructions, in place of a part that needs a newer app version.
 * @csspart dialog - The full-screen presentation: black on white whatever the theme.
 * @csspart presented-symbol - The QR code or barcode in the presentation.
 * @csspart presented-code - The code as text in the presentation.
 * @csspart status - The loading error, offline and not-found panels.
 * @cssprop --rights-voucher-surface - The voucher's background.
 * @cssprop --rights-voucher-radius - The corner radius of the voucher and its code frame.
 * @cssprop --rights-voucher-gap - The space between the voucher's parts.
 * @cssprop --rights-voucher-code-font - The typeface of the code.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The voucher could not load because the session has ended; the cardholder is asked to sign in again.
 */
export class RightsVoucher extends RightsElement<typeof MESSAGES> {
  static override properties = {
    walletItemId: { attribute: 'wallet-item-id', reflect: true },
    item: { attribute: false },
    headingLevel: { type: Number, attribute: 'heading-level' },
    presenting: { state: true },
    copyFailed: { state: true },
    announcement: { state: true },
    keptCopy: { state: true },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** The wallet item to fetch and show, e.g. `w-000001`. Ignored while `item` is set. */
  walletItemId?: string;

  /**
   * A voucher already in hand, as `client.wallet.list()` or `client.wallet.get()` returns it (or as kept
   * for offline use). It is shown as it is, without a request, and takes precedence over `wallet-item-id`.
   */
  item?: VoucherItem;

  /** Heading level of the title, to fit the host page's outline; the instructions take the next level. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 2;

  private presenting = false;
  private copyFailed = false;
  private announcement = '';

  private readonly wake = new ScreenWake();
  private readonly frames = new FrameWidths(this, () => this.renderRoot);
  private returnFocusTo?: HTMLElement;
  private stopBack?: () => void;
  /** Whether the voucher on show is the copy kept on the device, because the platform could not be reached. */
  private fromDevice = false;
  /** The voucher and standing last rendered, to tell the cardholder when it expires on screen. */
  private shown?: { id: string; standing: Standing };
  /** The copy kept on the device for the member of `client`'s session, shown while the platform is asked for the voucher. */
  private keptCopy?: { client: RightsClient; voucher: VoucherItem };

  private readonly data = new ProviderTask(this, () => this.env, {
    task: async (client, [walletItemId], { signal }): Promise<Presentable | null> => {
      // While it loads, the copy kept on the device for this member shows as soon as it is found: the
      // counter does not wait for the network.
      const keeps = this.environment?.offlineVouchers;
      const kept = keeps ? keptVoucher(client, walletItemId, { signal }) : Promise.resolve(undefined);
      void kept.then((voucher) => {
        if (voucher && !signal.aborted) this.keptCopy = { client, voucher };
      });
      let item;
      try {
        // Straight after a claim, the client holds the item it gave: no request.
        item = await client.wallet.get(walletItemId, { signal });
      } catch (error) {
        // No signal at the counter: the kept copy stands in, unless the voucher is gone.
        const copy = await kept;
        if (!copy || signal.aborted || isNotFound(error)) throw error;
        this.fromDevice = true;
        return copy;
      }
      this.fromDevice = false;
      // A kind from a newer platform is shown for what it is; a reservation or an activation has no
      // code to present: for this element it is not there.
      const shown = presentable(item);
      if (keeps && hasCode(shown)) void keepVoucher(client, shown, { signal });
      return shown;
    },
    // A voucher in hand is shown as it is: nothing to load.
    args: () => [this.item ? undefined : this.walletItemId] as const,
    ready: (args: readonly [string | undefined]): args is readonly [string] => !!args[0],
    otherwise: 'an item, or ',
  });

  private readonly symbol = new Task(this, {
    task: async ([code, display]): Promise<CodeSymbol | undefined> => {
      if (code === undefined) return undefined;
      if (display === 'qr') return qrSymbol(code);
      if (display === 'barcode') return barcodeSymbol(code);
      return undefined;
    },
    // Only a code that can be presented is drawn: a used voucher never loads an encoder.
    args: () => {
      const voucher = this.voucher;
      return voucher && this.standing(voucher) === 'active' ? ([voucher.voucher.code, voucher.voucher.display] as const) : ([undefined, undefined] as const);
    },
  });

  private readonly clock = new ExpiryClock(this, () => {
    const voucher = this.voucher;
    return voucher && voucher.status !== 'used' && voucher.status !== 'cancelled' && voucher.status !== 'expired' ? deadlineOf(voucher) : undefined;
  });

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.endPresentation();
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog) closeFullScreen(dialog);
  }

  /** The voucher on show: `item`, or the one fetched for `wallet-item-id`. */
  private get voucher(): VoucherItem | undefined {
    if (this.item) return hasCode(this.item) ? this.item : undefined;
    return this.data.status === TaskStatus.INITIAL ? undefined : this.fetched;
  }

  /** The last voucher fetched, while it is still the one asked for. */
  private get fetched(): VoucherItem | undefined {
    const value = this.fetchedItem;
    return hasCode(value) ? value : undefined;
  }

  /** The last wallet item fetched, voucher or of a newer kind, while it is still the one asked for. */
  private get fetchedItem(): Presentable | undefined {
    const value = this.data.value;
    return value && value.id === this.walletItemId ? value : undefined;
  }

  private standing(voucher: Pick<WalletItem, 'status' | 'validUntil'>): Standing {
    const { status } = voucher;
    if (status === 'used' || status === 'cancelled' || status === 'expired') return status;
    // Active, or a status from a newer platform (the merchant's scan has the last word on that one):
    // either way, past its validity it is expired, also when the page was loaded before.
    const deadline = deadlineOf(voucher);
    return deadline !== undefined && deadline <= this.clock.now ? 'expired' : 'active';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const voucher = this.voucher;
    if (!voucher) return;
    const standing = this.standing(voucher);
    if (this.shown?.id !== voucher.id) {
      this.copyFailed = false;
      if (changed.has('item') || changed.has('walletItemId')) this.announcement = '';
    } else if (this.shown.standing === 'active' && standing === 'expired') {
      this.announcement = this.env.messages.voucherJustExpired;
    }
    this.shown = { id: voucher.id, standing };
  }

  protected override updated(): void {
    // A voucher that expires (or goes away) while presented is no longer shown to the merchant.
    const dialog = this.renderRoot.querySelector('dialog');
    const voucher = this.voucher;
    if (dialog && isFullScreen(dialog) && (!voucher || this.standing(voucher) !== 'active')) closeFullScreen(dialog);
  }

  protected override render() {
    const item = this.item;
    const given = item && presentable(item);
    return html`<div part="base" class="base" aria-busy=${!item && this.data.pending ? 'true' : 'false'}>
      ${item
        ? given
          ? this.renderItem(given)
          : renderNotFound(this.parts)
        : this.data.task.render({
            // A refresh (a new locale, a retry) keeps the voucher on screen, also when it fails: the
            // voucher may be in front of a merchant, on an airport's poor signal.
            pending: () => {
              if (this.fetchedItem) return this.renderItem(this.fetchedItem);
              const kept = this.keptCopy;
              // Only the copy found for this session: another member's session never sees it, not even for a moment.
              const mine = kept && kept.client === this.environment?.client && kept.voucher.id === this.walletItemId;
              return mine ? this.renderVoucher(kept.voucher, true) : renderSkeleton(this.parts);
            },
            complete: (loaded) => (loaded ? this.renderItem(loaded, this.fromDevice) : renderNotFound(this.parts)),
            error: (error) => (this.fetchedItem ? this.renderItem(this.fetchedItem) : this.renderLoadError(error)),
          })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  // ---- loading and errors -------------------------------------------------------------------------

  private get parts(): PartsView {
    const { locale, messages } = this.env;
    return { locale, messages, headingLevel: this.headingLevel };
  }

  private renderLoadError(error: unknown) {
    const { messages } = this.env;
    if (isNotFound(error)) return renderNotFound(this.parts);
    return this.data.errorPanel(error, { title: messages.voucherLoadError, retryPart: 'button retry' });
  }

  // ---- the voucher ---------------------------------------------------------------------------------

  private renderItem(item: Presentable, kept = false) {
    return hasCode(item) ? this.renderVoucher(item, kept) : renderNewer(item, this.standing(item), this.parts);
  }

  /** `kept`: the copy kept on the device is on show, and the cardholder is told so. */
  private renderVoucher(voucher: VoucherItem, kept = false) {
    const { messages } = this.env;
    const standing = this.standing(voucher);
    const active = standing === 'active';
    const { code, display, instructions } = voucher.voucher;
    const subLevel = Math.min(this.headingLevel + 1, 6);
    return html`<article class="voucher" aria-labelledby="title" data-status=${standing} data-display=${display}>
        ${renderHeader(voucher, this.parts, html`${renderStanding(standing, this.parts)} ${kept ? html`<p part="kept" class="kept">${messages.voucherKept}</p>` : nothing}`)}
        <div part="code-panel" class="code-panel">
          ${active ? this.renderSymbol(display, 'inline') : nothing}
          <p part="code-label" class="code-label">${messages.voucherCode}</p>
          <p part="code" class="code" translate="no">${code}</p>
          ${active ? renderHint(display, this.symbol.status === TaskStatus.ERROR, this.parts) : nothing}
        </div>
        ${renderExpiry(voucher, standing, this.timeLeft(voucher), this.parts)}
        ${active
          ? html`<div part="actions" class="actions">
                <button part="button present" class="button" type="button" aria-haspopup="dialog" @click=${this.handlePresent}>${messages.voucherPresent}</button>
                <button part="button copy" class="button secondary" type="button" @click=${this.handleCopy}>${messages.copyCode}</button>
              </div>
              ${this.copyFailed ? html`<p part="copy-hint" class="copy-hint">${messages.copyFailed}</p>` : nothing}`
          : nothing}
        ${instructions && instructions.length > 0
          ? html`<section part="section" class="section" aria-labelledby="instructions-heading">
              <div part="section-heading" class="section-heading" id="instructions-heading" role="heading" aria-level=${subLevel}>${messages.howToUseHeading}</div>
              <div part="rich-text" class="rich-text">${renderRichText(instructions, subLevel + 1, messages)}</div>
            </section>`
          : nothing}
      </article>
      ${active || this.presenting ? this.renderDialog(voucher) : nothing}`;
  }

  private renderSymbol(display: VoucherItem['voucher']['display'], frame: Frame) {
    if ((display !== 'qr' && display !== 'barcode') || this.symbol.status === TaskStatus.ERROR) return nothing;
    const symbol = this.symbol.value;
    const part = frame === 'inline' ? 'symbol' : 'presented-symbol';
    return html`<div part=${part} class="symbol" data-frame=${frame} data-kind=${display}>
      ${this.symbol.status === TaskStatus.COMPLETE && symbol ? renderSvg(symbol, this.frames.widths[frame], this.env.messages) : html`<div class="symbol-placeholder" aria-hidden="true"></div>`}
    </div>`;
  }

  private timeLeft(voucher: VoucherItem): number | undefined {
    const deadline = deadlineOf(voucher);
    return deadline === undefined ? undefined : deadline - this.clock.now;
  }

  private renderDialog(voucher: VoucherItem) {
    const { messages } = this.env;
    return html`<dialog part="dialog" class="dialog" aria-labelledby="presented-title" @close=${this.handleDialogClose}>
      <div class="dialog-body">
        <div class="dialog-title" id="presented-title" role="heading" aria-level="2">${messages.voucherPresentTitle}</div>
        <p class="dialog-subtitle">${voucher.partner.name} · ${voucher.title}</p>
        ${this.presenting ? this.renderSymbol(voucher.voucher.display, 'presented') : nothing}
        <p part="presented-code" class="presented-code" translate="no">${voucher.voucher.code}</p>
        <p class="dialog-hint">${messages.voucherBrightness}</p>
        <button part="button close" class="button close" type="button" @click=${this.handleClose}>${messages.voucherClose}</button>
      </div>
    </dialog>`;
  }

  // ---- handlers ----------------------------------------------------------------------------------

  private async handlePresent(event: Event) {
    this.returnFocusTo = event.currentTarget as HTMLElement;
    this.presenting = true;
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (!dialog || isFullScreen(dialog)) return;
    showFullScreen(dialog);
    dialog.querySelector<HTMLElement>('.close')?.focus();
    // In a bank app, its back button closes the presentation rather than leaving the page.
    this.stopBack = this.env.bridge?.onBack?.(() => {
      closeFullScreen(dialog);
      return true;
    });
    await this.wake.acquire();
  }

  private handleClose() {
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog) closeFullScreen(dialog);
  }

  /** The dialog closed: by its button, Escape, the app's back button, or the voucher expiring. */
  private handleDialogClose() {
    this.endPresentation();
    const target = this.returnFocusTo;
    this.returnFocusTo = undefined;
    // Back to the button that opened it; if that is gone (the voucher expired meanwhile), to the title.
    if (target?.isConnected) target.focus();
    else this.renderRoot.querySelector<HTMLElement>('#title')?.focus();
  }

  private endPresentation() {
    this.presenting = false;
    this.wake.release();
    this.stopBack?.();
    this.stopBack = undefined;
  }

  private async handleCopy() {
    const code = this.voucher?.voucher.code;
    if (!code) return;
    try {
      if (typeof navigator.clipboard?.writeText !== 'function') throw new Error('No clipboard');
      await navigator.clipboard.writeText(code);
      this.copyFailed = false;
      await this.announce(this.env.messages.copied);
    } catch {
      // No clipboard, or the WebView refused it: the code is selected, ready for the system's own copy.
      this.copyFailed = true;
      await this.updateComplete;
      this.selectCode();
    }
  }

  private selectCode() {
    const code = this.renderRoot.querySelector('.code');
    // Chromium and WebKit select inside a shadow root through the root's own selection.
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    if (code && selection) selection.selectAllChildren(code);
  }

  /** Says `text` in the live region, also when it is the same as last time. */
  private async announce(text: string) {
    this.announcement = '';
    await this.updateComplete;
    this.announcement = text;
  }
}
