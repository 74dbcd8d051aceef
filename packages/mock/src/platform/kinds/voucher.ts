// Claim a voucher: one unit of quota becomes a code shown as a QR code, a barcode or text, good for
// `validForDays` after the claim (never past the campaign), and used once a merchant scans it.
import { cstInstant } from '../clock.js';
import { randomCode } from '../random-code.js';
import type { ClaimedKind } from './kind.js';

const DAY_MS = 86_400_000;

export const voucher = {
  takenBy: 'claim',
  lapsesAs: 'expired',
  usedAtMerchant: true,
  detail: (benefit) => ({ kind: 'voucher', voucher: { display: benefit.voucher.display, validForDays: benefit.voucher.validForDays } }),
  issue: () => ({ code: `RK-${randomCode(4)}-${randomCode(4)}` }),
  validUntil: (record, benefit) =>
    new Date(Math.min(new Date(benefit.validity.endsAt).getTime(), record.claimedAt.getTime() + benefit.voucher.validForDays * DAY_MS)),
  item: (record, benefit, { locale }) => ({
    kind: 'voucher',
    voucher: {
      code: record.issued.code,
      display: benefit.voucher.display,
      ...(benefit.voucher.instructions && { instructions: benefit.voucher.instructions[locale] }),
    },
    ...(record.usedAt && { usedAt: cstInstant(record.usedAt) }),
  }),
} satisfies ClaimedKind<'voucher', { code: string }>;
