// The bank's own sign-in, reduced to what the example needs. This is where a real bank plugs in the
// authentication it already has (its session store, its SSO, its app's device binding): all the rights
// flow asks of it is "which platform member is this request from, if anyone?".
import { randomBytes } from 'node:crypto';

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
const SIGN_IN_BODY_LIMIT = 4096;

/**
 * Parses a `Cookie` header into name → value.
 * @param {string | null | undefined} header
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
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {Record<string, unknown>} body
 * @param {Record<string, string>} headers
 */
function answer(response, status, body, headers) {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'Content-Type': headers['Content-Type'] ?? 'application/json; charset=utf-8', 'Content-Length': String(Buffer.byteLength(text)), 'Cache-Control': 'no-store', 'X-Content-Type-Options': 'nosniff', ...headers });
  response.end(text);
}

/** @param {import('node:http').IncomingMessage} request */
async function readSignIn(request) {
  let text = '';
  for await (const chunk of request) {
    text += chunk;
    if (text.length > SIGN_IN_BODY_LIMIT) return undefined;
  }
  try {
    return /** @type {{ username?: unknown }} */ (JSON.parse(text));
  } catch {
    return undefined;
  }
}

/**
 * A demo cookie session: `POST /bank/sign-in` with `{ "username": "li.hua" }` signs in (no password:
 * it stands in for the bank's real sign-in), `POST /bank/sign-out` signs out, and `authenticate` reads
 * the cookie for `@rights-kit/server`. Sessions live in memory and end after `ttlMs`.
 * @param {{ ttlMs?: number }} [options]
 */
export function createDemoBankAuth({ ttlMs = 30 * 60_000 } = {}) {
  /** @type {Map<string, { memberId: string, expiresAt: number }>} */
  const sessions = new Map();

  /** @type {import('@rights-kit/server').Authenticate} */
  function authenticate(request) {
    const id = parseCookies(request.headers.get('cookie')).get(SESSION_COOKIE);
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
    const username = (await readSignIn(request))?.username;
    const memberId = typeof username === 'string' && Object.hasOwn(DEMO_CUSTOMERS, username) ? DEMO_CUSTOMERS[/** @type {keyof typeof DEMO_CUSTOMERS} */ (username)] : undefined;
    if (!memberId) {
      const detail = `Sign in as one of: ${Object.keys(DEMO_CUSTOMERS).join(', ')}.`;
      answer(response, 401, { type: 'about:blank', title: 'Unknown customer', status: 401, code: 'unauthorized', detail }, { 'Content-Type': 'application/problem+json; charset=utf-8' });
      return;
    }
    // A fresh id on every sign-in, so an id planted before sign-in is worthless (session fixation).
    const id = randomBytes(32).toString('base64url');
    sessions.set(id, { memberId, expiresAt: Date.now() + ttlMs });
    answer(response, 200, { signedIn: true }, { 'Set-Cookie': cookie(request, id, Math.floor(ttlMs / 1000)) });
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  function handleSignOut(request, response) {
    const id = parseCookies(request.headers.cookie).get(SESSION_COOKIE);
    if (id) sessions.delete(id);
    answer(response, 200, { signedIn: false }, { 'Set-Cookie': cookie(request, '', 0) });
  }

  return { authenticate, handleSignIn, handleSignOut };
}
