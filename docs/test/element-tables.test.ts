// The API tables of docs/elements/*.md are rendered from custom-elements.json; a page whose tables no
// longer match the code fails here. `npm run api-docs` brings them up to date.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderTables } from '../../packages/elements/manifest/docs-tables.js';
import { analyse, elementsOf, generatedFiles, pageOf } from '../../packages/elements/manifest/generate.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

describe('docs/elements/*.md', () => {
  let manifest: Awaited<ReturnType<typeof analyse>>;
  beforeAll(async () => {
    manifest = await analyse();
  }, 30_000);

  it('have every table as custom-elements.json says (run `npm run api-docs` after changing an element)', () => {
    const stale = [...generatedFiles(manifest)].filter(([path]) => path.startsWith('docs/')).filter(([path, content]) => readFileSync(`${ROOT}${path}`, 'utf8') !== content).map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('list all six of the detail’s button parts, as its class documents them', () => {
    const page = readFileSync(`${ROOT}docs/elements/benefit-detail.md`, 'utf8');
    const button = page.split('\n').find((line) => line.startsWith('| `button` |'));
    for (const variant of ['action', 'secondary', 'retry', 'copy', 'share', 'wallet-link']) expect(button).toContain(`\`${variant}\``);
  });

  it('refuse a page that leaves out a table the element has', () => {
    const hub = elementsOf(manifest).find((element) => element.tagName === 'rights-hub')!;
    const page = readFileSync(`${ROOT}${pageOf(hub)}`, 'utf8').replace(/<!-- api:events -->[\s\S]*?<!-- \/api -->/, '');
    expect(() => renderTables(page, hub, pageOf(hub))).toThrow(/has events but the page marks no table/);
  });
});
