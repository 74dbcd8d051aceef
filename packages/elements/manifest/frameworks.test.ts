// The framework files shipped in packages/elements/frameworks/ are what custom-elements.json renders to
// (`npm run api-docs` rewrites them), and the editor data names every element, attribute and event.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyse, elementsOf, generatedFiles } from './generate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const shipped = (file: string) => readFileSync(`${ROOT}packages/elements/frameworks/${file}`, 'utf8');

describe('packages/elements/frameworks', () => {
  let manifest: Awaited<ReturnType<typeof analyse>>;
  beforeAll(async () => {
    manifest = await analyse();
  }, 30_000);

  it('hold what custom-elements.json renders to (run `npm run api-docs` after changing an element)', () => {
    const stale = [...generatedFiles(manifest)].filter(([path]) => path.includes('/frameworks/')).filter(([path, content]) => readFileSync(`${ROOT}${path}`, 'utf8') !== content);
    expect(stale.map(([path]) => path)).toEqual([]);
  });

  it('type every element, its events included, for React and Vue', () => {
    for (const file of ['react.d.ts', 'vue.d.ts']) {
      for (const element of elementsOf(manifest)) {
        const line = shipped(file).split('\n').find((candidate) => candidate.trimStart().startsWith(`'${element.tagName}':`));
        expect(line, `${file}: ${element.tagName}`).toBeDefined();
        for (const event of element.events ?? []) expect(line, `${file}: ${element.tagName}`).toContain(`'${event.name}'`);
      }
    }
  });

  it('describe every element and attribute to VS Code, and every property and event to JetBrains IDEs', () => {
    const vsCode = JSON.parse(shipped('vscode.html-custom-data.json')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
    const webTypes = JSON.parse(shipped('web-types.json')) as { contributions: { html: { elements: { name: string; js: { properties: { name: string }[]; events: { name: string }[] } }[] } } };
    for (const element of elementsOf(manifest)) {
      const tag = vsCode.tags.find((candidate) => candidate.name === element.tagName);
      expect(tag?.attributes.map((attribute) => attribute.name)).toEqual((element.attributes ?? []).map((attribute) => attribute.name));
      const ide = webTypes.contributions.html.elements.find((candidate) => candidate.name === element.tagName);
      expect(ide?.js.events.map((event) => event.name)).toEqual((element.events ?? []).map((event) => event.name));
    }
    const theme = vsCode.tags.find((tag) => tag.name === 'rights-provider')!.attributes.find((attribute) => attribute.name === 'theme') as { description?: string } | undefined;
    expect(theme?.description).toContain('`auto` to follow the device');
  });
});
