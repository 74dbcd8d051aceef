/**
 * The sandbox as a real HTTP server on this machine, for the demo app, end-to-end tests and native
 * app teams: iOS WKWebView only gives service workers to app-bound domains, so an in-page mock cannot
 * serve a WebView there, while a server can.
 */
import { createMiddleware } from '@mswjs/http-middleware';
import express, { type Express, type RequestHandler } from 'express';
import type { AddressInfo } from 'node:net';
import { createHandlers, type SandboxOptions } from './handlers.js';

export interface SandboxServerOptions extends SandboxOptions {
  /** A folder of static files to serve beside the API, such as a built app. */
  staticDir?: string;
  /** A `Content-Security-Policy` for those static files, to prove an app works under the bank's policy. */
  contentSecurityPolicy?: string;
}

export interface StartSandboxOptions extends SandboxServerOptions {
  /** @default 0, any free port */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
}

export interface RunningSandbox {
  /** The server's origin, e.g. `http://127.0.0.1:4321`. */
  url: string;
  close(): Promise<void>;
}

// Any origin may call the sandbox (a bank's dev server, Storybook, a device on the LAN). It sets no
// cookies and the bearer token travels in a header, so a wildcard origin exposes nothing.
const allowCrossOrigin: RequestHandler = (request, response, next) => {
  response.set({
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Allow-Methods': 'GET, POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Authorization, Accept-Language, Content-Type, Idempotency-Key, X-Request-Id',
    'Access-Control-Expose-Headers': 'X-Request-Id, Retry-After',
    'Access-Control-Max-Age': '600',
  });
  if (request.method === 'OPTIONS') response.status(204).end();
  else next();
};

/** An express app serving the sandbox API (and, optionally, static files). */
export function createSandboxApp({ staticDir, contentSecurityPolicy, ...options }: SandboxServerOptions = {}): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(allowCrossOrigin);
  app.use(createMiddleware(...createHandlers(options)));
  if (staticDir) {
    app.use(
      express.static(staticDir, {
        index: 'index.html',
        setHeaders: (response) => contentSecurityPolicy && response.setHeader('Content-Security-Policy', contentSecurityPolicy),
      }),
    );
  }
  return app;
}

/** Starts the sandbox server and resolves once it is listening. */
export function startSandbox({ port = 0, host = '127.0.0.1', ...options }: StartSandboxOptions = {}): Promise<RunningSandbox> {
  const app = createSandboxApp(options);
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('error', reject);
    server.once('listening', () => {
      const { port: actualPort } = server.address() as AddressInfo;
      resolve({
        url: `http://${host.includes(':') ? `[${host}]` : host}:${actualPort}`,
        close: () => new Promise((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
  });
}
