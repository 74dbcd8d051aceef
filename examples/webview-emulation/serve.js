// Builds the rights page and serves it from the example bank backend (examples/backend-session): the
// page, `/bank/rights-session` and the proxied `/rights-api` on one origin, as a bank would serve them.
// Native app teams point their WebView here to try the iOS, Android and HarmonyOS examples.
//
//   node examples/webview-emulation/serve.js                  # http://127.0.0.1:4020/
//   HOST=0.0.0.0 PORT=4020 node examples/webview-emulation/serve.js
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startBackendSession } from '../backend-session/server.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));
const DIST = join(HERE, 'dist');

const CONTENT_TYPES = /** @type {Record<string, string>} */ ({
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json',
});

/**
 * The page's policy: its own origin for everything, images also from the platform (the sandbox draws
 * benefit art there), no inline code and no eval.
 * @param {string} platformUrl
 */
export function pagePolicy(platformUrl) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    `img-src 'self' ${new URL(platformUrl).origin}`,
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * Serves the built page's files; everything else is a 404.
 * @param {() => string} policy
 */
function servePage(policy) {
  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {import('node:http').ServerResponse} response
   */
  return async (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://page.invalid');
    const file = resolve(DIST, `.${decodeURIComponent(pathname === '/' ? '/index.html' : pathname)}`);
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !file.startsWith(DIST + sep)) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    try {
      const body = await readFile(file);
      response.writeHead(200, {
        'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
        'Content-Length': String(body.length),
        // Vite names assets by content; the page itself is always looked up again.
        'Cache-Control': pathname.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
        'Content-Security-Policy': policy(),
        'X-Content-Type-Options': 'nosniff',
      });
      response.end(request.method === 'HEAD' ? undefined : body);
    } catch {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
    }
  };
}

/**
 * Builds the page (unless `build: false`) and starts the bank backend serving it.
 * @param {{ port?: number, host?: string, build?: boolean, quiet?: boolean, log?: (line: string) => void }} [options]
 */
export async function startWebViewEmulation({ port = 4020, host = '127.0.0.1', build = true, quiet = false, log } = {}) {
  if (build) {
    const vite = await import('vite');
    await vite.build({ configFile: join(HERE, 'vite.config.ts'), logLevel: quiet ? 'silent' : 'warn' });
  }
  let platformUrl = '';
  const backend = await startBackendSession({ port, host, ...(log && { log }), fallback: servePage(() => pagePolicy(platformUrl)) });
  platformUrl = backend.platformUrl;
  return backend;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const backend = await startWebViewEmulation({
    port: Number(process.env.PORT ?? 4020),
    host: process.env.HOST ?? '127.0.0.1',
    log: (line) => process.stdout.write(`${new Date().toISOString()} ${line}\n`),
  });
  process.stdout.write(`\n  rights page for WebViews: ${backend.url}/   (platform: ${backend.platformUrl})\n\n`);
  const stop = () => void backend.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
