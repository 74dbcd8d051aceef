// The manifest IDEs, Storybook docs, the docs pages' tables and the framework types read: generated from
// the class JSDoc (@tagname, @summary, @slot, @csspart, @cssprop, @fires) and Lit's decorators, and kept
// to the public API (manifest/public-api.js). src/events.ts is read for each event's name and whether it
// is cancelable; it declares no element, so it is not in the manifest itself.
import { publicApiOnly } from './manifest/public-api.js';

export default {
  globs: ['src/components/**/*.ts', 'src/events.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  // The package.json already names the manifest; the analyzer would otherwise write it into whichever
  // package.json is in the working directory.
  packagejson: false,
  plugins: [publicApiOnly()],
};
