// One build for every package: ESM + .d.ts per package, in dependency order so each compiles against
// the published types of the ones before it, then the elements' drop-in IIFE with everything inlined.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import MagicString from 'magic-string';
import typescript from '@rollup/plugin-typescript';
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { lowerToMatrix } from './scripts/lower.js';
import { minifyCss } from './scripts/minify-css.js';
import { ownTrustedTypesPolicy } from './scripts/trusted-types-policy.js';

/** Packages in build order, each with its entry modules (one per `exports` subpath). */
export const PACKAGES = {
  contract: ['index', 'openapi'],
  client: ['index'],
  webview: ['index'],
  mock: ['index', 'browser', 'server', 'cli'],
  server: ['index', 'node', 'express', 'fastify'],
  elements: ['index', ...readdirSync('packages/elements/src/define').map((file) => `define/${file.replace(/\.ts$/, '')}`)],
};

/**
 * Drops warnings about third-party code (zod's comment placement, its internal import cycles).
 * @type {import('rollup').WarningHandlerWithDefault}
 */
function onwarn(warning, warn) {
  const inDependency = [warning.id, ...(warning.ids ?? [])].some((id) => id?.includes('/node_modules/'));
  if (!inDependency) warn(warning);
}

/** Empties a package's dist before it is written, so no module from an older build lingers. */
/** @param {string} dir @returns {import('rollup').Plugin} */
const clean = (dir) => ({ name: 'clean', buildStart: () => rmSync(dir, { recursive: true, force: true }) });

/**
 * Writes the contract's `dist/openapi.json` (`@rights-kit/contract/openapi.json`). The document is built
 * from the zod schemas by the module just compiled, so it is run from `dist` rather than kept by hand.
 * @param {string} dist @returns {import('rollup').Plugin}
 */
const openApiJson = (dist) => ({
  name: 'openapi-json',
  async writeBundle() {
    const { createOpenApiDocument } = await import(pathToFileURL(`${dist}/openapi.js`).href);
    writeFileSync(`${dist}/openapi.json`, `${JSON.stringify(createOpenApiDocument(), null, 2)}\n`);
  },
});

/**
 * @param {keyof typeof PACKAGES} name
 * @returns {import('rollup').RollupOptions & { output: import('rollup').OutputOptions }}
 */
export function esm(name) {
  const root = `packages/${name}`;
  const pkg = JSON.parse(readFileSync(`${root}/package.json`, 'utf8'));
  const dependencies = Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies });
  return {
    onwarn,
    input: Object.fromEntries(PACKAGES[name].map((entry) => [entry, `${root}/src/${entry}.ts`])),
    external: (id) => id.startsWith('node:') || dependencies.some((dependency) => id === dependency || id.startsWith(`${dependency}/`)),
    output: { dir: `${root}/dist`, format: 'es', preserveModules: true, preserveModulesRoot: `${root}/src`, sourcemap: true },
    plugins: [
      clean(`${root}/dist`),
      name === 'elements' && minifyCss(),
      typescript({ tsconfig: `${root}/tsconfig.build.json`, outDir: `${root}/dist` }),
      name === 'contract' && openApiJson(`${root}/dist`),
      lowerToMatrix(),
    ],
  };
}

/**
 * Drops the indentation inside template literals, where terser leaves it: the elements' html`` and css``
 * templates. After terser, a raw newline can only be inside a template literal, and in HTML and CSS a
 * newline followed by spaces means what the newline alone means. (Literal minifiers refuse templates
 * with `${}` inside CSS values, which every one of ours has.)
 * @returns {import('rollup').Plugin}
 */
function dedentTemplates() {
  return {
    name: 'dedent-templates',
    renderChunk(code) {
      const output = new MagicString(code);
      for (const { index, 0: indent } of code.matchAll(/(?<=\n)[ \t]+/g)) output.remove(index, index + indent.length);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

const ELEMENTS_VERSION = JSON.parse(readFileSync('packages/elements/package.json', 'utf8')).version;

/**
 * The drop-in's first statement. A page that loads it twice (two teams' snippets, a tag manager firing
 * again) keeps the first: the second would register nothing new, and would throw creating its Trusted
 * Types policy a second time. A different version is kept out with a warning, as `defineElement` does.
 */
const LOAD_ONCE = `if (typeof RightsKit === 'object' && RightsKit !== null && 'VERSION' in RightsKit) {
  if (RightsKit.VERSION !== '${ELEMENTS_VERSION}') console.warn('rights-kit ' + RightsKit.VERSION + ' is already on this page and stays; this copy (${ELEMENTS_VERSION}) does nothing.');
  return RightsKit;
}`;

/** `rights-kit.iife.js`: one classic script a bank page can include with no bundler. */
/** @type {import('rollup').RollupOptions & { output: import('rollup').OutputOptions }} */
const dropIn = {
  onwarn,
  input: 'packages/elements/src/drop-in.ts',
  // One file: what the ESM build loads lazily (encoders, the hub's views) is inlined.
  output: { file: 'packages/elements/dist/rights-kit.iife.js', format: 'iife', name: 'RightsKit', sourcemap: true, inlineDynamicImports: true, intro: LOAD_ONCE },
  plugins: [
    ownTrustedTypesPolicy(),
    // Lit's production build whatever NODE_ENV says: node-resolve otherwise picks Lit's `development`
    // export when NODE_ENV is anything but `production` (`test` under vitest), shipping its dev mode.
    nodeResolve({ browser: true, exportConditions: ['production'] }),
    minifyCss(),
    typescript({ tsconfig: 'packages/elements/tsconfig.build.json', outDir: 'packages/elements/dist', declaration: false, declarationMap: false }),
    lowerToMatrix(),
    // Error classes keep their names: `error.name` (from `new.target.name`) is what a host logs and branches on.
    terser({ compress: { passes: 2 }, keep_classnames: /Error$/, format: { comments: false } }),
    dedentTemplates(),
  ],
};

export default [.../** @type {(keyof typeof PACKAGES)[]} */ (Object.keys(PACKAGES)).map(esm), dropIn];
