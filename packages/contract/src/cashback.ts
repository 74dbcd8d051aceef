import { z } from './internal/zod.js';
import { currency, decimal, identifier, instant, money, openEnum } from './primitives.js';

/**
 * How a card-linked cashback offer pays: `rate` per cent of qualifying spend once the spend reaches
 * `threshold`, up to `cap`, for spend in `regions` and `currencies`, settled in `settlementCurrency`.
 */
export const cashbackRule = z.object({
  rate: decimal,
  threshold: money,
  cap: money,
  /** ISO 3166-1 alpha-2 codes where spend qualifies; empty means anywhere outside the card's home market. */
  regions: z.array(z.string().check(z.regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 code'))),
  /** Currencies whose spend qualifies. */
  currencies: z.array(currency),
  settlementCurrency: currency,
});
export type CashbackRule = z.infer<typeof cashbackRule>;

/** One foreign-currency spend and what it counted for, so the conversion can be explained. */
export const currencyConversion = z.object({
  original: money,
  converted: money,
  /** Units of the settlement currency per unit of the original, as a decimal string. */
  rate: decimal,
});
export type CurrencyConversion = z.infer<typeof currencyConversion>;

/** Where the member stands, every amount in the rule's settlement currency. */
export const cashbackProgress = z.object({
  /** Qualifying spend so far. */
  spent: money,
  /** Cashback earned on transactions that have not settled yet. */
  pending: money,
  /** Cashback earned on settled transactions. */
  earned: money,
  /** Cashback already credited to the card. */
  paid: money,
  conversions: z.array(currencyConversion),
});
export type CashbackProgress = z.infer<typeof cashbackProgress>;

export const CAMPAIGN_STATUSES = ['not_enrolled', 'enrolled', 'qualified', 'capped', 'ended'] as const;
export const campaignStatus = openEnum(CAMPAIGN_STATUSES);
export type CampaignStatus = z.infer<typeof campaignStatus>;

export const cashbackCampaign = z.object({
  id: identifier,
  /** The activation benefit the member enrols through. */
  benefitId: identifier,
  title: z.string().check(z.minLength(1)),
  rule: cashbackRule,
  startsAt: instant,
  endsAt: instant,
  status: campaignStatus,
  /** The card enrolled, once enrolled. */
  cardId: z.optional(identifier),
  enrolledAt: z.optional(instant),
  progress: z.optional(cashbackProgress),
});
export type CashbackCampaign = z.infer<typeof cashbackCampaign>;

/** `GET /v1/cashback` */
export const cashbackList = z.object({ items: z.array(cashbackCampaign) });
export type CashbackList = z.infer<typeof cashbackList>;
