// Writes everything that is rendered from the elements' public API: the docs pages' tables, the
// framework types and editor data shipped in frameworks/, and the elements' API report in etc/. Run it after changing an element's
// JSDoc or its public members: `npm run api-docs`. The manifest is analysed afresh, in memory, so the
// output never depends on a stale custom-elements.json.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { manifestReport } from './api-report.js';
import { renderTables } from './docs-tables.js';
import { reactTypes, vsCodeCustomData, vueTypes, webTypes } from './framework-types.js';

/** @typedef {import('./manifest-types.js').Package} Package */
/** @typedef {import('./manifest-types.js').ElementDeclaration} CustomElementDeclaration */

const ELEMENTS = fileURLToPath(new URL('..', import.meta.url));
const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Where the framework files go, shipped with the package. */
const FRAMEWORKS = 'packages/elements/frameworks/';
/** The elements' API report, reviewed as a diff when an element's public API changes. */
export const API_REPORT = 'packages/elements/etc/elements-manifest.api.md';

/**
 * The manifest as `npm run manifest` writes it, without writing it, its modules in path order: the
 * analyser lists them in the order its file search met them, which varies on a busy machine, and
 * everything rendered from the manifest must not.
 */
export async function analyse() {
  const manifest = /** @type {Package} */ (await cli({ argv: ['analyze', '--config', 'custom-elements-manifest.config.js', '--quiet'], cwd: ELEMENTS, noWrite: true }));
  manifest.modules.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return manifest;
}

/** @param {Package} manifest @returns {CustomElementDeclaration[]} */
export const elementsOf = (manifest) =>
  manifest.modules.flatMap((module) => /** @type {CustomElementDeclaration[]} */ (module.declarations ?? []).filter((declaration) => declaration.tagName));

/** The docs page of an element, relative to the repository root. */
export const pageOf = (/** @type {CustomElementDeclaration} */ element) => `docs/elements/${element.tagName?.replace(/^rights-/, '')}.md`;

/**
 * Every generated file, by path from the repository root, with the content it should have.
 * @param {Package} manifest
 * @returns {Map<string, string>}
 */
export function generatedFiles(manifest) {
  /** @type {Map<string, string>} */
  const files = new Map();
  for (const element of elementsOf(manifest)) {
    const page = pageOf(element);
    files.set(page, renderTables(readFileSync(`${ROOT}${page}`, 'utf8'), element, page));
  }
  const { version } = JSON.parse(readFileSync(`${ELEMENTS}package.json`, 'utf8'));
  files.set(`${FRAMEWORKS}react.d.ts`, reactTypes(manifest));
  files.set(`${FRAMEWORKS}vue.d.ts`, vueTypes(manifest));
  files.set(`${FRAMEWORKS}vscode.html-custom-data.json`, vsCodeCustomData(manifest));
  files.set(`${FRAMEWORKS}web-types.json`, webTypes(manifest, version));
  files.set(API_REPORT, manifestReport(manifest));
  return files;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const [path, content] of generatedFiles(await analyse())) {
    if (!existsSync(`${ROOT}${path}`) || readFileSync(`${ROOT}${path}`, 'utf8') !== content) {
      mkdirSync(dirname(`${ROOT}${path}`), { recursive: true });
      writeFileSync(`${ROOT}${path}`, content);
      process.stdout.write(`wrote ${path}\n`);
    }
  }
}
