import { categoryId } from './category.js';
import { droppable } from './degrade.js';
import { z } from './internal/zod.js';
import { count, identifier, image, instant, money, openEnum } from './primitives.js';

// The pieces every benefit and wallet item is made of, whatever its kind. The kinds (`kinds/`) add their
// own fields to these; nothing here knows which kinds there are.

export const QUOTA_PERIODS = ['year', 'month', 'campaign', 'lifetime'] as const;

/** How much of a benefit the member may still take in the current period. */
export const quota = z.object({
  period: openEnum(QUOTA_PERIODS),
  limit: count,
  used: count,
  remaining: count,
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
  logo: droppable(image),
});
export type PartnerRef = z.infer<typeof partnerRef>;

export const partnerDetail = z.object({
  name: z.string(),
  logo: droppable(image),
  description: droppable(z.string()),
});
export type PartnerDetail = z.infer<typeof partnerDetail>;

export const validityWindow = z.object({ startsAt: instant, endsAt: instant });
export type ValidityWindow = z.infer<typeof validityWindow>;

/** A place the benefit is used: a lounge, a restaurant, a museum. */
export const location = z.object({
  id: identifier,
  name: z.string().check(z.minLength(1)),
  address: z.string(),
  city: z.string(),
  phone: droppable(z.string().check(z.regex(/^\+?[\d\s-]{5,20}$/, 'must be a phone number'))),
  openingHours: droppable(z.string()),
  geo: droppable(z.object({ lat: z.number().check(z.gte(-90), z.lte(90)), lng: z.number().check(z.gte(-180), z.lte(180)) })),
});
export type Location = z.infer<typeof location>;

export const WALLET_STATUSES = ['active', 'used', 'expired', 'cancelled'] as const;
export const walletStatus = openEnum(WALLET_STATUSES);
export type WalletStatus = z.infer<typeof walletStatus>;

/** The fields of a benefit in a list, but its kind. */
export const summaryShape = {
  id: identifier,
  category: categoryId,
  title: z.string().check(z.minLength(1)),
  subtitle: droppable(z.string()),
  partner: partnerRef,
  image: droppable(image),
  value: z.optional(benefitValue),
  /** The quota on the member's best eligible card; each card's is in the detail's `eligibility`. */
  quota: z.optional(quota),
  availability,
  validUntil: z.optional(instant),
};

/** The fields of a wallet item, but its kind and what the kind adds. */
export const itemShape = {
  id: identifier,
  benefitId: identifier,
  category: categoryId,
  title: z.string().check(z.minLength(1)),
  partner: partnerRef,
  image: droppable(image),
  /** The card the benefit was taken on. */
  cardId: identifier,
  status: walletStatus,
  claimedAt: instant,
  validUntil: z.optional(instant),
};
