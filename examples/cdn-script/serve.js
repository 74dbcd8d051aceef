// Serves the one-file page on one origin with everything it talks to: the drop-in script, the bank's
// session endpoint (the demo bank's, see ../bank-app/bank-backend.js) and the sandbox API, under the
// strict Content-Security-Policy the demo bank app uses, with a fresh style nonce for each page. Run from the repository root:
//   node examples/cdn-script/serve.js
import { fileURLToPath } from 'node:url';
import { buildNodePackages } from '../../scripts/build-node.js';
import { DROP_IN, ensureDropIn } from '../../scripts/drop-in.js';
import { DEMO_CSP, servePage } from '../../scripts/strict-policy.js';
import { addBankBackend } from '../bank-app/bank-backend.js';

/** @param {string} file */
const here = (file) => fileURLToPath(new URL(file, import.meta.url));


/** What the page is made of: the HTML and the script beside it, the files a bank copies. */
export const PAGE_FILES = [here('index.html'), here('benefits.js')];

/** Each URL the page loads, and its file. Nothing else in this folder is served. */
const ROUTES = {
  '/': here('index.html'),
  '/benefits.js': here('benefits.js'),
  '/rights-kit.iife.js': DROP_IN,
  '/rights-kit.iife.js.map': `${DROP_IN}.map`,
};

/**
 * Starts serving the page; resolves with the running sandbox (`url`, `sandbox`, `close()`). Builds the
 * drop-in first when it is missing. `buildPackages: false` skips compiling the sandbox for Node, for
 * callers that just did (the tests' global setup). `routes` adds files (URL → path) served the same way,
 * under the same policy: the tests' pages of a bank that runs its own Lit.
 * @param {{ port?: number, host?: string, quiet?: boolean, buildPackages?: boolean, routes?: Record<string, string> }} [options]
 */
export async function startCdnScriptPage({ port = 5174, host = '127.0.0.1', quiet = false, buildPackages = true, routes = {} } = {}) {
  if (buildPackages) await buildNodePackages({ quiet });
  await ensureDropIn({ quiet });
  const { startSandbox } = await import('@rights-kit/mock/server');
  return startSandbox({
    port,
    host,
    configure(app) {
      addBankBackend(app);
      for (const [path, file] of Object.entries({ ...ROUTES, ...routes })) {
        // A page gets a fresh style nonce in its policy and in a <meta property="csp-nonce">; files the policy alone.
        if (file.endsWith('.html')) app.get(path, servePage(file));
        else app.get(path, (_request, response) => response.set('Content-Security-Policy', DEMO_CSP).sendFile(file));
      }
      // The page names no icon; answer the browser's own request for one rather than log a 404.
      app.get('/favicon.ico', (_request, response) => response.status(204).end());
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5174);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const page = await startCdnScriptPage({ port, host });
    process.stdout.write(`\n  rights-kit with one script tag:  ${page.url}/\n`);
    process.stdout.write('  Press Ctrl+C to stop.\n');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${port} is taken. Start on another one with: PORT=5175 node examples/cdn-script/serve.js\n`);
      process.exit(1);
    }
    throw error;
  }
}
