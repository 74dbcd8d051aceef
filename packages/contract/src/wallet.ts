import { z } from './internal/zod.js';
import { ITEM_KINDS, KINDS, type ItemKind } from './kinds/index.js';
import { page } from './page.js';
import { itemShape, type WalletStatus } from './parts.js';
import { unknownKind } from './primitives.js';


export const unknownItem = z.object({ ...itemShape, kind: unknownKind(ITEM_KINDS) });

type Variants = { [Kind in ItemKind]: (typeof KINDS)[Kind]['item'] }[ItemKind];

/** What the member holds: a voucher, a reservation, an activation, by the kind of benefit they took. */
export const walletItem = z.union([...ITEM_KINDS.map((kind): Variants => KINDS[kind].item), unknownItem]);
export type WalletItem = z.infer<typeof walletItem>;

/** The wallet item of one kind. */
export type ItemOf<Kind extends ItemKind> = Extract<WalletItem, { kind: Kind }>;
export type VoucherItem = ItemOf<'voucher'>;
export type ReservationItem = ItemOf<'reservation'>;
export type ActivationItem = ItemOf<'activation'>;

/** `GET /v1/wallet`, soonest expiry first. */
export const walletPage = page(walletItem);
export type WalletPage = z.infer<typeof walletPage>;

export interface WalletListQuery {
  status?: Exclude<WalletStatus, 'unknown'>;
  cursor?: string;
  limit?: number;
}
