import { z } from './internal/zod.js';
import { page } from './page.js';
import { identifier, image, instant, money, openEnum } from './primitives.js';

/** The four ways a benefit is taken up. */
export const BENEFIT_KINDS = ['voucher', 'activation', 'reservation', 'partner'] as const;
export const benefitKind = openEnum(BENEFIT_KINDS);
export type BenefitKind = z.infer<typeof benefitKind>;

export const CATEGORY_IDS = [
  'travel',
  'dining',
  'pets',
  'family',
  'culture',
  'shopping',
  'cross_border',
  'lifestyle',
] as const;
export const categoryId = openEnum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryId>;

export const QUOTA_PERIODS = ['year', 'month', 'campaign', 'lifetime'] as const;

/** How much of a benefit the member may still take in the current period. */
export const quota = z.object({
  period: openEnum(QUOTA_PERIODS),
  limit: z.int().check(z.nonnegative()),
  used: z.int().check(z.nonnegative()),
  remaining: z.int().check(z.nonnegative()),
  /** When `remaining` goes back to `limit`; absent for lifetime and campaign quotas. */
  resetsAt: z.optional(instant),
});
export type Quota = z.infer<typeof quota>;

export const AVAILABILITIES = ['available', 'sold_out', 'expired', 'not_eligible'] as const;
/** Whether the member can take the benefit now, from the platform's point of view. */
export const availability = openEnum(AVAILABILITIES);
export type Availability = z.infer<typeof availability>;

/** What a benefit is worth: a label for people and, when it has one, a value in money. */
export const benefitValue = z.object({
  label: z.string(),
  worth: z.optional(money),
});
export type BenefitValue = z.infer<typeof benefitValue>;

export const partnerRef = z.object({
  name: z.string(),
  logo: z.optional(image),
});
export type PartnerRef = z.infer<typeof partnerRef>;

/**
 * A benefit as it appears in lists: enough for a card, nothing that needs a second request. Texts are
 * already localised by the platform from the request's `Accept-Language`.
 */
export const benefitSummary = z.object({
  id: identifier,
  kind: benefitKind,
  category: categoryId,
  title: z.string().check(z.minLength(1)),
  subtitle: z.optional(z.string()),
  partner: partnerRef,
  image: z.optional(image),
  value: z.optional(benefitValue),
  quota: z.optional(quota),
  availability,
  validUntil: z.optional(instant),
});
export type BenefitSummary = z.infer<typeof benefitSummary>;

/** `GET /v1/benefits` */
export const benefitPage = page(benefitSummary);
export type BenefitPage = z.infer<typeof benefitPage>;

/** The filters `GET /v1/benefits` accepts. */
export interface BenefitListQuery {
  category?: CategoryId;
  /** Only benefits this card is eligible for. */
  card?: string;
  /** Free-text search over titles and partners. */
  q?: string;
  cursor?: string;
  /** Page size, 1 to 100; the platform's default is 20. */
  limit?: number;
}
