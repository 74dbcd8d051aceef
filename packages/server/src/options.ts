import type { RightsLog } from './problem.js';

/**
 * The cardholder the bank has authenticated, as the rights platform knows them: the opaque member id the
 * bank enrolled them under. Never a card number, name or phone number.
 */
export interface BankCustomer {
  memberId: string;
}

/**
 * The bank's own authentication: which platform member a request comes from (its session cookie, SSO or
 * app token), or `undefined` for nobody. The member id always comes from here, never from the browser.
 */
export type Authenticate = (request: Request) => BankCustomer | undefined | Promise<BankCustomer | undefined>;

/** Everything `createRightsHandler` takes. Only the first four have no default. */
export interface RightsHandlerOptions {
  /**
   * The rights platform's base URL; a path in it is kept.
   * @example 'https://rights.platform.example'
   */
  platformUrl: string;
  /**
   * The bank's platform API key. Read it from the environment or a secret store; it is sent to the
   * platform's `POST /v1/sessions` only, never to the page, a log line or any other host.
   * @example process.env.RIGHTS_PLATFORM_API_KEY
   */
  apiKey: string;
  /**
   * The bank's tenant id at the platform.
   * @example 'jade'
   */
  tenantId: string;
  /**
   * Resolves the platform member of the signed-in cardholder, or `undefined` (answered 401).
   * @example async (request) => {
   *   const customer = await bankSessions.verify(request.headers.get('cookie'));
   *   return customer?.rightsMemberId ? { memberId: customer.rightsMemberId } : undefined;
   * }
   */
  authenticate: Authenticate;
  /**
   * Where the app's `getToken()` asks for a session: `POST` here answers `{ token, expiresAt }`.
   * @default '/rights-session'
   * @example '/bank/rights-session'
   */
  sessionPath?: string;
  /**
   * Where the rights API appears on the bank's domain, the client's `baseUrl`: `<apiPrefix>/v1/…` is the
   * platform's `/v1/…`.
   * @default '/rights-api'
   */
  apiPrefix?: string;
  /**
   * How long the platform may take to answer a proxied request, headers and body. Keep it below your load
   * balancer's timeout.
   * @default 10000
   */
  platformTimeoutMs?: number;
  /**
   * How long one attempt to mint a session may take; a failed attempt is tried once more.
   * @default 5000
   */
  sessionTimeoutMs?: number;
  /**
   * For how long after a session is minted the same member's requests get it again instead of a new one:
   * several elements, tabs or a reload asking at once then cost the platform one session. Kept far below
   * a session's life (30 minutes), so an app asking again because the platform refused its token (which
   * it does only once the token is old) always gets a fresh one. `0` mints for every request.
   * @default 10000
   */
  sessionReuseMs?: number;
  /**
   * The largest request body the proxy passes on; the rights API's bodies are small JSON documents.
   * @default 65536
   */
  maxBodyBytes?: number;
  /**
   * Operational log lines: method, path without query, status, timings and the platform's
   * `X-Request-Id`; never a token, the API key or a query.
   * @default (line) => console.warn(line)
   */
  log?: RightsLog;
  /**
   * The `fetch` the platform is called with, e.g. one bound to your egress proxy.
   * @default globalThis.fetch
   */
  fetch?: typeof fetch;
}
