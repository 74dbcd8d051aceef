import type { CachedResource, RequestOptions, ResolvedOptions } from '../options.js';
import type { Cache } from './cache.js';
import { definedEntries, type ApiRequest, type QueryValue, type Transport } from './request.js';

export type Reader = <Output>(resource: CachedResource, request: ApiRequest<Output>, call?: RequestOptions) => Promise<Output>;

/** What every cached resource offers a view that shows it: news of changes, and a way to ask again. */
export interface Watchable {
  /**
   * Calls `listener` whenever a cached read of this resource is refreshed, seeded or made stale (a claim
   * makes the benefits, the wallet, cashback and the summary stale); read again to get the new value.
   * Returns the unsubscribe.
   *
   * @example
   * const stop = client.wallet.onChange(() => renderWallet(await client.wallet.list()));
   */
  onChange(listener: () => void): () => void;
  /**
   * Makes this resource's cached reads stale: the next read asks the platform, and every view told by
   * `onChange` follows.
   *
   * @example
   * pullToRefresh.onRelease(() => client.wallet.markStale());
   */
  markStale(): void;
}

/** The `Watchable` of the resource whose reads are under `prefix`, its list's path (`/v1/wallet`). */
export function watchable(cache: Cache, prefix: string): Watchable {
  return {
    onChange: (listener) => cache.subscribe(prefix, () => listener()),
    markStale: () => cache.invalidate(prefix),
  };
}

/**
 * The cache key of a read: its path (so `invalidate('/v1/benefits')` reaches every list and detail),
 * its query in a stable order, and the locale the platform localised it into.
 */
export function cacheKey(path: string, query: Record<string, QueryValue> = {}, locale: string): string {
  const params = Object.entries(definedEntries(query))
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(String(value))}`)
    .join('&');
  return `${path}?${params}#${locale}`;
}

/** Reads through the cache; with the cache off, identical concurrent reads still share one request. */
export function createReader(options: ResolvedOptions, cache: Cache, transport: Transport): Reader {
  return (resource, request, call = {}) => {
    const ttl = options.cache ? options.cache.ttl[resource] : 0;
    const staleWhileRevalidate = options.cache ? options.cache.staleWhileRevalidate : 0;
    return cache.read(
      cacheKey(request.path, request.query, options.locale),
      (signal) => transport(request, { timeout: call.timeout, signal }),
      { ttl, staleWhileRevalidate, signal: call.signal },
    );
  };
}

/** Stores an answer that already holds a read's value (a claim's wallet item) as that read, fresh. */
export type Seeder = (path: string, value: unknown) => void;

export const createSeeder =
  (options: ResolvedOptions, cache: Cache): Seeder =>
  (path, value) => {
    if (options.cache) cache.seed(cacheKey(path, {}, options.locale), value);
  };
