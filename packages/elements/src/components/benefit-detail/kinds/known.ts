// Whether a benefit's kind is one this version can take, small enough for the catalogue's cards to
// carry: they say "needs a newer app version" up front without loading the detail's kind modules.
import type { BenefitKind, KnownKind } from '@rights-kit/client';

/** Whether this version knows `kind`: the contract parses a kind from a newer platform as `unknown`. */
export const isKnownKind = (kind: BenefitKind): kind is KnownKind => kind !== 'unknown';
