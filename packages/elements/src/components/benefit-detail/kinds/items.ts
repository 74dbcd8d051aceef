// The registry of wallet item kinds, as the wallet's rows and <rights-voucher> show them: the same kind
// modules as the detail's, gathered here. A kind the contract adds fails to compile here until it has one.
import type { WalletItem } from '@rights-kit/client';
import * as activation from './activation.js';
import type { ItemVariant, KnownItemKind } from './host.js';
import type { ItemKind } from './item-host.js';
import * as reservation from './reservation.js';
import * as unknown from './unknown.js';
import * as voucher from './voucher.js';

const KNOWN = {
  voucher: voucher.item,
  activation: activation.item,
  reservation: reservation.item,
} satisfies { [K in KnownItemKind]: ItemKind<ItemVariant<K>> };

const ITEM_KINDS: { [K in WalletItem['kind']]: ItemKind<ItemVariant<K>> } = { ...KNOWN, unknown: unknown.item };

/** The module of `item`'s kind; as in the detail's registry, the index is more than the compiler follows. */
export const itemKindOf = <I extends WalletItem>(item: I) => ITEM_KINDS[item.kind] as unknown as ItemKind<I>;

/** The module of a kind named by a host's own data, which may be anything; `undefined` for no kind of a wallet item. */
export const itemKindNamed = (kind: unknown): ItemKind<WalletItem> | undefined =>
  typeof kind === 'string' && Object.prototype.hasOwnProperty.call(ITEM_KINDS, kind) ? (ITEM_KINDS[kind as WalletItem['kind']] as ItemKind<WalletItem>) : undefined;
