// The rights API under the bank's own domain: `<apiPrefix>/v1/...` is forwarded to the platform's
// `/v1/...`. The page then calls its own origin only, so the bank's Content-Security-Policy stays
// `connect-src 'self'` and no CORS is involved.
import { ENDPOINTS, HEADERS } from '@rights-kit/contract';
import { BodyTooLargeError, readBoundedBody } from './body.js';
import { BASELINE_HEADERS, describeFailure, problemResponse, type RightsLog } from './problem.js';
import { FORWARDED_REQUEST_HEADERS, pick, RETURNED_RESPONSE_HEADERS } from './proxy-headers.js';

export interface ProxyOptions {
  platformUrl: string;
  apiPrefix: string;
  timeoutMs: number;
  maxBodyBytes: number;
  log: RightsLog;
  fetch: typeof fetch;
}

/** Methods of the rights API: reads and idempotent writes. */
const METHODS = ['GET', 'POST'];
/**
 * Encoded slashes, backslashes and dots have no place in a rights API path (the client's path helper
 * refuses them in parameters); a platform that decoded them could be walked out of `/v1/`.
 */
const ENCODED_TRAVERSAL = /%2f|%5c|%2e|\\/i;

export function createProxy({ platformUrl, apiPrefix, timeoutMs, maxBodyBytes, log, fetch }: ProxyOptions) {
  const platformBase = platformUrl.replace(/\/+$/, '');
  const sessions = ENDPOINTS.createSession.path;

  return async function proxy(request: Request): Promise<Response> {
    // The URL parser has resolved `..` and `%2e%2e` segments, so a path that climbs out of the prefix no
    // longer starts with it and is refused here.
    const url = new URL(request.url);
    const path = url.pathname.slice(apiPrefix.length);
    // Only the rights API itself: not the platform's sandbox or admin routes, and never session minting,
    // which takes the bank's API key and happens on this server only.
    const confined = url.pathname.startsWith(`${apiPrefix}/v1/`) && path !== sessions && !path.startsWith(`${sessions}/`) && !ENCODED_TRAVERSAL.test(path);
    if (!confined) return problemResponse({ status: 404, code: 'not_found', title: 'Not found', detail: `No rights API resource at ${url.pathname}.` });
    if (!METHODS.includes(request.method)) {
      return problemResponse({ status: 405, code: 'validation_failed', title: 'Method not allowed', headers: { Allow: METHODS.join(', ') } });
    }

    let body: Uint8Array<ArrayBuffer> | undefined;
    if (request.method === 'POST') {
      try {
        body = await readBoundedBody(request, maxBodyBytes);
      } catch (error) {
        if (!(error instanceof BodyTooLargeError)) throw error;
        return problemResponse({ status: 413, code: 'validation_failed', title: 'Request too large', headers: { Connection: 'close' } });
      }
    }

    // Logged by path only: queries may hold search terms, and headers hold the token.
    const target = `${request.method} ${path}`;
    const startedAt = Date.now();
    let upstream: Response;
    let answer: ArrayBuffer;
    try {
      upstream = await fetch(`${platformBase}${path}${url.search}`, {
        method: request.method,
        headers: pick(request.headers, FORWARDED_REQUEST_HEADERS),
        ...(body && { body }),
        // A redirect from the platform is not followed with the cardholder's token.
        redirect: 'manual',
        // Stop waiting when the page has gone away, or when the platform is too slow.
        signal: AbortSignal.any([request.signal, AbortSignal.timeout(timeoutMs)]),
      });
      answer = await upstream.arrayBuffer();
    } catch (error) {
      if (request.signal.aborted) return problemResponse({ status: 499, code: 'internal', title: 'The request was abandoned' });
      const timedOut = error instanceof Error && error.name === 'TimeoutError';
      log(`rights-api ${target} → ${timedOut ? 504 : 502}: platform ${describeFailure(error)} after ${Date.now() - startedAt} ms`);
      return problemResponse({
        status: timedOut ? 504 : 502,
        code: 'internal',
        title: timedOut ? 'The rights platform did not answer in time' : 'The rights platform is unreachable',
        detail: 'The bank could not reach the benefits service. Try again shortly.',
      });
    }

    if (upstream.status >= 300 && upstream.status < 400 && upstream.status !== 304) {
      log(`rights-api ${target} → 502: platform answered with a redirect (${upstream.status})`);
      return problemResponse({ status: 502, code: 'internal', title: 'Unexpected answer from the rights platform' });
    }
    const returned: Record<string, string> = { ...BASELINE_HEADERS, ...pick(upstream.headers, RETURNED_RESPONSE_HEADERS) };
    // Answers are one cardholder's: no shared cache may keep them, whatever the platform said.
    returned['cache-control'] ??= 'private, no-store';
    if (upstream.status >= 500) log(`rights-api ${target} → ${upstream.status} from the platform, request ${upstream.headers.get(HEADERS.requestId) ?? 'none'}`);
    const bodyless = upstream.status === 204 || upstream.status === 304;
    return new Response(bodyless ? null : answer, { status: upstream.status, headers: returned });
  };
}
