import { z } from './internal/zod.js';
import { count, openEnum } from './primitives.js';

export const CATEGORY_IDS = [
  'travel',
  'dining',
  'pets',
  'family',
  'culture',
  'shopping',
  'cross_border',
  'lifestyle',
] as const;
export const categoryId = openEnum(CATEGORY_IDS);
export type CategoryId = z.infer<typeof categoryId>;

/** A category with its localised name and how many benefits the member can see in it. */
export const category = z.object({
  id: categoryId,
  name: z.string().check(z.minLength(1)),
  count,
});
export type Category = z.infer<typeof category>;

/** `GET /v1/categories` */
export const categoryList = z.object({ items: z.array(category) });
export type CategoryList = z.infer<typeof categoryList>;
