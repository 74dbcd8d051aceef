// Two versions of rights-kit on one bank page (docs/getting-started.md, "Two versions on one page"): the
// first to define a rights element owns the tags; a second, different version never breaks it and says
// so in one warning; a host that needs both defines the second in a scoped registry, where the browser
// has one, and both render. The second version is this build with its version string changed, as a
// micro-frontend bundling another release would bring it.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build, type Plugin } from 'esbuild';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { DROP_IN, ensureDropIn } from '../../../scripts/drop-in.js';
import { openPhonePage } from '../../../scripts/phone-page.js';
import { startCdnScriptPage } from '../serve.js';

const EXAMPLE_PAGE = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const DROP_IN_TAG = '<script src="rights-kit.iife.js" defer></script>';
const { version: VERSION } = JSON.parse(readFileSync(new URL('../../../packages/elements/package.json', import.meta.url), 'utf8')) as { version: string };
const NEXT = '9.0.0';

/** This version's source with its version string changed: what another release's bundle brings. */
const nextVersion: Plugin = {
  name: 'next-version',
  setup(plugin) {
    plugin.onLoad({ filter: /internal[\\/]define\.ts$/ }, ({ path }) => ({ contents: readFileSync(path, 'utf8').replace(`'${VERSION}'`, `'${NEXT}'`), loader: 'ts' }));
  },
};

/** A micro-frontend of the next version: its own registration of every tag, then a hub of its own in `#next`, in a scoped registry when `scoped`. */
async function microFrontend(scoped: boolean): Promise<string> {
  const entry = `import { defineRightsElements, VERSION } from '@rights-kit/elements';
import '@rights-kit/elements/define/all';
window.nextVersion = VERSION;
${
  scoped
    ? `const registry = new CustomElementRegistry();
defineRightsElements(registry);
const root = document.querySelector('#next').attachShadow({ mode: 'open', customElementRegistry: registry });
const provider = document.createElement('rights-provider', { customElementRegistry: registry });
provider.setAttribute('base-url', '');
provider.setAttribute('locale', 'en');
provider.getToken = () => fetch('/bank/rights-session', { method: 'POST' }).then((response) => response.json()).then((session) => session.token);
provider.append(document.createElement('rights-hub', { customElementRegistry: registry }));
root.append(provider);`
    : ''
}`;
  const { outputFiles } = await build({
    stdin: { contents: entry, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    format: 'esm',
    write: false,
    conditions: ['@rights-kit/source', 'production'],
    plugins: [nextVersion],
    logLevel: 'silent',
  });
  return outputFiles[0]!.text;
}

describe('two versions of rights-kit on one page', { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof startCdnScriptPage>>;
  let browser: Browser;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rights-kit-two-versions-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    // A fresh clone has no build: the drop-in is built here, as the page's server would.
    await ensureDropIn();
    const dropIn = readFileSync(DROP_IN, 'utf8');
    const withScript = (tag: string) => EXAMPLE_PAGE.replace(DROP_IN_TAG, `${DROP_IN_TAG}\n${tag}`).replace('</rights-provider>', '</rights-provider>\n<div id="next"></div>');
    server = await startCdnScriptPage({
      port: 0,
      quiet: true,
      buildPackages: false,
      routes: {
        '/next.iife.js': write('next.iife.js', dropIn.replaceAll(VERSION, NEXT)),
        '/next-page.js': write('next-page.js', await microFrontend(false)),
        '/next-scoped.js': write('next-scoped.js', await microFrontend(true)),
        '/two-drop-ins.html': write('two-drop-ins.html', withScript('<script src="next.iife.js" defer></script>')),
        '/beside-next.html': write('beside-next.html', withScript('<script type="module" src="next-page.js"></script>')),
        '/beside-next-scoped.html': write('beside-next-scoped.html', withScript('<script type="module" src="next-scoped.js"></script>')),
      },
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('keeps the first drop-in when a second of another version follows it, with one warning', async () => {
    const { page, problems } = await openPhonePage(browser);
    await page.goto(`${server.url}/two-drop-ins.html`);
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
    expect(await page.evaluate(() => (window as { RightsKit?: { VERSION?: string } }).RightsKit?.VERSION)).toBe(VERSION);
    expect(problems).toEqual([`warning: rights-kit ${VERSION} is already on this page and stays; this copy (${NEXT}) does nothing.`]);
    await page.close();
  });

  it("keeps the page's elements with the drop-in when another version's bundle registers them too, with one warning", async () => {
    const { page, problems } = await openPhonePage(browser);
    await page.goto(`${server.url}/beside-next.html`);
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
    expect(await page.evaluate(() => (window as { nextVersion?: string }).nextVersion)).toBe(NEXT);
    // The tags the drop-in does not define are not taken by the other version either: no mix of versions.
    expect(await page.evaluate(() => customElements.get('rights-wallet'))).toBeUndefined();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(new RegExp(`^warning: rights-kit ${NEXT} found rights-kit ${VERSION} on this page and leaves its elements to it: <rights-provider>, .*<rights-summary> are ${VERSION}'s\\.`));
    await page.close();
  });

  it('runs both when the host defines the second version in a scoped registry, with nothing logged', async () => {
    const { page, problems } = await openPhonePage(browser);
    await page.goto(`${server.url}/beside-next-scoped.html`);
    await expect.poll(() => page.locator('body > rights-provider rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
    // Playwright's locators pierce shadow roots: the next version's hub, its catalogue and its cards.
    await expect.poll(() => page.locator('#next rights-hub rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThan(0);
    const scoped = await page.evaluate(() => {
      const hub = document.querySelector('#next')!.shadowRoot!.querySelector('rights-hub')!;
      return { hubIsThePages: hub.constructor === customElements.get('rights-hub'), catalogIsThePages: hub.shadowRoot?.querySelector('rights-catalog')?.constructor === customElements.get('rights-catalog') };
    });
    expect(scoped).toEqual({ hubIsThePages: false, catalogIsThePages: false });
    expect(problems).toEqual([]);
    await page.close();
  });
});
