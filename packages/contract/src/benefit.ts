import { cashbackRule } from './cashback.js';
import { categoryId } from './category.js';
import { droppable } from './degrade.js';
import { formField } from './form.js';
import { z } from './internal/zod.js';
import { page } from './page.js';
import { count, identifier, image, instant, money, openEnum, unknownKind } from './primitives.js';
import { richText } from './rich-text.js';

/** The four ways a benefit is taken up. */
export const BENEFIT_KINDS = ['voucher', 'activation', 'reservation', 'partner'] as const;
export const benefitKind = openEnum(BENEFIT_KINDS);
export type BenefitKind = z.infer<typeof benefitKind>;

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

const summaryShape = {
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

/**
 * A benefit as it appears in lists: enough for a card, nothing that needs a second request. Texts are
 * already localised by the platform from the request's `Accept-Language`.
 */
export const benefitSummary = z.object({ ...summaryShape, kind: benefitKind });
export type BenefitSummary = z.infer<typeof benefitSummary>;

/** `GET /v1/benefits` */
export const benefitPage = page(benefitSummary);
export type BenefitPage = z.infer<typeof benefitPage>;

/** The filters `GET /v1/benefits` accepts. */
export interface BenefitListQuery {
  category?: z.infer<typeof categoryId>;
  /** Only benefits this card is eligible for. */
  card?: string;
  /** Free-text search over titles, descriptions and partners. */
  q?: string;
  cursor?: string;
  /** Page size, 1 to 100; the platform's default is 20. */
  limit?: number;
}

export const validityWindow = z.object({ startsAt: instant, endsAt: instant });
export type ValidityWindow = z.infer<typeof validityWindow>;

export const INELIGIBILITY_REASONS = ['card_product', 'card_tier', 'card_inactive', 'region', 'quota_exhausted', 'already_enrolled'] as const;

/** Whether the benefit can be taken on one of the member's cards, and if not, why. */
export const cardEligibility = z.object({
  cardId: identifier,
  eligible: z.boolean(),
  reason: z.optional(openEnum(INELIGIBILITY_REASONS)),
  /** Quotas are per card: a lounge's six visits a year are six on each eligible card. */
  quota: z.optional(quota),
});
export type CardEligibility = z.infer<typeof cardEligibility>;

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

export const partnerDetail = z.object({
  name: z.string(),
  logo: droppable(image),
  description: droppable(z.string()),
});
export type PartnerDetail = z.infer<typeof partnerDetail>;

export const VOUCHER_DISPLAYS = ['qr', 'barcode', 'text'] as const;
/** How a voucher's code is presented at the merchant. */
export const voucherDisplay = openEnum(VOUCHER_DISPLAYS);
export type VoucherDisplay = z.infer<typeof voucherDisplay>;

const detailShape = {
  ...summaryShape,
  partner: partnerDetail,
  validity: validityWindow,
  eligibility: z.array(cardEligibility),
  terms: richText,
  howToUse: richText,
  locations: z.array(location),
};

/** Claim a voucher: one unit of quota becomes a code shown as QR code, barcode or text. */
export const voucherBenefit = z.object({
  ...detailShape,
  kind: z.literal('voucher'),
  voucher: z.object({ display: voucherDisplay, validForDays: z.int().check(z.positive()) }),
});

/** Activate a card-linked offer, typically cashback: enrol, then qualifying spend earns. */
export const activationBenefit = z.object({
  ...detailShape,
  kind: z.literal('activation'),
  cashback: z.optional(cashbackRule),
  /** Whether the member has already enrolled (on any card). */
  enrolled: z.boolean(),
});

/** Book a limited resource through the platform's form; the result is a confirmation. */
export const reservationBenefit = z.object({
  ...detailShape,
  kind: z.literal('reservation'),
  form: z.array(formField),
});

/** A whole partner platform (pets, family, culture), opened in the app through a signed entry link. */
export const partnerBenefit = z.object({
  ...detailShape,
  kind: z.literal('partner'),
  platform: z.object({ name: z.string(), description: z.string() }),
});

/** A kind from a newer platform: shown with a generic look, and not taken up from this version. */
export const unknownBenefit = z.object({ ...detailShape, kind: unknownKind(BENEFIT_KINDS) });

/** `GET /v1/benefits/{id}`: everything about one benefit, shaped by its kind. */
export const benefitDetail = z.union([voucherBenefit, activationBenefit, reservationBenefit, partnerBenefit, unknownBenefit]);
export type BenefitDetail = z.infer<typeof benefitDetail>;
export type VoucherBenefit = z.infer<typeof voucherBenefit>;
export type ActivationBenefit = z.infer<typeof activationBenefit>;
export type ReservationBenefit = z.infer<typeof reservationBenefit>;
export type PartnerBenefit = z.infer<typeof partnerBenefit>;
