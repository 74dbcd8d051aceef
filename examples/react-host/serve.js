// Builds the React host with Vite and serves it with the sandbox API and the demo bank's session
// endpoint on one origin, under the demo's strict Content-Security-Policy. Run from the repository root:
//   node examples/react-host/serve.js
import { fileURLToPath } from 'node:url';
import { serveExample, serveFromCommandLine } from '../../scripts/serve-example.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/**
 * Builds the app and starts serving it; resolves with the running sandbox (`url`, `sandbox`, `close()`).
 * `buildPackages: false` skips compiling the sandbox for Node, for callers that just did (the tests'
 * global setup).
 */
export function startReactHost({ port = 5175, host = '127.0.0.1', quiet = false, buildPackages = true } = {}) {
  return serveExample(HERE, { port, host, quiet, buildPackages });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await serveFromCommandLine(startReactHost, {
    defaultPort: 5175,
    command: 'node examples/react-host/serve.js',
    describe: (url) => [`rights-kit in a React app:  ${url}/`, `in Simplified Chinese:      ${url}/?locale=zh-CN`],
  });
}
