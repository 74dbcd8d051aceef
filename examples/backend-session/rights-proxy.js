// The rights API under the bank's own domain: `/rights-api/v1/...` is forwarded to the platform's
// `/v1/...`. The page then calls its own origin only, so the bank's Content-Security-Policy stays
// `connect-src 'self'` and no CORS is involved. Only what the rights API needs crosses, both ways.
import { BASELINE_HEADERS, BodyTooLargeError, describeFailure, readBody, sendProblem } from './http.js';

/** Where the rights API appears on the bank's domain; the client's `baseUrl`. */
export const RIGHTS_API_PREFIX = '/rights-api';

/**
 * Request headers the platform gets. Everything else stays behind, above all `Cookie`: the bank's own
 * session is none of the platform's business. `X-Step-Up-Proof` carries the app's biometric proof on a
 * write the platform asked to confirm; `Accept` is plain content negotiation.
 */
export const FORWARDED_REQUEST_HEADERS = Object.freeze([
  'authorization',
  'accept',
  'accept-language',
  'content-type',
  'idempotency-key',
  'if-none-match',
  'x-step-up-proof',
]);

/** Response headers the page gets back. Never `Set-Cookie`: the platform sets nothing on the bank's domain. */
export const RETURNED_RESPONSE_HEADERS = Object.freeze([
  'content-type',
  'content-language',
  'cache-control',
  'etag',
  'last-modified',
  'retry-after',
  'x-request-id',
]);

/** The rights API's requests carry small JSON bodies; anything bigger is refused before it is read. */
const MAX_BODY_BYTES = 64 * 1024;

/**
 * @typedef {object} RightsProxyOptions
 * @property {string} platformUrl  The platform's base URL; its path, if any, is kept.
 * @property {number} [timeoutMs]  For the platform's whole answer, headers and body. Default: 10000.
 * @property {(line: string) => void} log
 */

/**
 * Returns the handler for every request under `RIGHTS_API_PREFIX`.
 * @param {RightsProxyOptions} options
 */
export function createRightsProxy({ platformUrl, timeoutMs = 10_000, log }) {
  const platformBase = platformUrl.replace(/\/+$/, '');

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return async function proxyRightsApi(request, response) {
    // The URL parser resolves `..` and `%2e%2e` segments, so a path that climbs out of /rights-api/v1/
    // no longer starts with it and is refused below.
    const url = new URL(request.url ?? '/', 'http://bank.invalid');
    const path = url.pathname.slice(RIGHTS_API_PREFIX.length);
    // Only the rights API itself: not the platform's sandbox or admin routes, and never session minting,
    // which takes the bank's API key and happens on this server only.
    if (!url.pathname.startsWith(`${RIGHTS_API_PREFIX}/v1/`) || path === '/v1/sessions' || path.startsWith('/v1/sessions/')) {
      sendProblem(response, { status: 404, code: 'not_found', title: 'Not found', detail: `No rights API resource at ${url.pathname}.` });
      return;
    }
    const method = request.method ?? 'GET';
    if (method !== 'GET' && method !== 'POST') {
      sendProblem(response, { status: 405, code: 'validation_failed', title: 'Method not allowed', headers: { Allow: 'GET, POST' } });
      return;
    }

    /** @type {Record<string, string>} */
    const headers = {};
    for (const name of FORWARDED_REQUEST_HEADERS) {
      const value = request.headers[name];
      if (typeof value === 'string') headers[name] = value;
    }

    /** @type {Buffer | undefined} */
    let body;
    if (method === 'POST') {
      try {
        body = await readBody(request, MAX_BODY_BYTES);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        sendProblem(response, { status: 413, code: 'validation_failed', title: 'Request too large', headers: { Connection: 'close' } });
        return;
      }
    }

    // Stop waiting for the platform when the page has gone away, or when the platform is too slow.
    const pageGone = new AbortController();
    response.once('close', () => response.writableFinished || pageGone.abort());
    const signal = AbortSignal.any([pageGone.signal, AbortSignal.timeout(timeoutMs)]);
    const startedAt = Date.now();
    // Logged by path only: queries may hold search terms, and headers hold the token.
    const target = `${method} ${path}`;

    /** @type {Response} */
    let upstream;
    /** @type {Buffer} */
    let answer;
    try {
      upstream = await fetch(`${platformBase}${path}${url.search}`, {
        method,
        headers,
        ...(body && { body: Uint8Array.from(body) }),
        // A redirect from the platform is not followed with the cardholder's token.
        redirect: 'manual',
        signal,
      });
      answer = Buffer.from(await upstream.arrayBuffer());
    } catch (error) {
      if (pageGone.signal.aborted) return;
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      log(`rights-api ${target} → ${timedOut ? 504 : 502}: platform ${describeFailure(error)} after ${Date.now() - startedAt} ms`);
      sendProblem(response, {
        status: timedOut ? 504 : 502,
        code: 'internal',
        title: timedOut ? 'The rights platform did not answer in time' : 'The rights platform is unreachable',
        detail: 'The bank could not reach the benefits service. Try again shortly.',
      });
      return;
    }

    if (upstream.status >= 300 && upstream.status < 400 && upstream.status !== 304) {
      log(`rights-api ${target} → 502: platform answered with a redirect (${upstream.status})`);
      sendProblem(response, { status: 502, code: 'internal', title: 'Unexpected answer from the rights platform' });
      return;
    }

    /** @type {Record<string, string>} */
    const returned = { ...BASELINE_HEADERS };
    for (const name of RETURNED_RESPONSE_HEADERS) {
      const value = upstream.headers.get(name);
      if (value !== null) returned[name] = value;
    }
    // Answers are one cardholder's: no shared cache may keep them, whatever the platform said.
    returned['cache-control'] ??= 'private, no-store';
    if (upstream.status >= 500) log(`rights-api ${target} → ${upstream.status} from the platform, request ${returned['x-request-id'] ?? 'none'}`);

    const bodyless = upstream.status === 204 || upstream.status === 304;
    if (!bodyless) returned['content-length'] = String(answer.length);
    response.writeHead(upstream.status, returned);
    response.end(bodyless ? undefined : answer);
  };
}
