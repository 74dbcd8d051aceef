import { z } from '../internal/zod.js';
import { itemShape, location, partnerDetail, quota, summaryShape, validityWindow } from '../parts.js';
import { identifier, openEnum } from '../primitives.js';
import { richText } from '../rich-text.js';

/** Why a card cannot take a benefit of any kind; a kind adds its own reasons (`benefitVariant`). */
export const SHARED_INELIGIBILITY_REASONS = ['card_product', 'card_tier', 'card_inactive', 'region', 'quota_exhausted'] as const;

/** Whether the benefit can be taken on one of the member's cards, and if not, why. */
export function cardEligibility<const Reasons extends readonly [string, ...string[]]>(reasons: Reasons) {
  return z.object({
    cardId: identifier,
    eligible: z.boolean(),
    reason: z.optional(openEnum(reasons)),
    /** Quotas are per card: a lounge's six visits a year are six on each eligible card. */
    quota: z.optional(quota),
  });
}

/** A card's eligibility for a benefit whose kind gives no reasons of its own: one schema, one OpenAPI component. */
export const sharedCardEligibility = cardEligibility(SHARED_INELIGIBILITY_REASONS);

/** The fields of every benefit's detail, with the ineligibility reasons its kind can give. */
export function detailShape<const Own extends readonly string[]>(own: Own) {
  return {
    ...summaryShape,
    partner: partnerDetail,
    validity: validityWindow,
    eligibility: z.array(own.length === 0 ? sharedCardEligibility : cardEligibility([...SHARED_INELIGIBILITY_REASONS, ...own])),
    terms: richText,
    howToUse: richText,
    locations: z.array(location),
  };
}

/**
 * A kind's variant of `GET /v1/benefits/{id}`: every benefit's fields, `kind`, the kind's own fields, and
 * eligibility with the shared reasons and the kind's `own`.
 */
export function benefitVariant<const Kind extends string, Fields extends z.core.$ZodLooseShape, const Own extends readonly string[] = readonly []>(
  kind: Kind,
  fields: Fields,
  own: Own = [] as unknown as Own,
) {
  return z.object({ ...detailShape(own), kind: z.literal(kind), ...fields });
}

/** A kind's variant of a wallet item: every item's fields, `kind`, and what taking the kind issued. */
export function itemVariant<const Kind extends string, Fields extends z.core.$ZodLooseShape>(kind: Kind, fields: Fields) {
  return z.object({ ...itemShape, kind: z.literal(kind), ...fields });
}

/**
 * What the contract says about one kind. `item` is what a claim issues into the wallet (the claim
 * answer's `walletItem`); a kind taken by other means (a partner platform's entry link) has none.
 * `reasons` are the ineligibility reasons only this kind gives. In the OpenAPI document its variants
 * are named after the kind (`VoucherBenefit`, `VoucherItem`); a schema of its own worth a name of its own
 * (`VoucherDisplay`) is listed with the document's components, which browsers never load.
 */
export interface KindSchemas<Kind extends string = string> {
  benefit: z.ZodMiniObject<{ kind: z.ZodMiniLiteral<Kind> } & z.core.$ZodLooseShape>;
  item?: z.ZodMiniObject<{ kind: z.ZodMiniLiteral<Kind> } & z.core.$ZodLooseShape>;
  reasons: readonly string[];
}
