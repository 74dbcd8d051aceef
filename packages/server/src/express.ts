// The handler as Express middleware. Express's own types are not imported: its requests and responses
// are Node's, so this takes those, and `app.use(rightsMiddleware(handler))` type-checks with or without
// `@types/express`.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RightsHandler } from './handler.js';
import { pathOf, serveNode, type NextHandler } from './node.js';

/** An Express request, as far as this middleware reads it: `body` is set when a body parser ran first. */
type ParsedRequest = IncomingMessage & { body?: unknown };

/**
 * The body a parser mounted before this middleware already read (`express.json()`, `express.raw()`),
 * as bytes to forward; `undefined` when the stream is still unread.
 */
function parsedBody(request: ParsedRequest): Uint8Array | string | undefined {
  if (!request.readableEnded || request.body === undefined) return undefined;
  const { body } = request;
  if (body instanceof Uint8Array || typeof body === 'string') return body;
  return JSON.stringify(body);
}

/**
 * Express middleware answering the session path and everything under the API prefix; every other request
 * goes on to the next middleware. Mount it before any body parser, or after one: both work.
 * @example app.use(rightsMiddleware(createRightsHandler(options)));
 */
export function rightsMiddleware(handler: RightsHandler) {
  return (request: ParsedRequest, response: ServerResponse, next: NextHandler): void => {
    if (!handler.handles(pathOf(request))) return next();
    serveNode(handler, request, response, parsedBody(request)).catch(next);
  };
}
