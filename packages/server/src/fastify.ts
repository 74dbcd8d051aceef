// The handler as a Fastify plugin. Fastify's types are not imported: the plugin asks of the instance only
// what it calls, and reads Fastify's raw Node request and response.
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RightsHandler } from './handler.js';
import { serveNode } from './node.js';

/** What the plugin uses of a Fastify instance. */
export interface FastifyInstanceLike {
  removeAllContentTypeParsers(): void;
  addContentTypeParser(contentType: string, parser: (request: unknown, payload: unknown, done: (error: Error | null, body?: unknown) => void) => void): void;
  route(options: {
    method: string[];
    url: string;
    handler: (request: { raw: IncomingMessage }, reply: { raw: ServerResponse; hijack(): void }) => Promise<void>;
  }): unknown;
}

/** Every method a route may see; the handler itself answers those it does not serve. */
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/**
 * A Fastify plugin routing the session path and everything under the API prefix to the handler. Register
 * it as it is (not wrapped in `fastify-plugin`): it tells Fastify to leave request bodies unread, which the
 * handler reads itself within its bounds, and that must stay inside the plugin.
 * @example await app.register(rightsPlugin(createRightsHandler(options)));
 */
export function rightsPlugin(handler: RightsHandler) {
  return async function rightsKit(fastify: FastifyInstanceLike): Promise<void> {
    fastify.removeAllContentTypeParsers();
    fastify.addContentTypeParser('*', (_request, _payload, done) => done(null));
    const route = {
      method: METHODS,
      async handler(request: { raw: IncomingMessage }, reply: { raw: ServerResponse; hijack(): void }) {
        // The answer is written to Node's response directly, as the other adapters do.
        reply.hijack();
        await serveNode(handler, request.raw, reply.raw);
      },
    };
    for (const url of [handler.sessionPath, handler.apiPrefix, `${handler.apiPrefix}/*`]) fastify.route({ ...route, url });
  };
}
