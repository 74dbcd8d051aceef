// The registry of benefit kinds, as the detail shows and takes them: one module per kind, gathered here.
// A kind the contract adds is a compile error on each registry below until its module is written.
import type { BenefitDetail, BenefitKind, WalletItem } from '@rights-kit/client';
import * as activation from './activation.js';
import type { DetailKind, ItemVariant, KnownItemKind, KnownKind, ResultView, TakeableKind, Variant } from './host.js';
import * as partner from './partner.js';
import * as reservation from './reservation.js';
import * as unknown from './unknown.js';
import * as voucher from './voucher.js';

const TAKEABLE = {
  voucher: voucher.detail,
  activation: activation.detail,
  reservation: reservation.detail,
  partner: partner.detail,
} satisfies { [K in KnownKind]: TakeableKind<Variant<K>> };

const DETAIL_KINDS: { [K in BenefitKind]: DetailKind<Variant<K>> } = { ...TAKEABLE, unknown: unknown.detail };

/** What each kind of wallet item a claim gives looks like as its result; a partner platform gives none. */
const RESULTS = {
  voucher: voucher.result,
  activation: activation.result,
  reservation: reservation.result,
} satisfies { [K in KnownItemKind]: ResultView<ItemVariant<K>> };

const RESULT_VIEWS: { [K in WalletItem['kind']]: ResultView<ItemVariant<K>> } = { ...RESULTS, unknown: unknown.result };

// Each entry takes its own variant, and `kind` says which; an index by `kind` is more than the compiler can
// follow, so the lookups below say it once.

/** The module of `benefit`'s kind. */
export const detailKindOf = <B extends BenefitDetail>(benefit: B) => DETAIL_KINDS[benefit.kind] as unknown as DetailKind<B>;

/** How the detail shows what a claim gave. */
export const resultViewOf = <I extends WalletItem>(item: I) => RESULT_VIEWS[item.kind] as unknown as ResultView<I>;
