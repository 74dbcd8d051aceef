import { createTokenStore } from './core/auth.js';
import { createRequester } from './core/request.js';
import { DEFAULT_OPTIONS, type ResolvedOptions, type RightsClientOptions } from './options.js';
import { benefitsResource, type BenefitsResource } from './resources/benefits.js';

export interface RightsClient {
  /** The options this client was created with, defaults filled in. Frozen. */
  readonly options: ResolvedOptions;
  readonly benefits: BenefitsResource;
  /**
   * A new client with some options changed, e.g. another locale. It asks for its own token.
   *
   * @example
   * const english = client.withOptions({ locale: 'en' });
   */
  withOptions(changes: Partial<RightsClientOptions>): RightsClient;
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
  if (typeof options?.baseUrl !== 'string') throw new TypeError('createRightsClient: `baseUrl` must be a string');
  if (typeof options.getToken !== 'function') throw new TypeError('createRightsClient: `getToken` must be a function');

  const resolved: ResolvedOptions = Object.freeze({ ...DEFAULT_OPTIONS, ...withoutUndefined(options) });
  const request = createRequester(resolved, createTokenStore(resolved.getToken));

  return Object.freeze({
    options: resolved,
    benefits: benefitsResource(request),
    withOptions: (changes: Partial<RightsClientOptions>) => createRightsClient({ ...resolved, ...withoutUndefined(changes) }),
  });
}

function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;
}
