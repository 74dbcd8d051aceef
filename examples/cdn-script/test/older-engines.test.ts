// The one-file page on an engine of the matrix's oldest kind (iOS 15.0, Chrome 87): what those lack is
// removed from the page before any script runs (scripts/older-engines.js), and the page is served under
// the documented strict policy with its style nonce. The catalogue is styled, a benefit opens, a voucher
// is claimed, and nothing is logged: no error, no CSP violation.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { removeNewerFeatures } from '../../../scripts/older-engines.js';
import { openPhonePage } from '../../../scripts/phone-page.js';
import { startCdnScriptPage } from '../serve.js';

// Each test may wait as long as its own polls say (15 s for a first screen on a busy two-core runner).
describe('examples/cdn-script on an older engine', { timeout: 30_000 }, () => {
  let server: Awaited<ReturnType<typeof startCdnScriptPage>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startCdnScriptPage({ port: 0, quiet: true, buildPackages: false });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(): Promise<{ page: Page; problems: string[] }> {
    const { page, problems } = await openPhonePage(browser);
    await page.addInitScript(removeNewerFeatures);
    await page.goto(`${server.url}/`);
    return { page, problems };
  }

  it('shows 20 styled cards through nonce-carrying <style> elements, with no violation', async () => {
    const { page, problems } = await open();
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
    const card = await page.locator('rights-benefit-card').first().evaluate((element) => {
      const root = element.shadowRoot!;
      const styles = [...root.querySelectorAll('style')];
      const box = getComputedStyle(root.querySelector('[part~="base"]') ?? root.firstElementChild!);
      return { adopted: 'adoptedStyleSheets' in root, styles: styles.length, nonced: styles.every((style) => style.nonce !== ''), radius: box.borderTopLeftRadius };
    });
    expect(card.adopted).toBe(false);
    expect(card.styles).toBeGreaterThan(0);
    expect(card.nonced).toBe(true);
    expect(Number.parseFloat(card.radius)).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('opens a benefit and claims a voucher', async () => {
    const { page, problems } = await open();
    const dialog = page.locator('dialog');
    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('department store');
    await page.getByRole('button', { name: '¥100 department store gift voucher' }).click();
    await expect.poll(() => dialog.getAttribute('open')).toBe('');
    await dialog.getByRole('button', { name: 'Claim', exact: true }).click();
    await dialog.getByRole('button', { name: 'Confirm', exact: true }).click();
    await dialog.getByText('Voucher claimed').first().waitFor({ timeout: 15_000 });
    expect((await dialog.locator('rights-benefit-detail [part="code"]').textContent())?.trim()).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(problems).toEqual([]);
    await page.close();
  });
});
