import { activation } from './activation.js';
import { partner } from './partner.js';
import { reservation } from './reservation.js';
import type { KindSchemas } from './variant.js';
import { voucher } from './voucher.js';

/**
 * Every kind of benefit this version of the contract knows, one module each. The kinds' lists, the
 * unions of benefit details and wallet items, the ineligibility reasons and the OpenAPI components are
 * read from here; adding a kind is its module and a line here, and every other layer's registry
 * (`satisfies Record<KnownKind, …>`) then names what it must add.
 */
export const KINDS = { voucher, activation, reservation, partner };

/** A kind of benefit this version knows; `BenefitKind` adds `'unknown'`, a kind from a newer platform. */
export type KnownKind = keyof typeof KINDS;

// Each entry's `kind` is the name it is registered under.
KINDS satisfies { readonly [Kind in KnownKind]: KindSchemas<Kind> };

/** The kinds whose claim issues a wallet item. */
export type ItemKind = { [Kind in KnownKind]: (typeof KINDS)[Kind] extends { item: object } ? Kind : never }[KnownKind];

const entries = Object.entries(KINDS) as [KnownKind, KindSchemas][];

/** The ways a benefit is taken up. */
export const BENEFIT_KINDS = Object.keys(KINDS) as [KnownKind, ...KnownKind[]];

/** The kinds a wallet item can have. */
export const ITEM_KINDS = entries.filter(([, kind]) => kind.item).map(([name]) => name) as [ItemKind, ...ItemKind[]];

export { voucherDisplay, VOUCHER_DISPLAYS, type VoucherDisplay } from './voucher.js';
export { SHARED_INELIGIBILITY_REASONS, type KindSchemas } from './variant.js';
