// The one-file drop-in for tests that load it as a bank page would. CI builds before it tests; on a
// fresh clone where only `npm test` ran, the first such test builds every package once (the drop-in
// bundles the client and contract from their builds).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';

export const DROP_IN = fileURLToPath(new URL('../packages/elements/dist/rights-kit.iife.js', import.meta.url));

let building;

/** Resolves with the drop-in's path once it exists, building the packages if it does not. */
export function ensureDropIn() {
  building ??= (async () => {
    if (existsSync(DROP_IN)) return DROP_IN;
    const { default: configs } = await import('../rollup.config.js');
    for (const options of configs) {
      const bundle = await rollup({ ...options, onwarn: () => {} });
      await bundle.write(options.output);
      await bundle.close();
    }
    return DROP_IN;
  })();
  return building;
}
