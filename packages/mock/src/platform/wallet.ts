// The member's wallet: every claim as the item it made, with a status from the sandbox clock, listed
// soonest expiry first.
import type { WalletItem } from '@rights-kit/contract';
import { cstInstant } from './clock.js';
import type { Directory } from './directory.js';
import { claimedKindOf } from './kinds/index.js';
import { refuse } from './problem.js';
import { sandboxImage, type RenderContext, type RequestContext } from './render.js';
import { claimsOf, type ClaimRecord, type PlatformState } from './state.js';

export type Wallet = ReturnType<typeof createWallet>;

export function createWallet(state: PlatformState, directory: Directory) {
  function renderWalletItem(record: ClaimRecord, context: RenderContext): WalletItem {
    const benefit = directory.benefitOf(record.benefitId);
    const kind = claimedKindOf(benefit);
    const { locale } = context;
    const validUntil = kind.validUntil(record, benefit);
    const status = record.usedAt ? 'used' : state.clock.now() > validUntil ? kind.lapsesAs : 'active';
    const image = sandboxImage(context, `art/${benefit.id}.svg`);
    const common = {
      id: record.id,
      benefitId: benefit.id,
      category: benefit.category,
      title: benefit.title[locale],
      partner: { name: benefit.partner.name[locale] },
      ...(image && { image }),
      cardId: record.cardId,
      status,
      claimedAt: cstInstant(record.claimedAt),
      validUntil: cstInstant(validUntil),
    } as const;
    return { ...common, ...kind.item(record, benefit, context) };
  }

  function listWallet(context: RequestContext, query: { status?: string; offset: number; limit: number }) {
    const items = claimsOf(state, context.memberId)
      .map((record) => renderWalletItem(record, context))
      .filter((item) => !query.status || item.status === query.status)
      .sort((a, b) => (a.validUntil ?? '9999').localeCompare(b.validUntil ?? '9999') || a.id.localeCompare(b.id));
    return { items: items.slice(query.offset, query.offset + query.limit), hasMore: query.offset + query.limit < items.length };
  }

  function getWalletItem(context: RequestContext, itemId: string): WalletItem {
    const record = claimsOf(state, context.memberId).find((candidate) => candidate.id === itemId);
    return record ? renderWalletItem(record, context) : refuse('not_found', `No wallet item ${itemId}.`);
  }

  /** Sandbox only: a merchant scanned the voucher. */
  function useVoucher(itemId: string): void {
    const record = state.claims.find((candidate) => candidate.id === itemId);
    if (!record || !claimedKindOf(directory.benefitOf(record.benefitId)).usedAtMerchant) return refuse('not_found', `No voucher ${itemId}.`);
    if (record.usedAt) return refuse('already_claimed', 'The voucher has been used already.');
    record.usedAt = state.clock.now();
  }

  return { renderWalletItem, listWallet, getWalletItem, useVoucher };
}
