import { createTokenStore, type TokenStore } from './core/auth.js';
import { createCache, type Cache } from './core/cache.js';
import { createEventSink } from './core/events.js';
import { createReader, createSeeder } from './core/read.js';
import { createTransport } from './core/request.js';
import { createRetryBudget, type RetryBudget } from './core/retry.js';
import { resolveOptions, type ResolvedOptions, type RightsClientOptions } from './options.js';
import { benefitsResource, type BenefitsResource, type ClaimListener } from './resources/benefits.js';
import { categoriesResource, meResource, type CategoriesResource, type MeResource } from './resources/member.js';
import { cashbackResource, summaryResource, type CashbackResource, type SummaryResource } from './resources/value.js';
import { walletResource, type WalletResource } from './resources/wallet.js';

export interface RightsClient {
  /** The options this client was created with, defaults filled in. Frozen. */
  readonly options: ResolvedOptions;
  readonly me: MeResource;
  readonly categories: CategoriesResource;
  readonly benefits: BenefitsResource;
  readonly wallet: WalletResource;
  readonly cashback: CashbackResource;
  readonly summary: SummaryResource;
  /**
   * Calls `listener(key)` whenever a cached read under `prefix` (an API path such as `/v1/wallet`) is
   * refreshed or made stale, e.g. by a claim; read it again to get the new value. Returns the unsubscribe.
   *
   * @example
   * const stop = client.subscribe('/v1/wallet', () => rerenderWallet());
   */
  subscribe(prefix: string, listener: (key: string) => void): () => void;
  /**
   * Makes cached reads under `prefix` stale, so the next read fetches.
   *
   * @example
   * client.invalidate('/v1/benefits');
   */
  invalidate(prefix: string): void;
  /**
   * Forgets the session token and every cached read, and cancels what is in flight: call it on sign-out.
   *
   * @example
   * bankApp.onSignOut(() => client.clear());
   */
  clear(): void;
  /**
   * A new client with some options changed, e.g. another locale. With the same `baseUrl` and `getToken`
   * it shares this one's session, cache and retry budget.
   *
   * @example
   * const english = client.withOptions({ locale: 'en' });
   */
  withOptions(changes: Partial<RightsClientOptions>): RightsClient;
}

interface Shared {
  tokens: TokenStore;
  cache: Cache;
  budget: RetryBudget;
  claimListeners: Set<ClaimListener>;
}

/**
 * Creates a client for the rights API.
 *
 * @example
 * import { createRightsClient } from '@rights-kit/client';
 *
 * const client = createRightsClient({
 *   baseUrl: 'https://bank.example/rights-api',
 *   getToken: () => bankApp.rightsSessionToken(),
 * });
 * const { items } = await client.benefits.list({ category: 'dining' });
 */
export function createRightsClient(options: RightsClientOptions): RightsClient {
  return build(resolveOptions(options));
}

function build(resolved: ResolvedOptions, shared?: Shared): RightsClient {
  const own = shared ?? {
    tokens: createTokenStore(resolved.getToken),
    cache: createCache(),
    budget: createRetryBudget(resolved.retry.budget),
    claimListeners: new Set<ClaimListener>(),
  };
  const { tokens, cache, budget } = own;
  const transport = createTransport(resolved, tokens, budget, createEventSink(resolved.onEvent));
  const read = createReader(resolved, cache, transport);

  return Object.freeze({
    options: resolved,
    me: meResource(read),
    categories: categoriesResource(read),
    benefits: benefitsResource(read, transport, cache, createSeeder(resolved, cache), own.claimListeners),
    wallet: walletResource(read, cache),
    cashback: cashbackResource(read, cache),
    summary: summaryResource(read, cache),
    subscribe: cache.subscribe,
    invalidate: cache.invalidate,
    clear() {
      tokens.clear();
      cache.clear();
    },
    withOptions(changes: Partial<RightsClientOptions>) {
      const next = resolveOptions({ ...resolved, ...withoutUndefined(changes) });
      const sameSession = next.baseUrl === resolved.baseUrl && next.getToken === resolved.getToken;
      return build(next, sameSession ? own : undefined);
    },
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
