// Builds the Vue host with Vite and serves it with the sandbox API and the demo bank's session endpoint
// on one origin, under the demo's strict Content-Security-Policy, with Vue's own Trusted Types policy
// allowed beside rights-kit's. Run from the repository root:
//   node examples/vue-host/serve.js
import { fileURLToPath } from 'node:url';
import { serveExample, serveFromCommandLine } from '../../scripts/serve-example.js';
import { strictPolicy } from '../../scripts/strict-policy.js';

const HERE = fileURLToPath(new URL('.', import.meta.url));

/** The demo's policy, plus the Trusted Types policy `vue` that Vue's runtime creates as it loads. */
export const VUE_HOST_CSP = strictPolicy({ frameworkPolicies: ['vue'] });

/**
 * Builds the app and starts serving it; resolves with the running sandbox (`url`, `sandbox`, `close()`).
 * `buildPackages: false` skips compiling the sandbox for Node, for callers that just did.
 */
export function startVueHost({ port = 5176, host = '127.0.0.1', quiet = false, buildPackages = true } = {}) {
  return serveExample(HERE, { port, host, quiet, buildPackages, contentSecurityPolicy: VUE_HOST_CSP });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await serveFromCommandLine(startVueHost, {
    defaultPort: 5176,
    command: 'node examples/vue-host/serve.js',
    describe: (url) => [`rights-kit in a Vue app:  ${url}/`, `in Simplified Chinese:    ${url}/?locale=zh-CN`],
  });
}
