import { z } from './internal/zod.js';

/**
 * One page of a cursor-paginated list. `nextCursor` is opaque: pass it back as `cursor` to get the next
 * page; `null` means this is the last one.
 */
export function page<Item extends z.ZodMiniType>(item: Item) {
  return z.object({
    items: z.array(item),
    nextCursor: z.nullable(z.string()),
  });
}

export interface Page<Item> {
  items: Item[];
  nextCursor: string | null;
}
