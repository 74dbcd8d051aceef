// One item of the wallet as a row: what every item shows, and what its kind module adds.
import type { WalletItem } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { formatDay } from '../../internal/format.js';
import type { RowHost } from '../benefit-detail/kinds/item-host.js';
import { itemKindOf } from '../benefit-detail/kinds/items.js';
import { daysUntil, formatDaysFromNow } from './expiry.js';

/** Active items expiring within this many days count down, and can be reminded of. */
export const SOON_DAYS = 7;
/** Within this many days the countdown looks urgent. */
const URGENT_DAYS = 3;

export interface RowView extends RowHost {
  headingLevel: number;
  /** The cardholder opened the item from its row. */
  open(item: WalletItem): void;
}

export const titleIdOf = (item: WalletItem) => `title-${item.id}`;

export function renderRow(item: WalletItem, view: RowView) {
  const { messages } = view;
  const kind = itemKindOf(item);
  return html`<li part="item" class="item" data-id=${item.id} data-status=${item.status} data-kind=${item.kind}>
    <div part="media" class="media">${item.image ? html`<img part="image" src=${item.image.url} alt="" loading="lazy" decoding="async" />` : nothing}</div>
    <div part="body" class="body">
      <p part="partner" class="partner">${item.partner.name}</p>
      <div part="title" class="title" id=${titleIdOf(item)} role="heading" aria-level=${view.headingLevel}>
        <button part="action" class="action" type="button" @click=${() => view.open(item)}>${item.title}</button>
      </div>
      <p part="meta" class="meta"><span part="kind">${messages.walletKind(item.kind)}</span> ${kind.when?.(item, view) ?? nothing}</p>
      ${kind.detail?.(item, view) ?? nothing}
      <p class="badges">
        <span part="badge status" class="badge status">${messages.walletStatus(item.status)}</span>
        ${kind.badge?.(item, view) ?? nothing} ${kind.expiry ? kind.expiry(item, view) : view.expiry(item)}
      </p>
      ${kind.footer?.(item, view) ?? nothing}
    </div>
  </li>`;
}

/**
 * How long an item has: the day it was used (`usedAt`), else a countdown for what is active and expires
 * within a week, else its date.
 */
export function renderExpiry(item: WalletItem, { locale, messages }: RowHost, now: number, usedAt?: string) {
  const validity = (text: string) => html`<span part="validity" class="validity">${text}</span>`;
  if (usedAt) return validity(messages.walletUsedOn(formatDay(locale, usedAt)));
  if (!item.validUntil) return nothing;
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
