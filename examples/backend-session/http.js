// What the bank's routes share: JSON and RFC 9457 problem answers, bounded request bodies.

/** Headers every answer of the bank's backend carries. */
export const BASELINE_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

/**
 * Sends a JSON body.
 * @param {import('node:http').ServerResponse} response
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers]
 */
export function sendJson(response, status, body, headers = {}) {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    ...BASELINE_HEADERS,
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    ...headers,
  });
  response.end(text);
}

/**
 * Sends an RFC 9457 problem with one of the rights API's stable codes, so the rights client reads the
 * bank's own refusals (no session, platform down) exactly as it reads the platform's.
 * @param {import('node:http').ServerResponse} response
 * @param {{ status: number, code: string, title: string, detail?: string, headers?: Record<string, string> }} problem
 */
export function sendProblem(response, { status, code, title, detail, headers = {} }) {
  const text = JSON.stringify({ type: 'about:blank', title, status, code, ...(detail && { detail }) });
  response.writeHead(status, {
    ...BASELINE_HEADERS,
    'Content-Type': 'application/problem+json; charset=utf-8',
    'Content-Length': String(Buffer.byteLength(text)),
    'Cache-Control': 'no-store',
    ...headers,
  });
  response.end(text);
}

/** A request body larger than the limit: answered with 413, not buffered. */
export class BodyTooLargeError extends Error {
  /** @override */
  name = 'BodyTooLargeError';
}

/**
 * Reads a request body of at most `limit` bytes.
 * @param {import('node:http').IncomingMessage} request
 * @param {number} limit
 * @returns {Promise<Buffer>}
 */
export async function readBody(request, limit) {
  const declared = Number(request.headers['content-length']);
  if (declared > limit) throw new BodyTooLargeError(`The body is over ${limit} bytes.`);
  /** @type {Buffer[]} */
  const chunks = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > limit) throw new BodyTooLargeError(`The body is over ${limit} bytes.`);
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/**
 * Why a call to the rights platform failed, for the log: a timeout, a refused connection, a DNS miss.
 * Never the request itself, which carries the API key or a session token.
 * @param {unknown} error
 */
export function describeFailure(error) {
  if (!(error instanceof Error)) return 'unknown error';
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = /** @type {{ code?: unknown } | undefined} */ (error.cause);
  return typeof cause?.code === 'string' ? `unreachable (${cause.code})` : `unreachable (${error.name})`;
}
