// The handler on Node's own HTTP server (and anything built on it): an IncomingMessage becomes a
// `Request`, the `Response` is written back. No framework is imported, so none is required.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import type { RightsHandler } from './handler.js';
import { problemResponse } from './problem.js';

/** A request that is not the handler's: the next handler in a chain, or a 404 problem without one. */
export type NextHandler = (error?: unknown) => void;

/** The path a Node request asks for; origin-relative, as a server receives it. */
export const pathOf = (request: IncomingMessage): string => {
  try {
    return new URL(`http://localhost${request.url ?? '/'}`).pathname;
  } catch {
    return '';
  }
};

/**
 * The Node request as a `Request`, aborted when the client goes away before its answer. `body` stands in
 * for a stream a framework's body parser has already read.
 */
export function toRequest(request: IncomingMessage, response: ServerResponse, body?: Uint8Array | string): Request {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    // HTTP/2 pseudo-headers (`:path`) are not headers of the request itself.
    if (name.startsWith(':') || value === undefined) continue;
    for (const single of Array.isArray(value) ? value : [value]) headers.append(name, single);
  }
  const gone = new AbortController();
  response.once('close', () => response.writableFinished || gone.abort());
  const method = request.method ?? 'GET';
  const withBody = method !== 'GET' && method !== 'HEAD';
  return new Request(`http://localhost${request.url ?? '/'}`, {
    method,
    headers,
    signal: gone.signal,
    ...(withBody && { body: body ?? (Readable.toWeb(request) as ReadableStream<Uint8Array>), duplex: 'half' }),
  } as RequestInit);
}

/** Writes `answer` to the Node response. */
export async function writeResponse(answer: Response, response: ServerResponse): Promise<void> {
  if (response.destroyed) return;
  const body = Buffer.from(await answer.arrayBuffer());
  response.statusCode = answer.status;
  answer.headers.forEach((value, name) => {
    if (name !== 'set-cookie') response.setHeader(name, value);
  });
  const cookies = answer.headers.getSetCookie();
  if (cookies.length > 0) response.setHeader('set-cookie', cookies);
  if (answer.status !== 204 && answer.status !== 304) response.setHeader('content-length', body.byteLength);
  response.end(body);
}

/** Answers one Node request with the handler. */
export async function serveNode(handler: RightsHandler, request: IncomingMessage, response: ServerResponse, body?: Uint8Array | string): Promise<void> {
  let answer: Response;
  try {
    answer = await handler(toRequest(request, response, body));
  } catch {
    // Only a request Node could not turn into a `Request` (a malformed target) gets here.
    answer = problemResponse({ status: 400, code: 'validation_failed', title: 'Bad request' });
  }
  await writeResponse(answer, response);
}

/**
 * A `node:http` request listener, or a step in a chain when given `next`: requests that are not the
 * handler's go to `next`, or get a 404 problem.
 * @example createServer(toNodeListener(createRightsHandler(options))).listen(8080);
 */
export function toNodeListener(handler: RightsHandler) {
  return (request: IncomingMessage, response: ServerResponse, next?: NextHandler): Promise<void> => {
    if (handler.handles(pathOf(request))) return serveNode(handler, request, response);
    if (next) {
      next();
      return Promise.resolve();
    }
    return writeResponse(problemResponse({ status: 404, code: 'not_found', title: 'Not found' }), response);
  };
}
