// Compiles what runs in Node straight from a clone: the contract, the sandbox (its server and the
// `rights-sandbox` command) and the bank backend's package the examples serve with. `npm install` runs
// this (the root `prepare` script), and so do `npm start` and the tests that start real servers.
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { esm } from '../rollup.config.js';

export async function buildNodePackages({ quiet = false } = {}) {
  for (const options of [esm('contract'), esm('mock'), esm('server')]) {
    const bundle = await rollup({ ...options, onwarn: quiet ? () => {} : options.onwarn });
    await bundle.write(options.output);
    await bundle.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildNodePackages();
