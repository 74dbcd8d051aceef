// What varies by the kind of a benefit in the sandbox platform. Each kind's module (./voucher.ts, …)
// fills this in and ./index.ts gathers them; the platform's common rules ask the benefit's kind and
// never test a kind themselves.
import type { BenefitDetail, CardEligibility, CashbackRule, FormAnswers, WalletItem } from '@rights-kit/contract';
import type { KnownKind, SeedBenefit } from '../../fixtures/types.js';
import type { Refusal } from '../problem.js';
import type { RenderContext } from '../render.js';
import type { ClaimRecord, LaunchTicket, PlatformState } from '../state.js';

/**
 * The fields of the `K` variant of a contract union (a detail, a wallet item) that not every variant
 * has, `kind` included; `never` for a kind without a variant there (a partner platform has no item).
 */
type OwnFields<T extends { kind: string }, K extends KnownKind> =
  Extract<T, { kind: K }> extends infer Variant ? (Variant extends T ? Omit<Variant, Exclude<keyof Extract<T, { kind: 'unknown' }>, 'kind'>> : never) : never;

export type KindDetail<K extends KnownKind> = OwnFields<BenefitDetail, K>;
export type KindItem<K extends KnownKind> = OwnFields<WalletItem, K>;

type IneligibilityReason = Exclude<NonNullable<CardEligibility['reason']>, 'unknown'>;

/** Where a kind's rule runs: the platform's state, and the request it answers. */
export interface KindScope {
  state: PlatformState;
  memberId: string;
  context: RenderContext;
}

interface KindRules<K extends KnownKind> {
  /** The kind's own part of the benefit's detail, `kind` included. */
  detail(benefit: SeedBenefit<K>, scope: KindScope): KindDetail<K>;
  /**
   * A reason of the kind's own why the member's cards cannot take the benefit now, besides card product,
   * card status and quota, and what a claim is refused with then.
   */
  ineligibility?: {
    reason: IneligibilityReason;
    refusal: Refusal;
    applies(benefit: SeedBenefit<K>, memberId: string, state: PlatformState): boolean;
  };
  /** The cashback a benefit of this kind pays once taken, listed by `GET /v1/cashback`. */
  cashbackRule?(benefit: SeedBenefit<K>): CashbackRule | undefined;
}

/** A kind taken with `POST /v1/benefits/{id}/claims`, into the member's wallet. */
export interface ClaimedKind<K extends KnownKind, Issued = unknown> extends KindRules<K> {
  readonly takenBy: 'claim';
  /**
   * Checks what only this kind asks of a claim and issues what the kind gives (a code, a booking). It
   * runs once the common checks have passed, and before anything is counted, so it may still refuse.
   */
  issue(benefit: SeedBenefit<K>, claim: { cardId: string; form: FormAnswers | undefined }, scope: KindScope): Issued;
  /** Until when the wallet item can be used. */
  validUntil(record: ClaimRecord<Issued>, benefit: SeedBenefit<K>): Date;
  /** What an item is once past `validUntil`. */
  readonly lapsesAs: 'expired' | 'used';
  /** Whether a merchant marks the item used (the sandbox's `POST /sandbox/vouchers/{itemId}/use`). */
  readonly usedAtMerchant: boolean;
  /** The kind's own part of the wallet item, `kind` included. */
  item(record: ClaimRecord<Issued>, benefit: SeedBenefit<K>, context: RenderContext): KindItem<K>;
}

/** A kind taken with `POST /v1/benefits/{id}/launch`: opened through a short-lived signed entry link. */
export interface LaunchedKind<K extends KnownKind> extends KindRules<K> {
  readonly takenBy: 'launch';
  /** Why `POST …/claims` refuses it. */
  readonly notClaimed: string;
  /** What the entry link opens, for the sandbox's stand-in page of the partner's platform. */
  landing(benefit: SeedBenefit<K>): LaunchTicket['landing'];
}

export type SandboxKind<K extends KnownKind> = ClaimedKind<K> | LaunchedKind<K>;
