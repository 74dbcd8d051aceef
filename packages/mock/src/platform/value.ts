// The value a member gets from their cards: cashback campaigns with progress toward their thresholds,
// and the year's realised value against the annual fee. Money stays in exact minor units (./money.ts).
import { CATEGORY_IDS, type CashbackCampaign, type ValueSummary } from '@rights-kit/contract';
import { CATEGORY_NAMES } from '../fixtures/categories.js';
import { SEED_USAGE } from '../fixtures/usage.js';
import { cstDate } from './clock.js';
import type { Directory } from './directory.js';
import { kindOf } from './kinds/index.js';
import { fromCents, min, multiply, percentOf, sum, toCents, toCny } from './money.js';
import type { RequestContext } from './render.js';
import { claimsOf, enrolmentOf, type PlatformState } from './state.js';

export function createValue(state: PlatformState, directory: Directory) {
  function cashback(context: RequestContext): { items: CashbackCampaign[] } {
    const member = directory.memberOf(context.memberId);
    const now = state.clock.now();
    const items = state.benefits
      .flatMap((benefit) => {
        const rule = kindOf(benefit).cashbackRule?.(benefit);
        return rule && directory.isVisible(benefit, member) ? [{ benefit, rule }] : [];
      })
      .map(({ benefit, rule }): CashbackCampaign => {
        const enrolment = enrolmentOf(state, member.id, benefit.id);
        const converted = (enrolment?.transactions ?? []).map((transaction) => ({ ...transaction, cents: multiply(toCents(transaction.amount), transaction.rate) }));
        const spent = sum(converted.map((transaction) => transaction.cents));
        const qualifies = spent >= toCents(rule.threshold);
        const cap = toCents(rule.cap);
        // Cashback accrues per transaction, settled ones first, until the cap.
        let room = qualifies ? cap : 0n;
        const share = (filter: (transaction: (typeof converted)[number]) => boolean) => {
          const earned = min(room, percentOf(sum(converted.filter(filter).map((transaction) => transaction.cents)), rule.rate));
          room -= earned;
          return earned;
        };
        const paid = share((transaction) => transaction.paid);
        const earned = share((transaction) => transaction.settled && !transaction.paid);
        const pending = share((transaction) => !transaction.settled);
        const ended = now > new Date(benefit.validity.endsAt);
        const status = ended ? 'ended' : !enrolment ? 'not_enrolled' : qualifies && room === 0n ? 'capped' : qualifies ? 'qualified' : 'enrolled';
        const money = (cents: bigint) => fromCents(cents, rule.settlementCurrency);
        return {
          id: benefit.id,
          benefitId: benefit.id,
          title: benefit.title[context.locale],
          rule,
          startsAt: benefit.validity.startsAt,
          endsAt: benefit.validity.endsAt,
          status,
          ...(enrolment && {
            cardId: enrolment.cardId,
            enrolledAt: enrolment.enrolledAt,
            progress: {
              spent: money(spent),
              pending: money(pending),
              earned: money(earned + paid),
              paid: money(paid),
              conversions: converted.map((transaction) => ({ original: transaction.amount, converted: money(transaction.cents), rate: transaction.rate })),
            },
          }),
        };
      });
    return { items };
  }

  function summary(context: RequestContext): ValueSummary {
    const member = directory.memberOf(context.memberId);
    const year = Number(cstDate(state.clock.now()).slice(0, 4));
    const annualFee = sum(member.cards.filter((card) => !card.inactive).map((card) => toCny(directory.productOf(card.productId).annualFee)));
    const byCategory = new Map<string, { realised: bigint; uses: number }>();
    const add = (category: string, cents: bigint, uses: number) => {
      const entry = byCategory.get(category) ?? { realised: 0n, uses: 0 };
      byCategory.set(category, { realised: entry.realised + cents, uses: entry.uses + uses });
    };
    for (const usage of SEED_USAGE.filter((entry) => entry.memberId === member.id)) add(usage.category, toCny(usage.worth), usage.uses);
    for (const record of claimsOf(state, member.id)) {
      const benefit = directory.benefitOf(record.benefitId);
      if (Number(cstDate(record.claimedAt).slice(0, 4)) === year) add(benefit.category, benefit.value.worth ? toCny(benefit.value.worth) : 0n, 1);
    }
    const entries = CATEGORY_IDS.flatMap((id) => {
      const entry = byCategory.get(id);
      return entry ? [{ category: id, name: CATEGORY_NAMES[id][context.locale], realised: fromCents(entry.realised, 'CNY'), uses: entry.uses }] : [];
    });
    return {
      year,
      annualFee: fromCents(annualFee, 'CNY'),
      realised: fromCents(sum([...byCategory.values()].map((entry) => entry.realised)), 'CNY'),
      byCategory: entries,
    };
  }

  return { cashback, summary };
}
