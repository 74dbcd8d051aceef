// `npm start`: builds what the demo needs and serves the demo bank app and the sandbox API on one
// origin, so the page calls the API over real HTTP with no proxy or CORS setup.
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { addBankBackend } from '../examples/bank-app/bank-backend.js';
import { buildNodePackages } from './build-node.js';
import { DEMO_CSP, servePage } from './strict-policy.js';

const BANK_APP = fileURLToPath(new URL('../examples/bank-app/', import.meta.url));


/**
 * Builds the demo and starts serving it; resolves with the running server. `buildPackages: false` skips
 * compiling the sandbox for Node, for callers that just did (the tests' global setup).
 */
export async function startDemo({ port = 5173, host = '127.0.0.1', quiet = false, buildPackages = true } = {}) {
  // The sandbox server runs in Node, so it needs the contract and mock packages compiled.
  if (buildPackages) await buildNodePackages({ quiet });
  await build({ configFile: `${BANK_APP}vite.config.ts`, logLevel: quiet ? 'silent' : 'warn' });

  const { startSandbox } = await import('@rights-kit/mock/server');
  return startSandbox({
    port,
    host,
    staticDir: `${BANK_APP}dist`,
    contentSecurityPolicy: DEMO_CSP,
    configure(app) {
      addBankBackend(app);
      // The demo runs under the strict policy a bank's own pages use; the page itself with a nonce of its
      // own for the styles of browsers without constructable stylesheets.
      app.get(['/', '/index.html'], servePage(`${BANK_APP}dist/index.html`));
    },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5173);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const demo = await startDemo({ port, host });
    console.log(`\n  rights-kit demo bank app:  ${demo.url}/`);
    console.log(`  same page in English, dark: ${demo.url}/?locale=en&theme=dark`);
    console.log(`  sandbox API:               ${demo.url}/v1/benefits\n`);
    console.log('  Press Ctrl+C to stop.');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      console.error(`Port ${port} is taken. Start on another one with: PORT=5174 npm start`);
      process.exit(1);
    }
    throw error;
  }
}
