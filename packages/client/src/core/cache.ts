/**
 * The read cache: one entry per request key (path, query and locale), with
 * - in-flight de-duplication: identical concurrent reads share one request;
 * - TTL and stale-while-revalidate: a fresh entry is served as it is, a stale one is served at once and
 *   refreshed in the background, an older one is fetched again;
 * - invalidation by key prefix (a claim makes the benefits, the wallet and `me` stale);
 * - subscriptions by key prefix, for UIs that re-read when something changes;
 * - seeding: an answer that already holds a resource (a claim's wallet item) stands in for reading it.
 * A call that is aborted stops waiting at once; the shared request is cancelled only when every caller
 * has gone, and a cancelled request never writes to the cache.
 */
export interface ReadOptions {
  /** Fresh for this long, in milliseconds. */
  ttl: number;
  /** Served stale, while refreshing, for this much longer. */
  staleWhileRevalidate: number;
  signal?: AbortSignal | undefined;
}

export interface Cache {
  read<T>(key: string, fetch: (signal: AbortSignal) => Promise<T>, options: ReadOptions): Promise<T>;
  /** Makes every entry whose key starts with `prefix` stale-beyond-use, and tells subscribers. */
  invalidate(prefix: string): void;
  /** Stores `value` as the fresh answer for `key`, as if it had just been read, and tells subscribers. */
  seed(key: string, value: unknown): void;
  /** Calls `listener(key)` whenever an entry under `prefix` is updated or invalidated. */
  subscribe(prefix: string, listener: (key: string) => void): () => void;
  /** Forgets everything and cancels what is in flight (sign-out). */
  clear(): void;
}

interface Flight<T> {
  promise: Promise<T>;
  controller: AbortController;
  waiting: number;
  /** A background refresh has no caller to wait for it; nothing may cancel it but `clear()`. */
  background: boolean;
}

interface Entry {
  value?: unknown;
  fetchedAt?: number;
  flight?: Flight<unknown>;
}

export function createCache(now = () => Date.now()): Cache {
  const entries = new Map<string, Entry>();
  const listeners = new Set<{ prefix: string; listener: (key: string) => void }>();
  // Bumped by invalidate() and clear(): a request that started before cannot write its (older) answer.
  let epoch = 0;

  function notify(key: string) {
    for (const { prefix, listener } of [...listeners]) if (key.startsWith(prefix)) listener(key);
  }

  function start<T>(key: string, entry: Entry, fetch: (signal: AbortSignal) => Promise<T>, background: boolean): Flight<T> {
    const controller = new AbortController();
    const startedIn = epoch;
    const flight: Flight<T> = {
      controller,
      waiting: 0,
      background,
      promise: fetch(controller.signal).then(
        (value) => {
          if (entry.flight === flight) entry.flight = undefined;
          if (!controller.signal.aborted && startedIn === epoch && entries.get(key) === entry) {
            entry.value = value;
            entry.fetchedAt = now();
            notify(key);
          }
          return value;
        },
        (error: unknown) => {
          if (entry.flight === flight) entry.flight = undefined;
          throw error;
        },
      ),
    };
    // A background refresh that fails leaves the stale value in place; its error has no one to tell.
    if (background) flight.promise.catch(() => {});
    entry.flight = flight as Flight<unknown>;
    return flight;
  }

  /** Waits for a shared request on behalf of one caller, who may leave early. */
  function join<T>(flight: Flight<T>, signal: AbortSignal | undefined): Promise<T> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    flight.waiting += 1;
    return new Promise<T>((resolve, reject) => {
      const leave = () => {
        signal?.removeEventListener('abort', onAbort);
        flight.waiting -= 1;
      };
      const onAbort = () => {
        leave();
        if (flight.waiting === 0 && !flight.background) flight.controller.abort(signal?.reason);
        reject(signal?.reason);
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      flight.promise.then(
        (value) => {
          leave();
          resolve(value);
        },
        (error: unknown) => {
          leave();
          reject(error);
        },
      );
    });
  }

  return {
    read<T>(key: string, fetch: (signal: AbortSignal) => Promise<T>, { ttl, staleWhileRevalidate, signal }: ReadOptions) {
      let entry = entries.get(key);
      if (!entry) entries.set(key, (entry = {}));
      const age = entry.fetchedAt === undefined ? Infinity : now() - entry.fetchedAt;
      if (age < ttl) return Promise.resolve(entry.value as T);
      if (age < ttl + staleWhileRevalidate) {
        if (!entry.flight) start(key, entry, fetch, true);
        return Promise.resolve(entry.value as T);
      }
      // A flight every caller has cancelled still sits in the entry until its rejection settles: a read
      // straight after (a task re-running aborts its last run first) starts its own.
      const flight = entry.flight && !entry.flight.controller.signal.aborted ? (entry.flight as Flight<T>) : start(key, entry, fetch, false);
      return join(flight, signal);
    },
    invalidate(prefix) {
      epoch += 1;
      for (const [key, entry] of entries) {
        if (!key.startsWith(prefix)) continue;
        entries.delete(key);
        entry.flight = undefined;
        notify(key);
      }
    },
    seed(key, value) {
      entries.set(key, { value, fetchedAt: now() });
      notify(key);
    },
    subscribe(prefix, listener) {
      const subscription = { prefix, listener };
      listeners.add(subscription);
      return () => void listeners.delete(subscription);
    },
    clear() {
      epoch += 1;
      for (const entry of entries.values()) entry.flight?.controller.abort(new DOMException('The client was cleared', 'AbortError'));
      entries.clear();
    },
  };
}
