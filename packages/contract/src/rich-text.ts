import { droppable, droppableEntry } from './degrade.js';
import { z } from './internal/zod.js';
import { safeUrl, unknownKind } from './primitives.js';

/**
 * Terms, how-to-use steps and instructions are structured text, never HTML: the SDK renders them with
 * its own markup, so a compromised response cannot inject script or styles into a bank's page.
 */
export const textSpan = z.object({
  text: z.string(),
  strong: droppable(z.boolean()),
  emphasis: droppable(z.boolean()),
  /** Makes the span a link; https only. One that is not is dropped, and the text stays, as text. */
  link: droppable(safeUrl),
});
export type TextSpan = z.infer<typeof textSpan>;

const BLOCK_TYPES = ['paragraph', 'list', 'heading'] as const;

export const paragraphBlock = z.object({ type: z.literal('paragraph'), spans: z.array(textSpan) });
export const listBlock = z.object({
  type: z.literal('list'),
  style: z.enum(['bullet', 'numbered']),
  items: z.array(z.array(textSpan)),
});
export const headingBlock = z.object({ type: z.literal('heading'), text: z.string() });
/** A block type from a newer platform: renderers say that part needs a newer version. */
export const unknownBlock = z.object({ type: unknownKind(BLOCK_TYPES) });

export const textBlock = z.union([paragraphBlock, listBlock, headingBlock, unknownBlock]);
export type TextBlock = z.infer<typeof textBlock>;

/** A block that cannot be read (a known type with broken fields) is left out; the other blocks still read. */
export const richText = z.array(droppableEntry(textBlock, () => ({ type: 'unknown' as const })));
export type RichText = z.infer<typeof richText>;
