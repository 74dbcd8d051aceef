// Taking a benefit: a claim into the wallet, or a launch into a partner platform, each idempotent by key
// and checked against the same rules as the member's standing.
import { claimRequest, launchRequest, type ClaimResult, type PartnerLaunch } from '@rights-kit/contract';
import { cstInstant } from './clock.js';
import type { Directory } from './directory.js';
import type { Eligibility } from './eligibility.js';
import { createIdempotency } from './idempotency.js';
import { kindOf } from './kinds/index.js';
import { refuse } from './problem.js';
import { randomCode } from './random-code.js';
import type { RequestContext } from './render.js';
import type { ClaimRecord, LaunchTicket, PlatformState } from './state.js';
import type { Wallet } from './wallet.js';

/** Partner entry links are good for this long. */
export const LAUNCH_TTL_MS = 5 * 60_000;

export function createClaims(state: PlatformState, directory: Directory, { standing, checkTakeable, quotaFor }: Eligibility, wallet: Wallet) {
  const { clock } = state;
  const idempotent = createIdempotency(state);

  function claim(context: RequestContext, benefitId: string, body: unknown, idempotencyKey: string | null, stepUpProof: string | null): ClaimResult {
    const member = directory.memberOf(context.memberId);
    return idempotent(member.id, idempotencyKey, { benefitId, body }, (): ClaimResult => {
      const benefit = directory.visibleBenefit(benefitId, member);
      const request = claimRequest.safeParse(body);
      if (!request.success) return refuse('validation_failed', 'The body must be { cardId, form? }.', [{ name: 'cardId', reason: 'required' }]);
      const kind = kindOf(benefit);
      if (kind.takenBy !== 'claim') return refuse('validation_failed', kind.notClaimed);
      const { cardId, form } = request.data;
      checkTakeable(benefit, member, cardId, stepUpProof);
      const issued = kind.issue(benefit, { cardId, form }, { state, memberId: member.id, context });
      const remaining = state.stock.get(benefit.id);
      if (remaining !== undefined) state.stock.set(benefit.id, remaining - 1);
      const record: ClaimRecord = {
        id: `w-${(++state.sequence).toString().padStart(6, '0')}`,
        memberId: member.id,
        benefitId: benefit.id,
        cardId,
        claimedAt: clock.now(),
        issued,
      };
      state.claims.push(record);
      const quota = quotaFor(benefit, cardId);
      return { walletItem: wallet.renderWalletItem(record, context), ...(quota && { quota }) };
    });
  }

  function launch(context: RequestContext, benefitId: string, body: unknown, idempotencyKey: string | null, stepUpProof: string | null): PartnerLaunch {
    const member = directory.memberOf(context.memberId);
    return idempotent(member.id, idempotencyKey, { benefitId, launch: body }, (): PartnerLaunch => {
      const benefit = directory.visibleBenefit(benefitId, member);
      const kind = kindOf(benefit);
      if (kind.takenBy !== 'launch') return refuse('validation_failed', 'Only partner platforms are launched.');
      const request = launchRequest.safeParse(body ?? {});
      if (!request.success) return refuse('validation_failed', 'The body must be { cardId? }.');
      const cardId = request.data.cardId ?? standing(benefit, member).eligibility.find((entry) => entry.eligible)?.cardId;
      if (!cardId) return refuse('not_eligible', 'None of the member’s cards can open this platform.');
      checkTakeable(benefit, member, cardId, stepUpProof);
      const ticket = randomCode(24);
      const expiresAt = clock.now().getTime() + LAUNCH_TTL_MS;
      state.launchTickets.set(ticket, { benefitId, expiresAt, landing: kind.landing(benefit) });
      return { url: `${context.origin}/sandbox/partners/${benefit.id}?ticket=${ticket}`, expiresAt: cstInstant(new Date(expiresAt)) };
    });
  }

  /** What a partner entry link opens, while it is still good; a link opens its platform once. */
  function redeemLaunchTicket(benefitId: string, ticket: string | null): LaunchTicket['landing'] | undefined {
    if (!ticket) return undefined;
    const entry = state.launchTickets.get(ticket);
    if (!entry || entry.benefitId !== benefitId || clock.now().getTime() >= entry.expiresAt) return undefined;
    state.launchTickets.delete(ticket);
    return entry.landing;
  }

  return { claim, launch, redeemLaunchTicket };
}
