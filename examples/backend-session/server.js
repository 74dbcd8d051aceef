// A bank's backend, as much of it as rights-kit needs: the bank's own sign-in (a demo cookie session),
// `POST /bank/rights-session` minting the signed-in cardholder's rights session server to server, and
// the rights API proxied under the bank's domain at `/rights-api/v1/...`.
//
//   node examples/backend-session/server.js          # with a sandbox platform of its own
//   RIGHTS_PLATFORM_URL=… RIGHTS_PLATFORM_API_KEY=… RIGHTS_TENANT_ID=… node examples/backend-session/server.js
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createRightsHandler } from '@rights-kit/server';
import { toNodeListener } from '@rights-kit/server/node';
import { createDemoBankAuth } from './bank-auth.js';

/** The sandbox's key and tenant for Jade Bank, used only with the sandbox this server starts itself. */
const SANDBOX_TENANT = { apiKey: 'sk_sandbox_jade', tenantId: 'jade' };

/** Where the app's `getToken()` asks, and where the rights API appears: the rights client's `baseUrl`. */
export const SESSION_PATH = '/bank/rights-session';
export const RIGHTS_API_PREFIX = '/rights-api';

/**
 * @typedef {object} BackendSessionOptions
 * @property {number} [port]  0 for any free port. Default: 4020.
 * @property {string} [host]  Loopback unless asked. Default: '127.0.0.1'.
 * @property {string} [platformUrl]  The rights platform. Without it, a sandbox platform is started on a free loopback port.
 * @property {string} [apiKey]  The bank's platform API key; required with `platformUrl`.
 * @property {string} [tenantId]  The bank's tenant id; required with `platformUrl`.
 * @property {import('@rights-kit/server').Authenticate} [authenticate]  The bank's own authentication. Default: the demo cookie session.
 * @property {number} [platformTimeoutMs]  How long to wait for the platform. Default: 10000.
 * @property {(line: string) => void} [log]  Operational log lines; they never hold a token or the API key. Default: console.warn.
 * @property {import('node:http').RequestListener} [fallback]  Answers everything else (the bank's pages, say). Default: a 404 problem.
 */

/**
 * @typedef {object} RunningBackendSession
 * @property {string} url  This server's origin, e.g. `http://127.0.0.1:4020`.
 * @property {string} platformUrl  The platform it talks to.
 * @property {import('@rights-kit/mock/server').RunningSandbox} [sandbox]  The sandbox it started, if it started one.
 * @property {() => Promise<void>} close  Stops the server (and its sandbox).
 */

/**
 * Starts the bank backend and resolves once it is listening.
 * @param {BackendSessionOptions} [options]
 * @returns {Promise<RunningBackendSession>}
 */
export async function startBackendSession({ port = 4020, host = '127.0.0.1', platformUrl, apiKey, tenantId, authenticate, platformTimeoutMs = 10_000, log = (line) => console.warn(line), fallback } = {}) {
  /** @type {import('@rights-kit/mock/server').RunningSandbox | undefined} */
  let sandbox;
  if (platformUrl === undefined) {
    const { startSandbox } = await import('@rights-kit/mock/server');
    sandbox = await startSandbox({ port: 0 });
    platformUrl = sandbox.url;
    apiKey ??= SANDBOX_TENANT.apiKey;
    tenantId ??= SANDBOX_TENANT.tenantId;
  }
  if (!apiKey || !tenantId) {
    await sandbox?.close();
    throw new Error('startBackendSession: `apiKey` and `tenantId` are required with `platformUrl` (RIGHTS_PLATFORM_API_KEY, RIGHTS_TENANT_ID).');
  }

  const bankAuth = createDemoBankAuth();
  // Everything rights-kit needs of the bank's backend: the session endpoint and the proxied rights API.
  const rights = toNodeListener(
    createRightsHandler({ platformUrl, apiKey, tenantId, authenticate: authenticate ?? bankAuth.authenticate, sessionPath: SESSION_PATH, apiPrefix: RIGHTS_API_PREFIX, platformTimeoutMs, log }),
  );
  /** @type {Record<string, import('node:http').RequestListener>} */
  const bankRoutes = {
    'POST /bank/sign-in': bankAuth.handleSignIn,
    'POST /bank/sign-out': bankAuth.handleSignOut,
  };
  /**
   * The bank's own routes and pages: whatever the rights handler leaves.
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  async function serveBank(request, response) {
    const route = bankRoutes[`${request.method} ${new URL(request.url ?? '/', 'http://bank.invalid').pathname}`];
    if (route) return route(request, response);
    if (fallback) return fallback(request, response);
    const body = JSON.stringify({ type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' });
    response.writeHead(404, { 'Content-Type': 'application/problem+json; charset=utf-8', 'Cache-Control': 'no-store' }).end(body);
  }

  const server = createServer((request, response) => {
    void rights(request, response, () => {
      serveBank(request, response).catch((error) => {
        log(`${request.method} failed: ${error instanceof Error ? error.name : 'unknown error'}`);
        if (!response.headersSent) response.writeHead(500).end();
        else response.destroy();
      });
    });
  });
  // Bounds for slow or idle clients; the platform's own timeout is shorter than the request timeout.
  server.requestTimeout = platformTimeoutMs + 5000;
  server.headersTimeout = 10_000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(undefined));
  }).catch(async (error) => {
    await sandbox?.close();
    throw error;
  });
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  const resolvedPlatformUrl = platformUrl;

  return {
    url: `http://${address.family === 'IPv6' ? `[${address.address}]` : address.address}:${address.port}`,
    platformUrl: resolvedPlatformUrl,
    ...(sandbox && { sandbox }),
    async close() {
      await new Promise((resolve) => {
        server.close(() => resolve(undefined));
        server.closeAllConnections();
      });
      await sandbox?.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { env } = process;
  try {
    const backend = await startBackendSession({
      port: Number(env.PORT ?? 4020),
      host: env.HOST ?? '127.0.0.1',
      platformUrl: env.RIGHTS_PLATFORM_URL || undefined,
      apiKey: env.RIGHTS_PLATFORM_API_KEY || undefined,
      tenantId: env.RIGHTS_TENANT_ID || undefined,
      log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
    });
    process.stdout.write(
      [
        '',
        `  bank backend:     ${backend.url}`,
        `  rights platform:  ${backend.platformUrl}${backend.sandbox ? ' (sandbox)' : ''}`,
        '',
        '  Try it:',
        `    curl -c jar -X POST ${backend.url}/bank/sign-in -H 'Content-Type: application/json' -d '{"username":"li.hua"}'`,
        `    curl -b jar -X POST ${backend.url}/bank/rights-session`,
        `    curl ${backend.url}/rights-api/v1/benefits -H "Authorization: Bearer <token>"`,
        '',
        '',
      ].join('\n'),
    );
    const stop = () => void backend.close().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${env.PORT ?? 4020} is taken. Start on another one with: PORT=4021 npm start\n`);
      process.exit(1);
    }
    throw error;
  }
}
