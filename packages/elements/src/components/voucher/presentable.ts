// What <rights-voucher> can show of a wallet item, as the item's kind module says (`presented`): its code,
// what can be read of it, or nothing. Hosts in plain JavaScript may hand over anything, or an item kept in
// storage that has since lost its shape, so each is checked before it is shown.
import type { VoucherItem, WalletItem } from '@rights-kit/client';
import { itemKindNamed } from '../benefit-detail/kinds/items.js';
import type { NewerItem } from '../benefit-detail/kinds/unknown.js';

export type { NewerItem };

/** A wallet item the voucher shows: one with a code to present, or one of a kind from a newer platform. */
export type Presentable = VoucherItem | NewerItem;

/** Whether `item` has a title and a partner, which every wallet item has. */
function hasHeader(item: unknown): item is Pick<WalletItem, 'title' | 'partner'> {
  const candidate = item as Partial<WalletItem> | undefined;
  return typeof candidate?.title === 'string' && typeof candidate.partner?.name === 'string';
}

const presentedAs = (item: unknown) => (hasHeader(item) ? itemKindNamed((item as Partial<WalletItem>).kind)?.presented : undefined);

/** Whether `item` is a wallet item with a code to present; the one kind whose module says `code` is the voucher. */
export const hasCode = (item: unknown): item is VoucherItem =>
  presentedAs(item) === 'code' && typeof (item as Partial<VoucherItem>).voucher?.code === 'string';

/** Whether `item` is of a kind this version can only read about. */
export const isReadable = (item: unknown): item is NewerItem => presentedAs(item) === 'readable';

/** `item` as the voucher shows it, or `null` when its kind has nothing to present (a booking, an offer joined). */
export const presentable = (item: unknown): Presentable | null => (hasCode(item) || isReadable(item) ? item : null);

export function deadlineOf(item: Pick<WalletItem, 'validUntil'>): number | undefined {
  const deadline = item.validUntil ? Date.parse(item.validUntil) : Number.NaN;
  return Number.isNaN(deadline) ? undefined : deadline;
}
