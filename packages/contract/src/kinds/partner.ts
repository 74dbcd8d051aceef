import { z } from '../internal/zod.js';
import { benefitVariant, type KindSchemas } from './variant.js';

/**
 * A whole partner platform (pets, family, culture), opened in the app through a signed entry link
 * (`POST /v1/benefits/{id}/launch`): taking it issues nothing into the wallet.
 */
export const partnerBenefit = benefitVariant('partner', {
  platform: z.object({ name: z.string(), description: z.string() }),
});

export const partner = { benefit: partnerBenefit, reasons: [] } satisfies KindSchemas<'partner'>;
