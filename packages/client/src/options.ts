import type { RightsEvent } from './core/events.js';
import { DEFAULT_RETRY, type RetryPolicy } from './core/retry.js';

/** The locales the platform localises its content into. */
export type RightsLocale = 'zh-CN' | 'zh-HK' | 'en';

/** What the client asks the host when the platform wants the cardholder to confirm (biometric or PIN). */
export interface StepUpChallenge {
  method: string;
  path: string;
}

/** How long each kind of read stays fresh in the cache, in milliseconds. */
export interface CacheOptions {
  /** Fresh for this long after it was fetched. @default see DEFAULT_CACHE */
  ttl: Record<CachedResource, number>;
  /** After `ttl`, served as it is for this much longer while it refreshes in the background. @default 300000 */
  staleWhileRevalidate: number;
}

export type CachedResource = 'me' | 'categories' | 'benefits' | 'wallet' | 'cashback' | 'summary';

export const DEFAULT_CACHE: CacheOptions = {
  ttl: { me: 300_000, categories: 300_000, benefits: 60_000, wallet: 30_000, cashback: 60_000, summary: 300_000 },
  staleWhileRevalidate: 300_000,
};

/** Everything `createRightsClient()` can be configured with. */
export interface RightsClientOptions {
  /**
   * Where the rights API lives: usually a path on the bank's own domain that its backend proxies to the
   * platform. Relative URLs resolve against the page.
   *
   * @example
   * createRightsClient({ baseUrl: 'https://bank.example/rights-api', getToken });
   */
  baseUrl: string;

  /**
   * Returns the cardholder's session token, minted by the bank's backend. Called lazily on the first
   * request, and once more whenever the platform answers 401; the token is kept in memory only and never
   * written to a URL, storage, log or error.
   *
   * @example
   * const getToken = async () => (await fetch('/session/rights-token', { method: 'POST' })).text();
   */
  getToken: () => Promise<string>;

  /**
   * The language the platform localises content into, sent as `Accept-Language`.
   *
   * @default 'zh-CN'
   * @example
   * createRightsClient({ baseUrl, getToken, locale: 'en' });
   */
  locale?: RightsLocale;

  /**
   * Milliseconds one attempt may take, answer and body included, before it fails with a `TimeoutError`.
   *
   * @default 10000
   * @example
   * createRightsClient({ baseUrl, getToken, timeout: 5000 });
   */
  timeout?: number;

  /**
   * Milliseconds a call may take in all, its retries and their waits included.
   *
   * @default 30000
   * @example
   * createRightsClient({ baseUrl, getToken, totalTimeout: 15000 });
   */
  totalTimeout?: number;

  /**
   * How failed requests are retried, or `false` for never. Reads retry on network errors, timeouts,
   * 408, 429 and 5xx; writes only on network errors, timeouts, 429 and 503, always with their
   * Idempotency-Key.
   *
   * @default { limit: 2, baseDelay: 300, maxDelay: 4000, maxRetryAfter: 10000, budget: { capacity: 10, refillPerSecond: 1 } }
   * @example
   * createRightsClient({ baseUrl, getToken, retry: { limit: 3 } });
   */
  retry?: Partial<RetryPolicy> | false;

  /**
   * How long reads are cached, or `false` for no cache (every call goes to the network; concurrent
   * identical reads still share one request).
   *
   * @default { ttl: { me: 300000, categories: 300000, benefits: 60000, wallet: 30000, cashback: 60000, summary: 300000 }, staleWhileRevalidate: 300000 }
   * @example
   * createRightsClient({ baseUrl, getToken, cache: { ttl: { benefits: 10000 } } });
   */
  cache?: { ttl?: Partial<CacheOptions['ttl']>; staleWhileRevalidate?: number } | false;

  /**
   * Asked for a proof when the platform wants the cardholder to confirm a step (biometric or PIN in the
   * bank app). Resolve with the proof to retry the request with it, or with `null` to give up.
   *
   * @default undefined: such requests fail with a `StepUpRequiredError`
   * @example
   * createRightsClient({ baseUrl, getToken, onStepUp: () => bankApp.confirmWithBiometrics() });
   */
  onStepUp?: (challenge: StepUpChallenge) => Promise<string | null | undefined>;

  /**
   * Receives request, retry, error and session events for monitoring. Events carry method and path only:
   * no token, query, body or personal data.
   *
   * @default undefined
   * @example
   * createRightsClient({ baseUrl, getToken, onEvent: (event) => monitoring.track('rights', event) });
   */
  onEvent?: (event: RightsEvent) => void;

  /**
   * The `fetch` to send requests with, for hosts that wrap it (tracing, certificate pinning in a WebView).
   *
   * @default globalThis.fetch, looked up on every request
   * @example
   * createRightsClient({ baseUrl, getToken, fetch: (input, init) => tracedFetch(input, init) });
   */
  fetch?: typeof globalThis.fetch;
}

/** Per-call options every resource method takes. */
export interface RequestOptions {
  /**
   * Cancels the call. An aborted call rejects with the signal's reason and never updates the cache.
   *
   * @example
   * const controller = new AbortController();
   * client.benefits.list({}, { signal: controller.signal });
   */
  signal?: AbortSignal;

  /**
   * Overrides the client's per-attempt timeout for this call, in milliseconds.
   *
   * @default the client's `timeout`
   * @example
   * client.benefits.list({}, { timeout: 3000 });
   */
  timeout?: number;

  /**
   * For writes: the key that makes retries of one user action safe. Generated per call when absent;
   * pass your own to make a retry after a crash or reload land on the same result.
   *
   * @default a new UUID per call
   * @example
   * client.benefits.claim('lounge-domestic', { cardId }, { idempotencyKey: savedKey });
   */
  idempotencyKey?: string;
}

/** The options after defaults: what `client.options` shows. */
export interface ResolvedOptions {
  readonly baseUrl: string;
  readonly getToken: () => Promise<string>;
  readonly locale: RightsLocale;
  readonly timeout: number;
  readonly totalTimeout: number;
  readonly retry: RetryPolicy;
  readonly cache: CacheOptions | false;
  readonly onStepUp: RightsClientOptions['onStepUp'];
  readonly onEvent: RightsClientOptions['onEvent'];
  readonly fetch: RightsClientOptions['fetch'];
}

export function resolveOptions(options: RightsClientOptions): ResolvedOptions {
  if (typeof options?.baseUrl !== 'string') throw new TypeError('createRightsClient: `baseUrl` must be a string');
  if (typeof options.getToken !== 'function') throw new TypeError('createRightsClient: `getToken` must be a function');
  const { retry, cache } = options;
  return Object.freeze({
    baseUrl: options.baseUrl,
    getToken: options.getToken,
    locale: options.locale ?? 'zh-CN',
    timeout: options.timeout ?? 10_000,
    totalTimeout: options.totalTimeout ?? 30_000,
    retry: Object.freeze(retry === false ? { ...DEFAULT_RETRY, limit: 0 } : { ...DEFAULT_RETRY, ...retry }),
    cache: cache === false ? false : Object.freeze({ ttl: { ...DEFAULT_CACHE.ttl, ...cache?.ttl }, staleWhileRevalidate: cache?.staleWhileRevalidate ?? DEFAULT_CACHE.staleWhileRevalidate }),
    onStepUp: options.onStepUp,
    onEvent: options.onEvent,
    fetch: options.fetch,
  });
}
