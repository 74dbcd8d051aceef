import { cashbackRule } from '../cashback.js';
import { z } from '../internal/zod.js';
import { identifier, instant } from '../primitives.js';
import { benefitVariant, itemVariant, type KindSchemas } from './variant.js';

const OWN_REASONS = ['already_enrolled'] as const;

/** Activate a card-linked offer, typically cashback: enrol, then qualifying spend earns. */
export const activationBenefit = benefitVariant(
  'activation',
  {
    cashback: z.optional(cashbackRule),
    /** Whether the member has already enrolled (on any card). */
    enrolled: z.boolean(),
  },
  OWN_REASONS,
);

export const activationItem = itemVariant('activation', {
  activation: z.object({ campaignId: identifier, enrolledAt: instant }),
});

export const activation = { benefit: activationBenefit, item: activationItem, reasons: OWN_REASONS } satisfies KindSchemas<'activation'>;
