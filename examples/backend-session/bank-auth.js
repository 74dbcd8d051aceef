// The bank's own sign-in, reduced to what the example needs. This is where a real bank plugs in the
// authentication it already has (its session store, its SSO, its app's device binding): all the rights
// flow asks of it is "which platform member is this request from, if anyone?".
import { randomBytes } from 'node:crypto';
import { readBody, sendJson, sendProblem } from './http.js';

/**
 * The cardholder the bank has authenticated, as the rights platform knows them: the opaque member id
 * the bank registered with the platform. Never a card number, name or phone number.
 * @typedef {{ memberId: string }} BankCustomer
 */

/**
 * Tells who sent a request: the bank's own authentication. Resolve `undefined` for nobody.
 * @typedef {(request: import('node:http').IncomingMessage) => BankCustomer | undefined | Promise<BankCustomer | undefined>} Authenticate
 */

/** The cookie holding the demo sign-in. A real bank keeps its own. */
export const SESSION_COOKIE = 'bank_session';

/**
 * The demo bank's customers and the platform member each one is (sandbox members of Jade Bank).
 * A bank keeps this link in its customer records when it enrols a cardholder with the platform.
 */
export const DEMO_CUSTOMERS = Object.freeze({
  'li.hua': 'm-jade-001',
  'wang.fang': 'm-jade-002',
});

const LOOPBACK = /^(localhost|127(?:\.\d{1,3}){3}|\[::1\])(?::\d+)?$/;

/**
 * Parses a `Cookie` header into name → value.
 * @param {string | undefined} header
 * @returns {Map<string, string>}
 */
export function parseCookies(header) {
  const cookies = new Map();
  for (const pair of (header ?? '').split(';')) {
    const separator = pair.indexOf('=');
    if (separator > 0) cookies.set(pair.slice(0, separator).trim(), pair.slice(separator + 1).trim());
  }
  return cookies;
}

/**
 * A demo cookie session: `POST /bank/sign-in` with `{ "username": "li.hua" }` signs in (no password:
 * it stands in for the bank's real sign-in), `POST /bank/sign-out` signs out, and `authenticate` reads
 * the cookie. Sessions live in memory and end after `ttlMs`.
 * @param {{ ttlMs?: number }} [options]
 */
export function createDemoBankAuth({ ttlMs = 30 * 60_000 } = {}) {
  /** @type {Map<string, { memberId: string, expiresAt: number }>} */
  const sessions = new Map();

  /** @type {Authenticate} */
  function authenticate(request) {
    const id = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    const session = id ? sessions.get(id) : undefined;
    if (!id || !session) return undefined;
    if (Date.now() >= session.expiresAt) {
      sessions.delete(id);
      return undefined;
    }
    return { memberId: session.memberId };
  }

  /**
   * `Secure` everywhere but on a loopback host, where the demo runs over plain http.
   * @param {import('node:http').IncomingMessage} request
   * @param {string} value
   * @param {number} maxAgeSeconds
   */
  function cookie(request, value, maxAgeSeconds) {
    const secure = LOOPBACK.test(request.headers.host ?? '') ? '' : '; Secure';
    return `${SESSION_COOKIE}=${value}; Path=/; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function handleSignIn(request, response) {
    /** @type {unknown} */
    let body;
    try {
      body = JSON.parse((await readBody(request, 4096)).toString('utf8'));
    } catch {
      body = undefined;
    }
    const username = /** @type {{ username?: unknown } | undefined} */ (body)?.username;
    const memberId = typeof username === 'string' && Object.hasOwn(DEMO_CUSTOMERS, username)
      ? DEMO_CUSTOMERS[/** @type {keyof typeof DEMO_CUSTOMERS} */ (username)]
      : undefined;
    if (!memberId) {
      sendProblem(response, { status: 401, code: 'unauthorized', title: 'Unknown customer', detail: `Sign in as one of: ${Object.keys(DEMO_CUSTOMERS).join(', ')}.` });
      return;
    }
    // A fresh id on every sign-in, so an id planted before sign-in is worthless (session fixation).
    const id = randomBytes(32).toString('base64url');
    sessions.set(id, { memberId, expiresAt: Date.now() + ttlMs });
    sendJson(response, 200, { signedIn: true }, { 'Set-Cookie': cookie(request, id, Math.floor(ttlMs / 1000)), 'Cache-Control': 'no-store' });
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  function handleSignOut(request, response) {
    const id = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    if (id) sessions.delete(id);
    sendJson(response, 200, { signedIn: false }, { 'Set-Cookie': cookie(request, '', 0), 'Cache-Control': 'no-store' });
  }

  return { authenticate, handleSignIn, handleSignOut };
}
