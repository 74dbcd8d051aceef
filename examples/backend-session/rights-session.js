// Minting the rights session: the one call that uses the bank's platform API key. It runs here, server
// to server; the browser (or the native app) only ever receives the short-lived token it returns.
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeFailure, sendJson, sendProblem } from './http.js';

/** The rights platform did not give a session: unreachable, too slow, or it refused the bank's request. */
export class PlatformSessionError extends Error {
  /** @override */
  name = 'PlatformSessionError';

  /**
   * @param {'timeout' | 'unreachable' | 'refused' | 'invalid'} reason
   * @param {string} message  For the log: never the API key or a token.
   * @param {{ cause?: unknown }} [options]
   */
  constructor(reason, message, options) {
    super(message, options);
    this.reason = reason;
  }
}

/**
 * @typedef {object} SessionMinterOptions
 * @property {string} platformUrl  The platform's base URL, e.g. `https://rights.platform.example`.
 * @property {string} apiKey  The bank's platform API key. Read from the environment or a secret store; never sent anywhere but the platform.
 * @property {string} tenantId  The bank's tenant id at the platform.
 * @property {number} [timeoutMs]  Per attempt. Default: 5000.
 * @property {(line: string) => void} log
 */

/**
 * Returns `mint(memberId)`: a new session for that member, `{ token, expiresAt }`. One retry on a network
 * failure or a 502/503/504, with the same `Idempotency-Key`, so the platform creates at most one session.
 * @param {SessionMinterOptions} options
 */
export function createSessionMinter({ platformUrl, apiKey, tenantId, timeoutMs = 5000, log }) {
  const endpoint = `${platformUrl.replace(/\/+$/, '')}/v1/sessions`;

  /**
   * @param {string} memberId
   * @returns {Promise<{ token: string, expiresAt: string }>}
   */
  return async function mint(memberId) {
    const idempotencyKey = randomUUID();
    for (let attempt = 1; ; attempt++) {
      /** @type {Response} */
      let response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: {
            'X-Api-Key': apiKey,
            'Idempotency-Key': idempotencyKey,
            'Content-Type': 'application/json',
            Accept: 'application/json',
          },
          body: JSON.stringify({ tenantId, memberId }),
          // The key must not follow a redirect anywhere.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
        if (attempt < 2) {
          await sleep(200);
          continue;
        }
        throw new PlatformSessionError(reason, `POST /v1/sessions ${describeFailure(error)}`, { cause: error });
      }

      const requestId = response.headers.get('X-Request-Id') ?? 'none';
      if ([502, 503, 504].includes(response.status) && attempt < 2) {
        await response.body?.cancel();
        await sleep(200);
        continue;
      }
      if (!response.ok) {
        const problem = /** @type {{ code?: unknown } | undefined} */ (await response.json().catch(() => undefined));
        const code = typeof problem?.code === 'string' ? problem.code : 'no code';
        // 401 here means the bank's key or tenant id is wrong: an operator's problem, not the cardholder's.
        const hint = response.status === 401 ? ' (check RIGHTS_PLATFORM_API_KEY and RIGHTS_TENANT_ID)' : '';
        throw new PlatformSessionError('refused', `POST /v1/sessions answered ${response.status} ${code}, request ${requestId}${hint}`);
      }
      const session = /** @type {{ token?: unknown, expiresAt?: unknown } | undefined} */ (await response.json().catch(() => undefined));
      if (typeof session?.token !== 'string' || typeof session.expiresAt !== 'string') {
        throw new PlatformSessionError('invalid', `POST /v1/sessions answered with no token, request ${requestId}`);
      }
      log(`rights session minted for a member, expires ${session.expiresAt}, request ${requestId}`);
      return { token: session.token, expiresAt: session.expiresAt };
    }
  };
}

/**
 * `POST /bank/rights-session`: the app's `getToken()` calls this. It answers the signed-in cardholder's
 * rights session token, `{ token, expiresAt }`, never cached by anyone; 401 when nobody is signed in.
 * @param {{
 *   authenticate: import('./bank-auth.js').Authenticate,
 *   mint: (memberId: string) => Promise<{ token: string, expiresAt: string }>,
 *   log: (line: string) => void,
 * }} options
 */
export function createRightsSessionHandler({ authenticate, mint, log }) {
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return async function handleRightsSession(request, response) {
    if (request.method !== 'POST') {
      sendProblem(response, { status: 405, code: 'validation_failed', title: 'Method not allowed', headers: { Allow: 'POST' } });
      return;
    }
    // Browsers say where a request came from; a page on another site must not obtain a token with the
    // cardholder's cookie. (The SameSite=Strict cookie already stops it; this also covers other schemes
    // of authentication a bank may plug in.) Native apps send no such header.
    const site = request.headers['sec-fetch-site'];
    if (site !== undefined && site !== 'same-origin') {
      sendProblem(response, { status: 403, code: 'unauthorized', title: 'Cross-site request', detail: 'Rights sessions are only handed to the bank’s own pages.' });
      return;
    }
    const customer = await authenticate(request);
    if (!customer) {
      sendProblem(response, { status: 401, code: 'unauthorized', title: 'Not signed in', detail: 'Sign in to the bank before opening your benefits.' });
      return;
    }
    try {
      const session = await mint(customer.memberId);
      sendJson(response, 200, session, { 'Cache-Control': 'no-store', Pragma: 'no-cache' });
    } catch (error) {
      if (!(error instanceof PlatformSessionError)) throw error;
      log(`rights session not minted: ${error.message}`);
      sendProblem(response, {
        status: error.reason === 'timeout' ? 504 : 502,
        code: 'internal',
        title: 'Benefits are unavailable',
        detail: 'The bank could not start a benefits session. Try again shortly.',
      });
    }
  };
}
