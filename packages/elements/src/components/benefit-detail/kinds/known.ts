// The kinds this version can take, as a registry small enough for the catalogue's cards to carry: they
// say "needs a newer app version" up front without loading the detail's kind modules.
import type { BenefitKind } from '@rights-kit/client';
import type { KnownKind } from './host.js';

const KNOWN: { readonly [K in KnownKind]: true } = { voucher: true, activation: true, reservation: true, partner: true };

/** Whether this version knows `kind`; `unknown` is a kind from a newer platform. */
export const isKnownKind = (kind: BenefitKind): kind is KnownKind => Object.prototype.hasOwnProperty.call(KNOWN, kind);
