// Builds the React host with Vite and serves it with the sandbox API and the demo bank's session
// endpoint on one origin, under the demo's strict Content-Security-Policy. Run from the repository root:
//   node examples/react-host/serve.js
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { buildNodePackages } from '../../scripts/build-node.js';
import { DEMO_CSP } from '../../scripts/strict-policy.js';
import { addBankBackend } from '../bank-app/bank-backend.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the app and starts serving it; resolves with the running sandbox (`url`, `sandbox`, `close()`).
 * `buildPackages: false` skips compiling the sandbox for Node, for callers that just did (the tests'
 * global setup).
 */
export async function startReactHost({ port = 5175, host = '127.0.0.1', quiet = false, buildPackages = true } = {}) {
  if (buildPackages) await buildNodePackages({ quiet });
  await build({ configFile: `${HERE}vite.config.ts`, logLevel: quiet ? 'silent' : 'warn' });
  const { startSandbox } = await import('@rights-kit/mock/server');
  return startSandbox({ port, host, staticDir: `${HERE}dist`, contentSecurityPolicy: DEMO_CSP, configure: addBankBackend });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 5175);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const app = await startReactHost({ port, host });
    process.stdout.write(`\n  rights-kit in a React app:  ${app.url}/\n`);
    process.stdout.write(`  in Simplified Chinese:      ${app.url}/?locale=zh-CN\n`);
    process.stdout.write('  Press Ctrl+C to stop.\n');
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${port} is taken. Start on another one with: PORT=5176 node examples/react-host/serve.js\n`);
      process.exit(1);
    }
    throw error;
  }
}
