import { droppable } from '../degrade.js';
import { formField } from '../form.js';
import { z } from '../internal/zod.js';
import { location } from '../parts.js';
import { calendarDate, count, timeOfDay } from '../primitives.js';
import { benefitVariant, itemVariant, type KindSchemas } from './variant.js';

/** Book a limited resource through the platform's form; the result is a confirmation. */
export const reservationBenefit = benefitVariant('reservation', {
  form: z.array(formField),
});

export const reservationItem = itemVariant('reservation', {
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

export const reservation = { benefit: reservationBenefit, item: reservationItem, reasons: [] } satisfies KindSchemas<'reservation'>;
