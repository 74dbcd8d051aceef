// Whether a member's cards can take a benefit now, card by card: card product and tier, card status,
// the kind's own reason, quota per period; and the same rules as the refusals a claim or launch meets.
import type { CardEligibility, Quota } from '@rights-kit/contract';
import type { SeedBenefit, SeedMember } from '../fixtures/types.js';
import { cstInstant, periodBounds } from './clock.js';
import { must, type Directory } from './directory.js';
import { kindOf } from './kinds/index.js';
import { refuse, STEP_UP_REQUIRED } from './problem.js';
import type { BenefitStanding } from './render.js';
import type { PlatformState } from './state.js';

export type Eligibility = ReturnType<typeof createEligibility>;

export function createEligibility(state: PlatformState, directory: Directory) {
  const { clock } = state;

  function quotaFor(benefit: SeedBenefit, cardId: string): Quota | undefined {
    if (!benefit.quota) return undefined;
    const { period, limit } = benefit.quota;
    const bounds = period === 'year' || period === 'month' ? periodBounds(clock.now(), period) : undefined;
    const used = state.claims.filter(
      (claim) => claim.benefitId === benefit.id && claim.cardId === cardId && (!bounds || (claim.claimedAt >= bounds.start && claim.claimedAt < bounds.end)),
    ).length;
    return { period, limit, used, remaining: Math.max(0, limit - used), ...(bounds && { resetsAt: cstInstant(bounds.end) }) };
  }

  function standing(benefit: SeedBenefit, member: SeedMember): BenefitStanding {
    const now = clock.now();
    const own = kindOf(benefit).ineligibility;
    const ownReason = own?.applies(benefit, member.id, state) ? own.reason : undefined;
    const sameTenant = directory.tenantProductIds(member);
    const eligibility: CardEligibility[] = member.cards.map((card) => {
      if (!benefit.products.includes(card.productId)) {
        const otherTierOfBank = benefit.products.some((productId) => sameTenant.has(productId));
        return { cardId: card.id, eligible: false, reason: otherTierOfBank ? 'card_tier' : 'card_product' };
      }
      if (card.inactive) return { cardId: card.id, eligible: false, reason: 'card_inactive' };
      const quota = quotaFor(benefit, card.id);
      if (ownReason) return { cardId: card.id, eligible: false, reason: ownReason, ...(quota && { quota }) };
      if (quota && quota.remaining === 0) return { cardId: card.id, eligible: false, reason: 'quota_exhausted', quota };
      return { cardId: card.id, eligible: true, ...(quota && { quota }) };
    });
    const usableCards = member.cards.filter((card) => benefit.products.includes(card.productId) && !card.inactive);
    const quotas = usableCards.map((card) => quotaFor(benefit, card.id)).filter((quota): quota is Quota => quota !== undefined);
    const bestQuota = quotas.sort((a, b) => b.remaining - a.remaining)[0];
    const inWindow = now >= new Date(benefit.validity.startsAt) && now <= new Date(benefit.validity.endsAt);
    const availability = !inWindow ? 'expired' : state.stock.get(benefit.id) === 0 ? 'sold_out' : usableCards.length === 0 ? 'not_eligible' : 'available';
    return { eligibility, bestQuota, availability };
  }

  /** Refuses, with the problem the platform answers, unless `cardId` can take `benefit` now. */
  function checkTakeable(benefit: SeedBenefit, member: SeedMember, cardId: string, stepUpProof: string | null): void {
    const card = member.cards.find((candidate) => candidate.id === cardId);
    if (!card) refuse('validation_failed', 'cardId is not one of the member’s cards.', [{ name: 'cardId', reason: 'unknown card' }]);
    const now = clock.now();
    if (now < new Date(benefit.validity.startsAt) || now > new Date(benefit.validity.endsAt)) refuse('benefit_expired', 'The benefit is not running now.');
    const eligibility = must(standing(benefit, member).eligibility.find((entry) => entry.cardId === cardId), `eligibility of ${cardId}`);
    if (!eligibility.eligible) {
      const own = kindOf(benefit).ineligibility;
      if (eligibility.reason === 'quota_exhausted') refuse('quota_exhausted', 'This card has no quota left in this period.');
      if (own && eligibility.reason === own.reason) refuse(own.refusal.code, own.refusal.detail);
      refuse('not_eligible', `This card cannot take the benefit (${eligibility.reason}).`);
    }
    if (state.stock.get(benefit.id) === 0) refuse('sold_out', 'No units are left.');
    if (benefit.stepUp && !stepUpProof) refuse(STEP_UP_REQUIRED.code, STEP_UP_REQUIRED.detail);
  }

  return { quotaFor, standing, checkTakeable };
}
