// The drop-in on a bank page that already runs Lit of its own, under the documented strict policy with
// Trusted Types (docs/security.md): both render, and so does a page that includes the drop-in twice.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { chromium, type Browser } from 'playwright';
import { rollup } from 'rollup';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { openPhonePage } from '../../../scripts/phone-page.js';
import { strictPolicy } from '../../../scripts/strict-policy.js';
import { startCdnScriptPage } from '../serve.js';

const EXAMPLE_PAGE = readFileSync(new URL('../index.html', import.meta.url), 'utf8');
const DROP_IN_TAG = '<script src="rights-kit.iife.js" defer></script>';

/**
 * The bank's own app: an element of its own on its own copy of Lit, bundled as the bank would. `lit2` is
 * Lit 2.8 installed under an alias; `lit` bundled here is a copy apart from the drop-in's, as a bank's is.
 */
async function hostApp(lit: 'lit2' | 'lit'): Promise<string> {
  const entry = `import { LitElement, html } from '${lit}';
customElements.define('bank-greeting', class extends LitElement {
  render() { return html\`<p>Welcome back to your bank</p>\`; }
});`;
  const virtual = { name: 'entry', resolveId: (id: string) => (id === 'host-app' ? id : null), load: (id: string) => (id === 'host-app' ? entry : null) };
  const bundle = await rollup({ input: 'host-app', plugins: [virtual, nodeResolve({ browser: true, exportConditions: ['production'] })] });
  try {
    return (await bundle.generate({ format: 'es' })).output[0].code;
  } finally {
    await bundle.close();
  }
}

/** The code block of docs/security.md's strict policy, as one header value. */
function documentedPolicy(): string {
  const guide = readFileSync(new URL('../../../docs/security.md', import.meta.url), 'utf8');
  const block = /## The policy it runs under[\s\S]*?```\n([\s\S]*?)```/.exec(guide)?.[1] ?? '';
  return block.trim().split(/;\s*\n/).join('; ');
}

// Each test may wait as long as its own polls say (15 s for a first screen on a busy two-core runner).
describe('the drop-in beside the host’s own Lit, under strict Trusted Types', { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof startCdnScriptPage>>;
  let browser: Browser;

  beforeAll(async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rights-kit-host-lit-'));
    const write = (name: string, text: string) => {
      writeFileSync(join(folder, name), text);
      return join(folder, name);
    };
    const withHost = (script: string) => EXAMPLE_PAGE.replace(DROP_IN_TAG, `<script type="module" src="${script}"></script>\n${DROP_IN_TAG}`).replace('<rights-provider', '<bank-greeting></bank-greeting>\n<rights-provider');
    server = await startCdnScriptPage({
      port: 0,
      quiet: true,
      buildPackages: false,
      routes: {
        '/lit2.js': write('lit2.js', await hostApp('lit2')),
        '/lit3.js': write('lit3.js', await hostApp('lit')),
        '/beside-lit-2.html': write('beside-lit-2.html', withHost('lit2.js')),
        '/beside-lit-3.html': write('beside-lit-3.html', withHost('lit3.js')),
        '/twice.html': write('twice.html', EXAMPLE_PAGE.replace(DROP_IN_TAG, `${DROP_IN_TAG}\n${DROP_IN_TAG}`)),
      },
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('serves the pages under the policy docs/security.md documents', async () => {
    // `{nonce}` in the guide: a fresh value for every response.
    expect(documentedPolicy()).toBe(strictPolicy({ styleNonce: '{nonce}' }));
    const response = await fetch(`${server.url}/beside-lit-2.html`);
    const nonce = /<meta property="csp-nonce" nonce="([^"]+)">/.exec(await response.text())?.[1];
    expect(nonce).toMatch(/^[A-Za-z0-9+/=]{24}$/);
    expect(response.headers.get('content-security-policy')).toBe(strictPolicy({ styleNonce: nonce }));
  });

  for (const [page, litHtml] of [
    ['beside-lit-2.html', /^2\.8\./],
    ['beside-lit-3.html', /^3\./],
  ] as const) {
    it(`renders the catalogue and the bank's own element: ${page}`, async () => {
      const { page: phone, problems } = await openPhonePage(browser);
      await phone.goto(`${server.url}/${page}`);
      await expect.poll(() => phone.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
      expect(await phone.locator('bank-greeting p').textContent()).toBe('Welcome back to your bank');
      // Two copies of Lit on the page, each through its own policy: the bank's and the drop-in's.
      const versions = await phone.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions ?? []);
      expect(versions).toHaveLength(2);
      expect(versions.some((version) => litHtml.test(version))).toBe(true);
      expect(problems).toEqual([]);
      await phone.close();
    });
  }

  it('renders once, with nothing logged, when the page includes the drop-in twice', async () => {
    const { page, problems } = await openPhonePage(browser);
    await page.goto(`${server.url}/twice.html`);
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
    expect(await page.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions?.length)).toBe(1);
    expect(await page.evaluate(() => typeof (window as { RightsKit?: { createRightsClient?: unknown } }).RightsKit?.createRightsClient)).toBe('function');
    expect(problems).toEqual([]);
    await page.close();
  });
});
