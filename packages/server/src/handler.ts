import { createSessionEndpoint } from './session-endpoint.js';
import { createSessionMinter } from './session-minter.js';
import { reuseSessions } from './session-reuse.js';
import type { RightsHandlerOptions } from './options.js';
import { problemResponse } from './problem.js';
import { createProxy } from './proxy.js';

/**
 * The bank backend's rights routes as one standard handler: give it a `Request` for the session path or
 * under the API prefix, get the `Response`. It runs wherever `Request` and `Response` do (Node's own
 * server through `@rights-kit/server/node`, Express, Fastify, or a fetch-style server as it is).
 */
export interface RightsHandler {
  (request: Request): Promise<Response>;
  /** Whether a request for this path is the handler's to answer; adapters pass the others on. */
  handles(pathname: string): boolean;
  readonly sessionPath: string;
  readonly apiPrefix: string;
}

/**
 * @example
 * const rights = createRightsHandler({
 *   platformUrl: process.env.RIGHTS_PLATFORM_URL,
 *   apiKey: process.env.RIGHTS_PLATFORM_API_KEY,
 *   tenantId: process.env.RIGHTS_TENANT_ID,
 *   authenticate: async (request) => bankSessions.customerOf(request),
 * });
 * createServer(toNodeListener(rights)).listen(8080);
 */
export function createRightsHandler(options: RightsHandlerOptions): RightsHandler {
  const {
    platformUrl,
    apiKey,
    tenantId,
    authenticate,
    sessionPath = '/rights-session',
    apiPrefix = '/rights-api',
    platformTimeoutMs = 10_000,
    sessionTimeoutMs = 5_000,
    sessionReuseMs = 10_000,
    maxBodyBytes = 64 * 1024,
    log = (line) => console.warn(line),
    fetch = globalThis.fetch,
  } = options;
  if (!platformUrl || !apiKey || !tenantId || typeof authenticate !== 'function') {
    throw new TypeError('createRightsHandler: `platformUrl`, `apiKey`, `tenantId` and `authenticate` are required.');
  }
  for (const [name, path] of [['sessionPath', sessionPath], ['apiPrefix', apiPrefix]]) {
    if (!/^\/[\w\-/.]*[^/]$/.test(path ?? '')) throw new TypeError(`createRightsHandler: \`${name}\` must be a path like '/rights-api', without a trailing slash.`);
  }

  const mint = createSessionMinter({ platformUrl, apiKey, tenantId, timeoutMs: sessionTimeoutMs, log, fetch });
  const answerSessionRequest = createSessionEndpoint({ authenticate, session: reuseSessions(sessionReuseMs, mint), log });
  const proxy = createProxy({ platformUrl, apiPrefix, timeoutMs: platformTimeoutMs, maxBodyBytes, log, fetch });
  const handles = (pathname: string) => pathname === sessionPath || pathname === apiPrefix || pathname.startsWith(`${apiPrefix}/`);

  const handler = async (request: Request): Promise<Response> => {
    const { pathname } = new URL(request.url);
    try {
      if (pathname === sessionPath) return await answerSessionRequest(request);
      if (handles(pathname)) return await proxy(request);
      return problemResponse({ status: 404, code: 'not_found', title: 'Not found' });
    } catch (error) {
      log(`${request.method} ${pathname} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
      return problemResponse({ status: 500, code: 'internal', title: 'Internal error' });
    }
  };
  return Object.assign(handler, { handles, sessionPath, apiPrefix });
}
