import { categoryId } from './category.js';
import { z } from './internal/zod.js';
import { count, money } from './primitives.js';

/** `GET /v1/summary`: the value the member's cards gave back this year, against the annual fee. */
export const valueSummary = z.object({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  annualFee: money,
  realised: money,
  byCategory: z.array(
    z.object({
      category: categoryId,
      name: z.string(),
      realised: money,
      /** How many times benefits of this category were used. */
      uses: count,
    }),
  ),
});
export type ValueSummary = z.infer<typeof valueSummary>;
