import { droppable } from '../degrade.js';
import { z } from '../internal/zod.js';
import { instant, openEnum } from '../primitives.js';
import { richText } from '../rich-text.js';
import { benefitVariant, itemVariant, type KindSchemas } from './variant.js';

export const VOUCHER_DISPLAYS = ['qr', 'barcode', 'text'] as const;
/** How a voucher's code is presented at the merchant. */
export const voucherDisplay = openEnum(VOUCHER_DISPLAYS);
export type VoucherDisplay = z.infer<typeof voucherDisplay>;

/** Claim a voucher: one unit of quota becomes a code shown as QR code, barcode or text. */
export const voucherBenefit = benefitVariant('voucher', {
  voucher: z.object({ display: voucherDisplay, validForDays: z.int().check(z.positive()) }),
});

export const voucherItem = itemVariant('voucher', {
  voucher: z.object({
    code: z.string().check(z.regex(/^[A-Za-z0-9-]{4,64}$/, 'must be a voucher code')),
    display: voucherDisplay,
    instructions: droppable(richText),
  }),
  usedAt: z.optional(instant),
});

export const voucher = { benefit: voucherBenefit, item: voucherItem, reasons: [] } satisfies KindSchemas<'voucher'>;
