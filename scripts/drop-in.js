// The one-file drop-in, for the examples and tests that load it as a bank page would. CI builds before
// it tests; on a fresh clone where only `npm test` or an example's server ran, this builds the drop-in
// once, with what it compiles against (the contract's and the client's builds) when they are missing.
// The build is the production one whatever `NODE_ENV` says (rollup.config.js pins Lit's production
// export condition), and a drop-in left in `dist` by a development build is built again.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export const DROP_IN = `${ROOT}packages/elements/dist/rights-kit.iife.js`;

/** Lit's development build says this on load; the production build has no such text. */
const LIT_DEV_MODE = 'Lit is in dev mode';

/** Why the drop-in at `file` cannot be served as it is, or undefined when it can. */
export function dropInProblem(file = DROP_IN) {
  if (!existsSync(file)) return 'missing';
  if (readFileSync(file, 'utf8').includes(LIT_DEV_MODE)) return "built with Lit's development build";
  return undefined;
}

let building;

/** Resolves with the drop-in's path once a production build of it exists, building it if it does not. */
export function ensureDropIn({ quiet = true } = {}) {
  building ??= (async () => {
    const problem = dropInProblem();
    if (!problem) return DROP_IN;
    // The configuration's paths are relative to the repository root.
    if (process.cwd() !== ROOT.replace(/\/$/, '')) throw new Error(`The drop-in is ${problem}: run \`npm run build\` in ${ROOT} first, or start this from there.`);
    const { default: configs, esm } = await import('../rollup.config.js');
    const dropIn = configs.at(-1);
    if (!dropIn?.output.file?.endsWith('rights-kit.iife.js')) throw new Error('rollup.config.js no longer ends with the drop-in build.');
    /** @type {('contract' | 'client')[]} */
    const dependencies = ['contract', 'client'];
    const builds = [...dependencies.filter((name) => !existsSync(`${ROOT}packages/${name}/dist/index.js`)).map((name) => esm(name)), dropIn];
    for (const options of builds) {
      const bundle = await rollup({ ...options, onwarn: quiet ? () => {} : options.onwarn });
      try {
        await bundle.write(options.output);
      } finally {
        await bundle.close();
      }
    }
    const left = dropInProblem();
    if (left) throw new Error(`The drop-in build at ${DROP_IN} is ${left}.`);
    return DROP_IN;
  })();
  return building;
}
