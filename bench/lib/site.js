// Builds the pages the browser measurements load, the way a bank's production build would: each page
// bundled on its own from the packages' published ESM (`dist`), minified, with lazy chunks left lazy.
// The same builds give the size figures, so what is timed is what is weighed.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { rollup } from 'rollup';

export const ROOT = new URL('../../', import.meta.url);
const PAGES = new URL('../pages/', import.meta.url);

/** Where the built site and reports go; `reports/` is not kept in git. */
export const OUT = new URL('reports/bench/', ROOT);
export const SITE = new URL('site/', OUT);

/** The pages whose script is bundled; each is built alone so no page shares a chunk with another. */
const BUNDLED_PAGES = ['hub', 'list', 'memory', 'parse'];

/** Minified as the drop-in is, so ESM and drop-in figures compare. */
const minify = () => terser({ compress: { passes: 2 }, format: { comments: false } });

/** Third-party warnings (zod's comment placement and import cycles) say nothing about rights-kit. */
const quiet = () => {};

/**
 * A lazy chunk's name: the package it comes from when it is a dependency (`uqr`, not its `index`),
 * else rollup's own name for it (`wallet`, `benefit-detail`).
 * @param {import('rollup').PreRenderedChunk} chunk
 */
function chunkLabel(chunk) {
  const dependency = chunk.facadeModuleId?.match(/node_modules\/((?:@[^/]+\/)?[^/]+)\//)?.[1];
  return dependency ? dependency.replace(/^@/, '').replace('/', '-') : '[name]';
}

/**
 * @typedef {object} BuiltChunk
 * @property {string} file
 * @property {boolean} initial Loaded before the page's own script runs (the entry and its static imports).
 * @property {string} code
 */

/**
 * Bundles `input` (entry name → path) to `dir` as ES modules; resolves with each chunk and whether it is
 * part of the first load.
 * @param {Record<string, string>} input @param {URL} dir @returns {Promise<BuiltChunk[]>}
 */
async function bundleEsm(input, dir) {
  const bundle = await rollup({ input, onwarn: quiet, plugins: [nodeResolve({ browser: true }), minify()] });
  try {
    const { output } = await bundle.write({ dir: dir.pathname, format: 'es', entryFileNames: '[name].js', chunkFileNames: (chunk) => `chunks/${chunkLabel(chunk)}-[hash].js` });
    const chunks = new Map(output.flatMap((item) => (item.type === 'chunk' ? [[item.fileName, item]] : [])));
    const initial = new Set();
    const visit = (/** @type {string} */ file) => {
      if (initial.has(file)) return;
      initial.add(file);
      for (const imported of chunks.get(file)?.imports ?? []) visit(imported);
    };
    for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
    return [...chunks.values()].map((chunk) => ({ file: chunk.fileName, initial: initial.has(chunk.fileName), code: chunk.code }));
  } finally {
    await bundle.close();
  }
}

/** Bundles `input` into one classic script, every lazy import inlined, as the drop-in is built. */
async function bundleOneFile(/** @type {string} */ input) {
  const bundle = await rollup({ input, onwarn: quiet, plugins: [nodeResolve({ browser: true }), minify()] });
  try {
    const { output } = await bundle.generate({ format: 'iife', name: 'RightsKit', inlineDynamicImports: true });
    return output[0].code;
  } finally {
    await bundle.close();
  }
}

/**
 * Writes the site (`reports/bench/site/`): the static pages as they are, each bundled page's script and
 * chunks under its own folder. Resolves with the chunks of each bundled page, for the size report.
 * @returns {Promise<{ pages: Record<string, BuiltChunk[]>, client: string, everyElement: string }>}
 */
export async function buildSite() {
  rmSync(SITE, { recursive: true, force: true });
  mkdirSync(SITE, { recursive: true });
  cpSync(PAGES, SITE, { recursive: true, filter: (source) => !source.endsWith('.entry.js') });
  /** @type {Record<string, BuiltChunk[]>} */
  const pages = {};
  for (const name of BUNDLED_PAGES) pages[name] = await bundleEsm({ [name]: new URL(`${name}.entry.js`, PAGES).pathname }, new URL(`${name}/`, SITE));

  // The headless client alone, as a bank using it without the elements would bundle it.
  const clientEntry = new URL('client-alone.js', OUT);
  writeFileSync(clientEntry, "export { createRightsClient, isRightsError } from '@rights-kit/client';\n");
  const [client] = await bundleEsm({ client: clientEntry.pathname }, new URL('client-alone/', OUT));
  // Every element in one classic script: what a drop-in carrying the whole experience would weigh.
  const everyEntry = new URL('every-element.js', OUT);
  writeFileSync(everyEntry, "import '@rights-kit/elements/define/all';\nexport { createRightsClient, isRightsError } from '@rights-kit/client';\n");
  const everyElement = await bundleOneFile(everyEntry.pathname);
  if (!client) throw new Error('The client build gave no chunk.');
  return { pages, client: client.code, everyElement };
}

