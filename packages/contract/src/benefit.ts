import { page } from './page.js';
import { z } from './internal/zod.js';
import { KINDS, BENEFIT_KINDS, SHARED_INELIGIBILITY_REASONS, type KnownKind } from './kinds/index.js';
import { detailShape } from './kinds/variant.js';
import { summaryShape } from './parts.js';
import { openEnum, unknownKind } from './primitives.js';


export const benefitKind = openEnum(BENEFIT_KINDS);
export type BenefitKind = z.infer<typeof benefitKind>;

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
  category?: z.infer<typeof benefitSummary.shape.category>;
  /** Only benefits this card is eligible for. */
  card?: string;
  /** Free-text search over titles, descriptions and partners. */
  q?: string;
  cursor?: string;
  /** Page size, 1 to 100; the platform's default is 20. */
  limit?: number;
}

type IneligibilityReason = (typeof SHARED_INELIGIBILITY_REASONS)[number] | (typeof KINDS)[KnownKind]['reasons'][number];

/** Every reason a card may be ineligible, each kind's own included. */
export const INELIGIBILITY_REASONS = [
  ...new Set([...SHARED_INELIGIBILITY_REASONS, ...Object.values(KINDS).flatMap((kind) => kind.reasons)]),
] as [IneligibilityReason, ...IneligibilityReason[]];

/** A kind from a newer platform: shown with a generic look, and not taken up from this version. */
export const unknownBenefit = z.object({ ...detailShape(INELIGIBILITY_REASONS), kind: unknownKind(BENEFIT_KINDS) });

type Variants = { [Kind in KnownKind]: (typeof KINDS)[Kind]['benefit'] }[KnownKind];

/** `GET /v1/benefits/{id}`: everything about one benefit, shaped by its kind. */
export const benefitDetail = z.union([...Object.values(KINDS).map((kind): Variants => kind.benefit), unknownBenefit]);
export type BenefitDetail = z.infer<typeof benefitDetail>;

/** The detail of a benefit of one kind. */
export type BenefitOf<Kind extends KnownKind> = Extract<BenefitDetail, { kind: Kind }>;
export type VoucherBenefit = BenefitOf<'voucher'>;
export type ActivationBenefit = BenefitOf<'activation'>;
export type ReservationBenefit = BenefitOf<'reservation'>;
export type PartnerBenefit = BenefitOf<'partner'>;

export type CardEligibility = BenefitDetail['eligibility'][number];
