// What the sandbox platform remembers between requests: sessions, claims, stock, cashback enrolments,
// idempotent results and partner entry links. One state, read and changed by each concern's module.
import type { Localized } from '../locale.js';
import { SEED_CASHBACK_ENROLMENTS } from '../fixtures/cashback.js';
import type { SeedBenefit, SeedCashbackEnrolment } from '../fixtures/types.js';
import type { SandboxClock } from './clock.js';

/** One claim: the wallet item it made, as the platform stores it. */
export interface ClaimRecord<Issued = unknown> {
  id: string;
  memberId: string;
  benefitId: string;
  cardId: string;
  claimedAt: Date;
  /** What the claim issued, as the benefit's kind module made it: a voucher's code, a booking's answers. */
  issued: Issued;
  /** When a merchant marked it used. */
  usedAt?: Date;
}

/** A partner entry link, good once until it expires. */
export interface LaunchTicket {
  benefitId: string;
  expiresAt: number;
  /** The partner platform it opens. */
  landing: { name: Localized; description: Localized };
}

export interface PlatformState {
  readonly clock: SandboxClock;
  /** The platform's whole catalogue, across banks, in list order. */
  readonly benefits: readonly SeedBenefit[];
  readonly sessions: Map<string, { memberId: string; expiresAt: number }>;
  readonly claims: ClaimRecord[];
  /** Units left of the benefits that have a stock. */
  readonly stock: Map<string, number>;
  /** Cashback enrolments by {@link enrolmentKey}. */
  readonly enrolments: Map<string, SeedCashbackEnrolment>;
  /** The first answer to each member's idempotency key, with the fingerprint of its request. */
  readonly idempotency: Map<string, { fingerprint: string; body: unknown }>;
  readonly launchTickets: Map<string, LaunchTicket>;
  /** How many wallet items have been issued: the number in the next one's id. */
  sequence: number;
}

export const enrolmentKey = (memberId: string, benefitId: string) => `${memberId}:${benefitId}`;

export const enrolmentOf = (state: PlatformState, memberId: string, benefitId: string) => state.enrolments.get(enrolmentKey(memberId, benefitId));

export const claimsOf = (state: PlatformState, memberId: string) => state.claims.filter((record) => record.memberId === memberId);

export function createState(clock: SandboxClock, benefits: readonly SeedBenefit[]): PlatformState {
  const state: PlatformState = {
    clock,
    benefits,
    sessions: new Map(),
    claims: [],
    stock: new Map(),
    enrolments: new Map(),
    idempotency: new Map(),
    launchTickets: new Map(),
    sequence: 0,
  };
  resetState(state);
  return state;
}

/** Back to the seed: no sessions, claims, replays or links; the seed's stock and enrolments. */
export function resetState(state: PlatformState): void {
  state.sessions.clear();
  state.claims.length = 0;
  state.stock.clear();
  for (const benefit of state.benefits) if (benefit.stock !== undefined) state.stock.set(benefit.id, benefit.stock);
  state.enrolments.clear();
  for (const enrolment of SEED_CASHBACK_ENROLMENTS) state.enrolments.set(enrolmentKey(enrolment.memberId, enrolment.benefitId), enrolment);
  state.idempotency.clear();
  state.launchTickets.clear();
  state.sequence = 0;
}
