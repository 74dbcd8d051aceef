// The sandbox's rules for every kind of benefit, one module a kind. The registry's type names every kind
// the contract knows, so a kind left out here is a compile error; see "Add a benefit kind" in
// docs/development.md.
import type { KnownKind, SeedBenefit } from '../../fixtures/types.js';
import { activation } from './activation.js';
import type { ClaimedKind, SandboxKind } from './kind.js';
import { partner } from './partner.js';
import { reservation } from './reservation.js';
import { voucher } from './voucher.js';

const KINDS = { voucher, activation, reservation, partner } satisfies { readonly [K in KnownKind]: SandboxKind<K> };

/**
 * The rules of a benefit's kind. A benefit the types allow always has them; one that came from plain
 * JavaScript, or from a seed newer than these modules, throws, rather than being served as another kind.
 */
export function kindOf(benefit: SeedBenefit): SandboxKind<KnownKind> {
  if (!Object.prototype.hasOwnProperty.call(KINDS, benefit.kind)) {
    throw new Error(`The sandbox has no rules for benefits of kind '${String(benefit.kind)}' (benefit ${benefit.id}); add platform/kinds/${String(benefit.kind)}.ts`);
  }
  return KINDS[benefit.kind];
}

/** The rules of a benefit that was claimed into a wallet: one of a kind taken by a claim. */
export function claimedKindOf(benefit: SeedBenefit): ClaimedKind<KnownKind> {
  const kind = kindOf(benefit);
  if (kind.takenBy !== 'claim') throw new Error(`Benefits of kind '${benefit.kind}' are not claimed, so none is in a wallet (benefit ${benefit.id})`);
  return kind;
}
