// The client in a real Chromium on a page with a strict Content-Security-Policy (no 'unsafe-eval', no
// inline script): the list, detail and claim flow must run with zero CSP violations. zod's JIT would
// need eval; the contract switches it off before any schema is built.
import { startSandbox, type RunningSandbox } from '@rights-kit/mock/server';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { SOURCE_CONDITIONS } from '../../../scripts/vite-shared.js';

const PAGE = fileURLToPath(new URL('../test/csp-page/', import.meta.url));
const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'";

describe('the client under a strict Content-Security-Policy', () => {
  let outDir: string;
  let sandbox: RunningSandbox;
  let browser: Browser;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'rights-kit-csp-'));
    await build({ root: PAGE, logLevel: 'silent', resolve: { conditions: SOURCE_CONDITIONS }, build: { outDir, emptyOutDir: true, target: 'es2022' } });
    sandbox = await startSandbox({ port: 0, staticDir: outDir, contentSecurityPolicy: STRICT_CSP });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sandbox?.close();
    rmSync(outDir, { recursive: true, force: true });
  });

  it('lists, reads and claims with zero securitypolicyviolation events', async () => {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (text: string) => violations.push(text));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) =>
        (window as unknown as { reportViolation(text: string): void }).reportViolation(`${event.violatedDirective} ${event.blockedURI}`),
      ),
    );
    const response = await page.goto(`${sandbox.url}/index.html`);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);

    const output = page.locator('output');
    await expect.poll(() => output.getAttribute('data-state'), { timeout: 15_000 }).not.toBe('running');
    expect(await output.getAttribute('data-state')).toBe('done');
    const flow = JSON.parse((await output.textContent()) ?? '{}') as { listed: number; detailKind: string; claimedKind: string; walletIds: string[]; claimedId: string };
    expect(flow.listed).toBeGreaterThan(0);
    expect(flow).toMatchObject({ detailKind: 'voucher', claimedKind: 'voucher', walletIds: [flow.claimedId] });
    expect(violations).toEqual([]);
  });
});
