import type { CachedResource, RequestOptions, ResolvedOptions } from '../options.js';
import type { Cache } from './cache.js';
import { definedEntries, type ApiRequest, type QueryValue, type Transport } from './request.js';

export type Reader = <Output>(resource: CachedResource, request: ApiRequest<Output>, call?: RequestOptions) => Promise<Output>;

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
