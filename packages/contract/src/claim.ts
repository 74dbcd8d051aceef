import { quota } from './parts.js';
import { formAnswers } from './form.js';
import { z } from './internal/zod.js';
import { identifier, instant, safeUrl } from './primitives.js';
import { walletItem } from './wallet.js';

/** `POST /v1/benefits/{id}/claims` body: the card to take the benefit on, and the form for reservations. */
export const claimRequest = z.object({
  cardId: identifier,
  form: z.optional(formAnswers),
});
export type ClaimRequest = z.infer<typeof claimRequest>;

/**
 * What a claim produced: the new wallet item (a voucher, a reservation or an activation, by the
 * benefit's kind) and the card's quota after it.
 */
export const claimResult = z.object({
  walletItem,
  quota: z.optional(quota),
});
export type ClaimResult = z.infer<typeof claimResult>;

/** `POST /v1/benefits/{id}/launch` body. */
export const launchRequest = z.object({ cardId: z.optional(identifier) });
export type LaunchRequest = z.infer<typeof launchRequest>;

/** A short-lived, signed entry link into a partner platform, to open inside the app. */
export const partnerLaunch = z.object({
  url: safeUrl,
  expiresAt: instant,
});
export type PartnerLaunch = z.infer<typeof partnerLaunch>;
