// Cursor paging, as every list endpoint of the platform does it. Cursors are opaque to clients; the
// sandbox's are a prefixed offset, which is enough to test paging.
import { PlatformProblem } from './platform/problem.js';

/** The query parameters of paging, the same on every list endpoint. */
export const PAGING_PARAMETERS = ['cursor', 'limit'] as const;

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

export interface PageWindow {
  offset: number;
  limit: number;
}

const encodeCursor = (offset: number) => `o${offset.toString(36)}`;

function decodeCursor(cursor: string | null): number | undefined {
  if (cursor === null) return 0;
  const offset = /^o[0-9a-z]{1,8}$/.test(cursor) ? Number.parseInt(cursor.slice(1), 36) : Number.NaN;
  return Number.isSafeInteger(offset) ? offset : undefined;
}

/** The part of a list a request asks for, or a `validation_failed` problem for paging the sandbox did not issue. */
export function pageWindow(url: URL): PageWindow {
  const limitParam = url.searchParams.get('limit');
  const limit = limitParam === null ? DEFAULT_PAGE_SIZE : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new PlatformProblem('validation_failed', `limit must be an integer from 1 to ${MAX_PAGE_SIZE}.`, [{ name: 'limit', reason: 'out of range' }]);
  }
  const offset = decodeCursor(url.searchParams.get('cursor'));
  if (offset === undefined) throw new PlatformProblem('validation_failed', 'cursor is not one this sandbox issued.', [{ name: 'cursor', reason: 'unknown' }]);
  return { offset, limit };
}

/** The page answered for `window`, with the cursor of the next one while there is more. */
export const page = <T>({ items, hasMore }: { items: T[]; hasMore: boolean }, { offset, limit }: PageWindow) => ({
  items,
  nextCursor: hasMore ? encodeCursor(offset + limit) : null,
});
