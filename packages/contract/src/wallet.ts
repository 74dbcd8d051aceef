import { categoryId } from './category.js';
import { droppable } from './degrade.js';
import { z } from './internal/zod.js';
import { location, partnerRef, voucherDisplay } from './benefit.js';
import { page } from './page.js';
import { calendarDate, count, identifier, image, instant, openEnum, timeOfDay, unknownKind } from './primitives.js';
import { richText } from './rich-text.js';

export const WALLET_STATUSES = ['active', 'used', 'expired', 'cancelled'] as const;
export const walletStatus = openEnum(WALLET_STATUSES);
export type WalletStatus = z.infer<typeof walletStatus>;

const itemShape = {
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

export const voucherItem = z.object({
  ...itemShape,
  kind: z.literal('voucher'),
  voucher: z.object({
    code: z.string().check(z.regex(/^[A-Za-z0-9-]{4,64}$/, 'must be a voucher code')),
    display: voucherDisplay,
    instructions: droppable(richText),
  }),
  usedAt: z.optional(instant),
});

export const reservationItem = z.object({
  ...itemShape,
  kind: z.literal('reservation'),
  reservation: z.object({
    confirmationCode: z.string().check(z.regex(/^[A-Za-z0-9-]{4,32}$/, 'must be a confirmation code')),
    date: calendarDate,
    time: z.optional(timeOfDay),
    partySize: z.optional(count),
    location: droppable(location),
    /** The cardholder's answers as the platform confirms them, ready to show. */
    details: z.array(z.object({ label: z.string(), value: z.string() })),
  }),
});

export const activationItem = z.object({
  ...itemShape,
  kind: z.literal('activation'),
  activation: z.object({ campaignId: identifier, enrolledAt: instant }),
});

const ITEM_KINDS = ['voucher', 'reservation', 'activation'] as const;
export const unknownItem = z.object({ ...itemShape, kind: unknownKind(ITEM_KINDS) });

/** A voucher, reservation or activation the member holds. */
export const walletItem = z.union([voucherItem, reservationItem, activationItem, unknownItem]);
export type WalletItem = z.infer<typeof walletItem>;
export type VoucherItem = z.infer<typeof voucherItem>;
export type ReservationItem = z.infer<typeof reservationItem>;
export type ActivationItem = z.infer<typeof activationItem>;

/** `GET /v1/wallet`, soonest expiry first. */
export const walletPage = page(walletItem);
export type WalletPage = z.infer<typeof walletPage>;

export interface WalletListQuery {
  status?: Exclude<WalletStatus, 'unknown'>;
  cursor?: string;
  limit?: number;
}
