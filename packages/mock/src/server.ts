/**
 * The sandbox as a real HTTP server on this machine, for the demo app, end-to-end tests and native
 * app teams: iOS WKWebView only gives service workers to app-bound domains, so an in-page mock cannot
 * serve a WebView there, while a server can.
 */
import { createMiddleware } from '@mswjs/http-middleware';
import express, { type Express, type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { createSandbox, type Sandbox, type SandboxOptions } from './handlers.js';

export interface SandboxServerOptions extends SandboxOptions {
  /**
   * Origins whose pages may call the sandbox from a browser (CORS), e.g. `http://localhost:3000`, or
   * `'*'` for any. None by default: only pages the sandbox itself serves.
   */
  corsOrigins?: readonly string[];
  /** A folder of static files to serve beside the API, such as a built app. */
  staticDir?: string;
  /** A `Content-Security-Policy` for those static files, to prove an app works under the bank's policy. */
  contentSecurityPolicy?: string;
  /** Adds the host's own routes (say, a demo bank backend) in front of the sandbox's. */
  configure?: (app: Express) => void;
}

export interface StartSandboxOptions extends SandboxServerOptions {
  /** @default 4010 */
  port?: number;
  /** Loopback only unless asked, e.g. `0.0.0.0` to reach it from a phone. @default '127.0.0.1' */
  host?: string;
}

export interface RunningSandbox {
  /** The server's origin, e.g. `http://127.0.0.1:4010`. */
  url: string;
  /** Its state and clock, for tests and for a host app's own routes. */
  sandbox: Sandbox;
  close(): Promise<void>;
}

function allowCrossOrigin(origins: readonly string[]): RequestHandler {
  const any = origins.includes('*');
  return (request, response, next) => {
    const origin = request.get('Origin');
    if (origin && (any || origins.includes(origin))) {
      // The bearer token travels in a header and no cookies are set, so credentials stay off.
      response.set({
        'Access-Control-Allow-Origin': any ? '*' : origin,
        'Access-Control-Allow-Methods': 'GET, POST, PUT, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': 'Authorization, Accept-Language, Content-Type, Idempotency-Key, X-Request-Id, X-Step-Up-Proof, X-Sandbox-Scenario',
        'Access-Control-Expose-Headers': 'X-Request-Id, Retry-After',
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    if (request.method === 'OPTIONS') response.status(204).end();
    else next();
  };
}

/** An express app serving the sandbox API (and, optionally, static files), with the sandbox behind it. */
export function createSandboxApp({ staticDir, contentSecurityPolicy, corsOrigins = [], configure, ...options }: SandboxServerOptions = {}): {
  app: Express;
  sandbox: Sandbox;
} {
  const sandbox = createSandbox(options);
  const app = express();
  app.disable('x-powered-by');
  app.use(allowCrossOrigin(corsOrigins));
  configure?.(app);
  app.use(createMiddleware(...sandbox.handlers));
  if (staticDir) {
    app.use(
      express.static(staticDir, {
        index: 'index.html',
        setHeaders: (response) => contentSecurityPolicy && response.setHeader('Content-Security-Policy', contentSecurityPolicy),
      }),
    );
  }
  return { app, sandbox };
}

/** Starts the sandbox server and resolves once it is listening. */
export function startSandbox({ port = 4010, host = '127.0.0.1', ...options }: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const { app, sandbox } = createSandboxApp(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
        sandbox,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
