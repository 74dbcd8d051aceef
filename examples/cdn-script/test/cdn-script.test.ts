// The one-script-tag page, end to end: served with the sandbox under the strict CSP, a phone-sized
// Chromium shows the catalogue, opens a benefit on top and claims a voucher, with nothing logged.
import { readFileSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { removeNewerFeatures } from '../../../scripts/older-engines.js';
import { firstCardStyles, openPhonePage } from '../../../scripts/phone-page.js';
import { PAGE_FILES, startCdnScriptPage } from '../serve.js';

/** A file's lines that are markup or code: not blank, not a comment. */
function codeLines(file: string): string[] {
  const text = readFileSync(file, 'utf8')
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.startsWith('//'));
}

describe('examples/cdn-script: the drop-in with one script tag', () => {
  let server: Awaited<ReturnType<typeof startCdnScriptPage>>;
  let browser: Browser;

  beforeAll(async () => {
    // Builds the drop-in when `npm run build` has not run yet (a fresh clone).
    server = await startCdnScriptPage({ port: 0, quiet: true, buildPackages: false });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** `olderEngine`: without what the matrix's oldest engines lack (scripts/older-engines.js), from the start. */
  async function open({ olderEngine = false } = {}): Promise<{ page: Page; problems: string[]; requests: string[]; tokens: string[] }> {
    // Any console output at all is a problem: an error, a warning, a logged token, a CSP violation.
    const { page, problems } = await openPhonePage(browser);
    if (olderEngine) await page.addInitScript(removeNewerFeatures);
    const requests: string[] = [];
    const tokens: string[] = [];
    page.on('response', async (response) => {
      const { pathname } = new URL(response.url());
      if (pathname.startsWith('/v1/') || pathname.startsWith('/bank/')) requests.push(`${response.request().method()} ${pathname} ${response.status()}`);
      if (pathname === '/bank/rights-session') tokens.push(((await response.json()) as { token: string }).token);
    });
    await page.goto(`${server.url}/`);
    return { page, problems, requests, tokens };
  }

  it('is at most 15 lines of markup and script, as its README says', () => {
    const count = PAGE_FILES.map(codeLines).flat().length;
    expect(count).toBeLessThanOrEqual(15);
    expect(readFileSync(new URL('../README.md', import.meta.url), 'utf8')).toContain(`${count} lines`);
  });

  it('shows the sandbox catalogue with a session from the bank backend, under a strict CSP', async () => {
    const { page, problems, requests, tokens } = await open();
    expect((await page.request.get(`${server.url}/`)).headers()['content-security-policy']).toContain("script-src 'self'");
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('Domestic airport lounges');
    // One session, minted server to server, then the first screen's two reads over HTTP.
    expect(requests.sort()).toEqual(['GET /v1/benefits 200', 'GET /v1/categories 200', 'POST /bank/rights-session 200']);
    expect(tokens).toHaveLength(1);
    expect(await page.evaluate(() => typeof (window as { RightsKit?: { createRightsClient?: unknown } }).RightsKit?.createRightsClient)).toBe('function');
    // Only what is served for the page itself: the rest of this folder (the server, its tests) is not.
    expect((await page.request.get(`${server.url}/serve.js`)).status()).toBe(404);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a benefit on top of the catalogue, and Close goes back to it', async () => {
    const { page, problems } = await open();
    const dialog = page.locator('dialog');
    await page.getByRole('button', { name: 'Domestic airport lounges' }).click();
    await dialog.getByRole('heading', { name: 'Domestic airport lounges' }).waitFor({ timeout: 15_000 });
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open && element.matches(':modal'))).toBe(true);
    expect(await dialog.locator('rights-benefit-detail').getAttribute('benefit-id')).toBe('lounge-domestic');
    expect(await dialog.locator('rights-benefit-detail [part="quota"]').textContent()).toContain('6 of 6 left this year');

    await dialog.getByRole('button', { name: 'Close' }).click();
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    await page.getByRole('button', { name: 'Domestic airport lounges' }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('claims a voucher from the detail, never logging the session token', async () => {
    const { page, problems, tokens } = await open();
    const dialog = page.locator('dialog');
    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('department store');
    await page.getByRole('button', { name: '¥100 department store gift voucher' }).click();
    await dialog.getByRole('button', { name: 'Claim', exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await dialog.getByText('Voucher claimed').first().waitFor({ timeout: 15_000 });
    const code = (await dialog.locator('rights-benefit-detail [part="code"]').textContent())?.trim();
    expect(code).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    // The sandbox kept it: the same voucher is in the member's wallet.
    const wallet = await page.request.get(`${server.url}/v1/wallet`, { headers: { Authorization: `Bearer ${tokens[0]}` } });
    const { items } = (await wallet.json()) as { items: { benefitId: string; voucher?: { code: string } }[] };
    expect(items.map((item) => [item.benefitId, item.voucher?.code])).toEqual([['shopping-department-store', code]]);
    expect(tokens).toHaveLength(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  // iOS 15.0 or Chrome 87: the page under the documented policy, with its style nonce.
  describe('on an engine of the matrix’s oldest kind', () => {
    it('shows 20 cards styled through nonce-carrying <style> elements, with no violation', async () => {
      const { page, problems } = await open({ olderEngine: true });
      await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
      expect(await firstCardStyles(page)).toEqual({ adopted: false, nonced: true, radius: expect.any(Number) });
      expect((await firstCardStyles(page)).radius).toBeGreaterThan(0);
      expect(problems).toEqual([]);
      await page.close();
    });

    it('opens a benefit in place of a modal and claims a voucher', async () => {
      const { page, problems } = await open({ olderEngine: true });
      const dialog = page.locator('dialog');
      await page.getByRole('searchbox', { name: 'Search benefits' }).fill('¥30 off');
      await page.getByRole('button', { name: '¥30 off ¥300' }).click();
      await expect.poll(() => dialog.getAttribute('open')).toBe('');
      await dialog.getByRole('button', { name: 'Claim', exact: true }).click();
      await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
      await dialog.getByText('Voucher claimed').first().waitFor({ timeout: 15_000 });
      expect((await dialog.locator('rights-benefit-detail [part="code"]').textContent())?.trim()).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
      expect(problems).toEqual([]);
      await page.close();
    }, 30_000);
  });
});
