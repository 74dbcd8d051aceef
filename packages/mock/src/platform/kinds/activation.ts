// Activate a card-linked offer, typically cashback: the member enrols once, on one card, and qualifying
// spend on it earns from then on (`GET /v1/cashback` tracks it). The wallet item stands for the
// enrolment until the campaign ends.
import { cstInstant } from '../clock.js';
import { enrolmentKey, enrolmentOf } from '../state.js';
import type { ClaimedKind } from './kind.js';

export const activation = {
  takenBy: 'claim',
  lapsesAs: 'expired',
  usedAtMerchant: false,
  detail: (benefit, { state, memberId }) => ({
    kind: 'activation',
    enrolled: enrolmentOf(state, memberId, benefit.id) !== undefined,
    ...(benefit.cashback && { cashback: benefit.cashback }),
  }),
  ineligibility: {
    reason: 'already_enrolled',
    refusal: { code: 'already_claimed', detail: 'The member is already enrolled.' },
    applies: (benefit, memberId, state) => enrolmentOf(state, memberId, benefit.id) !== undefined,
  },
  cashbackRule: (benefit) => benefit.cashback,
  issue(benefit, { cardId }, { state, memberId }) {
    state.enrolments.set(enrolmentKey(memberId, benefit.id), { memberId, benefitId: benefit.id, cardId, enrolledAt: cstInstant(state.clock.now()), transactions: [] });
  },
  validUntil: (_record, benefit) => new Date(benefit.validity.endsAt),
  item: (record, benefit) => ({ kind: 'activation', activation: { campaignId: benefit.id, enrolledAt: cstInstant(record.claimedAt) } }),
} satisfies ClaimedKind<'activation', void>;
