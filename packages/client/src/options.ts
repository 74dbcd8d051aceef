/** The locales the platform localises its content into. */
export type RightsLocale = 'zh-CN' | 'zh-HK' | 'en';

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
   * Returns the cardholder's session token, minted by the bank's backend. Called lazily, on the first
   * request; the token is kept in memory only and never written to a URL, storage, log or error.
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
   * Milliseconds a request may take before it fails with a `TimeoutError`.
   *
   * @default 10000
   * @example
   * createRightsClient({ baseUrl, getToken, timeout: 5000 });
   */
  timeout?: number;

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
   * Cancels the request. An aborted call rejects with the signal's reason.
   *
   * @example
   * const controller = new AbortController();
   * client.benefits.list({}, { signal: controller.signal });
   */
  signal?: AbortSignal;

  /**
   * Overrides the client's timeout for this call, in milliseconds.
   *
   * @default the client's `timeout`
   * @example
   * client.benefits.list({}, { timeout: 3000 });
   */
  timeout?: number;
}

export type ResolvedOptions = Readonly<Required<Omit<RightsClientOptions, 'fetch'>> & Pick<RightsClientOptions, 'fetch'>>;

export const DEFAULT_OPTIONS = { locale: 'zh-CN', timeout: 10_000 } as const satisfies Partial<RightsClientOptions>;
