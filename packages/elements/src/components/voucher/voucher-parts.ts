// The parts of <rights-voucher> that only show what they are given: its loading, not-found and header,
// where the item stands, and how long it has. The element keeps what changes with the cardholder (the
// code's symbol, the presentation, copying).
import type { RightsLocale, VoucherItem, WalletItem } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatDay } from '../../internal/format.js';
import { newerVersionBadge } from '../../internal/newer-version.js';
import type { TakingMessages } from '../../internal/taking.messages.js';
import type { Messages } from '../../locales/index.js';
import { formatTimeLeft } from './countdown.js';
import type { NewerItem } from './presentable.js';
import { fitToPixels, type CodeSymbol } from './symbol.js';
import type { VoucherMessages } from './voucher.messages.js';

/** Where the voucher stands for the cardholder now: only an active one is shown to a merchant. */
export type Standing = 'active' | 'used' | 'expired' | 'cancelled';

/** What the parts are drawn with. */
export interface PartsView {
  locale: RightsLocale;
  messages: Messages & VoucherMessages & TakingMessages;
  headingLevel: number;
}

/** Less than this left, and the countdown is set in the warning colour. */
const SOON = 24 * 3_600_000;

export function renderSkeleton({ messages }: PartsView) {
  return html`<p class="visually-hidden" role="status">${messages.voucherLoading}</p>
    <div class="skeleton-voucher" aria-hidden="true">
      <div class="skeleton line short"></div>
      <div class="skeleton line title"></div>
      <div class="skeleton symbol-placeholder"></div>
      <div class="skeleton line code-line"></div>
      <div class="skeleton button-placeholder"></div>
    </div>`;
}

export function renderNotFound({ messages }: PartsView) {
  return html`<div part="status" class="status" role="alert">
    <p class="status-title">${messages.voucherNotFound}</p>
    <p>${messages.voucherNotFoundHint}</p>
  </div>`;
}

/** The partner and title every wallet item has, then what `extra` says about this one. */
export function renderHeader(item: Pick<WalletItem, 'title' | 'partner'>, { headingLevel }: PartsView, extra: unknown) {
  return html`<div part="header" class="header">
    <p part="partner" class="partner">${item.partner.name}</p>
    <div part="title" class="title" id="title" role="heading" aria-level=${headingLevel} tabindex="-1">${item.title}</div>
    ${extra}
  </div>`;
}

/** The badge of an item that can no longer be used; none while it can. */
export function renderStanding(standing: Standing, { messages }: PartsView) {
  const badge = { active: undefined, used: messages.voucherUsed, expired: messages.voucherExpired, cancelled: messages.voucherCancelled }[standing];
  return badge ? html`<span part="badge status" class="badge">${badge}</span>` : nothing;
}

/**
 * A wallet item of a kind from a newer platform: what this version can read of it (title, partner,
 * status, validity) and that it needs a newer version of the app; nothing to present, and no error.
 */
export function renderNewer(item: NewerItem, standing: Standing, view: PartsView) {
  const { locale, messages } = view;
  return html`<article class="voucher" aria-labelledby="title" data-status=${standing} data-kind="unknown">
    ${renderHeader(item, view, html`${newerVersionBadge(messages, 'badge newer')} ${renderStanding(standing, view)}`)}
    ${item.validUntil ? html`<p part="validity" class="validity">${messages.validUntil(formatDay(locale, item.validUntil))}</p>` : nothing}
  </article>`;
}

/** Why the voucher can no longer be used, or the time `left` until `deadline` and the day it is valid until. */
export function renderExpiry(voucher: VoucherItem, standing: Standing, left: number | undefined, { locale, messages }: PartsView) {
  const day = (instant: string | undefined) => (instant ? formatDay(locale, instant) : undefined);
  if (standing === 'used') return html`<p part="expiry" class="expiry">${messages.voucherUsedHint(day(voucher.usedAt))}</p>`;
  if (standing === 'cancelled') return html`<p part="expiry" class="expiry">${messages.voucherCancelledHint}</p>`;
  if (standing === 'expired') return html`<p part="expiry" class="expiry">${messages.voucherExpiredHint(day(voucher.validUntil))}</p>`;
  if (left === undefined || !voucher.validUntil) return nothing;
  return html`<p part="expiry" class="expiry" data-soon=${left < SOON ? 'true' : 'false'}>${messages.voucherExpiresIn(formatTimeLeft(locale, left))}</p>
    <p part="validity" class="validity">${messages.validUntil(formatDay(locale, voucher.validUntil))}</p>`;
}

/** `symbol` drawn to whole device pixels within a frame `frameWidth` CSS pixels wide, once it is known. */
export function renderSvg(symbol: CodeSymbol, frameWidth: number | undefined, messages: PartsView['messages']) {
  const size = fitToPixels(symbol, frameWidth, window.devicePixelRatio);
  // Geometry lives in SVG attributes, never in a style attribute: the element works under a strict CSP.
  return html`<svg
    role="img"
    aria-label=${symbol.kind === 'qr' ? messages.voucherQrCode : messages.voucherBarcode}
    viewBox="0 0 ${symbol.width} ${symbol.height}"
    width=${ifDefined(size?.width)}
    height=${ifDefined(size?.height)}
    shape-rendering="crispEdges"
    data-version=${ifDefined(symbol.version)}
  >
    <rect width=${symbol.width} height=${symbol.height} fill="#fff"></rect>
    <path d=${symbol.path} fill="#000"></path>
  </svg>`;
}

/** Why the code shows as text only: a display this version does not know, or a symbol that failed to draw. */
export function renderHint(display: VoucherItem['voucher']['display'], symbolFailed: boolean, { messages }: PartsView) {
  if (display === 'unknown') return html`<p part="hint" class="hint">${messages.voucherUnknownDisplay}</p>`;
  if ((display === 'qr' || display === 'barcode') && symbolFailed) return html`<p part="hint" class="hint">${messages.voucherSymbolFailed}</p>`;
  return nothing;
}
