// Builds an example app with Vite and serves it with the sandbox API and the demo bank's backend
// (examples/bank-app/bank-backend.js) on one origin, under the demo's strict Content-Security-Policy:
// what the React and Vue hosts share.
import { build } from 'vite';
import { addBankBackend } from '../examples/bank-app/bank-backend.js';
import { buildNodePackages } from './build-node.js';
import { DEMO_CSP } from './strict-policy.js';

/**
 * Builds the app in `folder` (its `vite.config.ts`) and starts serving it; resolves with the running
 * sandbox (`url`, `sandbox`, `close()`). `buildPackages: false` skips compiling the sandbox for Node, for
 * callers that just did (the tests' global setup).
 * @param {string} folder  With a trailing slash.
 * @param {{ port: number, host?: string, quiet?: boolean, buildPackages?: boolean, contentSecurityPolicy?: string }} options
 */
export async function serveExample(folder, { port, host = '127.0.0.1', quiet = false, buildPackages = true, contentSecurityPolicy = DEMO_CSP }) {
  if (buildPackages) await buildNodePackages({ quiet });
  await build({ configFile: `${folder}vite.config.ts`, logLevel: quiet ? 'silent' : 'warn' });
  const { startSandbox } = await import('@rights-kit/mock/server');
  return startSandbox({ port, host, staticDir: `${folder}dist`, contentSecurityPolicy, configure: addBankBackend });
}

/**
 * Runs `start` from the command line: `PORT` and `HOST` choose where, and the lines it prints say where
 * to look.
 * @param {(options: { port: number, host: string }) => Promise<{ url: string }>} start
 * @param {{ defaultPort: number, command: string, describe: (url: string) => string[] }} how
 */
export async function serveFromCommandLine(start, { defaultPort, command, describe }) {
  const port = Number(process.env.PORT ?? defaultPort);
  const host = process.env.HOST ?? '127.0.0.1';
  try {
    const app = await start({ port, host });
    process.stdout.write(`\n${describe(app.url).map((line) => `  ${line}\n`).join('')}  Press Ctrl+C to stop.\n`);
  } catch (error) {
    if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
      process.stderr.write(`Port ${port} is taken. Start on another one with: PORT=${port + 1} ${command}\n`);
      process.exit(1);
    }
    throw error;
  }
}
