import { droppable } from './degrade.js';
import { z } from './internal/zod.js';
import { identifier, image, instant, openEnum } from './primitives.js';

/** An issuing bank on the platform. */
export const tenant = z.object({
  id: identifier,
  name: z.string().check(z.minLength(1)),
  logo: droppable(image),
});
export type Tenant = z.infer<typeof tenant>;

export const CARD_TIERS = ['classic', 'gold', 'platinum', 'diamond'] as const;
export const cardTier = openEnum(CARD_TIERS);
export type CardTier = z.infer<typeof cardTier>;

/** A card product a bank issues, e.g. "Jade Platinum Travel". Benefits are configured per product. */
export const cardProduct = z.object({
  id: identifier,
  name: z.string().check(z.minLength(1)),
});
export type CardProduct = z.infer<typeof cardProduct>;

/**
 * One of the member's cards. Only the last four digits ever leave the platform: the schema refuses
 * anything longer, so a full card number can never reach the SDK's state, logs or analytics.
 */
export const card = z.object({
  id: identifier,
  last4: z.string().check(z.regex(/^\d{4}$/, 'must be exactly the last four digits')),
  product: cardProduct,
  tier: cardTier,
  art: droppable(image),
});
export type Card = z.infer<typeof card>;

/** `GET /v1/me`: the signed-in cardholder. The id is opaque; no name, phone or card number. */
export const member = z.object({
  id: identifier,
  tenant,
  cards: z.array(card),
});
export type Member = z.infer<typeof member>;

/** `POST /v1/sessions` (server to server, platform API key): what the bank's backend asks for. */
export const sessionRequest = z.object({
  tenantId: identifier,
  memberId: identifier,
});
export type SessionRequest = z.infer<typeof sessionRequest>;

/** The session the bank's backend hands to its app, which passes it to the SDK through `getToken()`. */
export const session = z.object({
  token: z.string().check(z.minLength(16)),
  expiresAt: instant,
});
export type Session = z.infer<typeof session>;
