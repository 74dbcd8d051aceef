// Claim a voucher: one use of the card's quota becomes a code shown at the merchant.
import type { VoucherBenefit, VoucherItem } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { formatDay } from '../../../internal/format.js';
import type { ResultView, TakeableKind } from './host.js';
import type { ItemKind } from './item-host.js';

export const detail: TakeableKind<VoucherBenefit> = {
  label: (_benefit, messages) => messages.claim,
  busyLabel: (messages) => messages.claiming,
  // A claim spends a use of the quota: the cardholder says yes to it, on the card named, first.
  confirmation: (_benefit, messages, card) => ({ title: messages.confirmTitle, text: messages.confirmText(card) }),
  mainAction: (benefit, host, { card }) => host.claim(benefit, { cardId: card.id }),
};

export const result: ResultView<VoucherItem> = {
  title: (messages) => messages.voucherClaimed,
  body: ({ voucher, validUntil }, host) => {
    const { messages, locale } = host;
    return html`<p class="code-label" id="code-label">${messages.voucherCode}</p>
      <p part="code" class="code" translate="no" aria-labelledby="code-label">${voucher.code}</p>
      ${host.copyButton(voucher.code)}
      <p>${messages.voucherDisplay(voucher.display)}</p>
      ${voucher.instructions ? host.rich(voucher.instructions) : nothing}
      ${validUntil ? html`<p class="muted">${messages.validUntil(formatDay(locale, validUntil))}</p>` : nothing}`;
  },
};

/** A voucher in the wallet opens ready to present; used, it says when; about to expire, it can remind. */
export const item: ItemKind<VoucherItem> = {
  presented: 'code',
  opens: (voucher) => ({ view: 'wallet-item', walletItemId: voucher.id }),
  expiry: (voucher, host) => host.expiry(voucher, voucher.status === 'used' ? voucher.usedAt : undefined),
  footer: (voucher, host) => host.reminder(voucher),
};
