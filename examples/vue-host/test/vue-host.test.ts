// The Vue host, end to end: built with Vite, served with the sandbox under the strict CSP (with Vue's own
// Trusted Types policy allowed), and driven in a phone-sized Chromium. What Vue 3 binds on the elements (a
// function, an object, a locale from a ref) and what it hears back (`@rights-claimed`) are checked by what
// the cardholder sees.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { openPhonePage } from '../../../scripts/phone-page.js';
import { startVueHost } from '../serve.js';

describe('examples/vue-host: rights-kit in a Vue 3 app', () => {
  let server: Awaited<ReturnType<typeof startVueHost>>;
  let browser: Browser;

  beforeAll(async () => {
    server = await startVueHost({ port: 0, quiet: true, buildPackages: false });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(query = ''): Promise<{ page: Page; problems: string[]; sessions: () => number }> {
    // Any console output at all is a problem: errors, Vue's or Lit's development warnings, a logged token.
    const { page, problems } = await openPhonePage(browser);
    let sessions = 0;
    page.on('response', (response) => {
      if (new URL(response.url()).pathname === '/bank/rights-session') sessions++;
    });
    await page.goto(`${server.url}/${query}`);
    return { page, problems, sessions: () => sessions };
  }

  it("renders the hub inside the Vue app, with the bank's getToken and messages bound as properties", async () => {
    const { page, problems, sessions } = await open();
    const policy = (await page.request.get(`${server.url}/`)).headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    await page.getByRole('heading', { level: 1, name: 'Benefits' }).waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    expect(await page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('Domestic airport lounges');
    // `messages` arrived as an object (an attribute would have been "[object Object]"): the bank's tab names.
    expect(await page.getByRole('tab').allTextContents()).toEqual(['Jade perks', 'My perks', 'Cashback', 'Value'].map((name) => expect.stringContaining(name)));
    // `getToken` arrived as a function, and was called once for the session; no attribute carries it.
    expect(sessions()).toBe(1);
    expect(await page.locator('rights-provider').evaluate((provider) => provider.getAttributeNames())).not.toContain('gettoken');
    expect(problems).toEqual([]);
    await page.close();
  });

  it('claims a voucher, and the Vue toast shows what the rights-claimed event said', async () => {
    const { page, problems } = await open();
    // What the element dispatched, heard apart from Vue, to hold the toast to.
    await page.evaluate(() => {
      document.addEventListener('rights-claimed', (event) => document.documentElement.setAttribute('data-claimed', JSON.stringify(event.detail)));
    });
    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('department store');
    await page.getByRole('button', { name: '¥100 department store gift voucher' }).click();
    const detail = page.locator('rights-benefit-detail');
    await detail.getByRole('heading', { name: '¥100 department store gift voucher' }).waitFor({ timeout: 15_000 });
    expect(await page.getByRole('status').filter({ hasText: 'Voucher added' }).count()).toBe(0);

    await detail.getByRole('button', { name: 'Claim', exact: true }).click();
    await detail.getByRole('button', { name: 'Confirm', exact: true }).click();
    const code = (await detail.locator('[part="code"]').textContent({ timeout: 15_000 }))?.trim();
    expect(code).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);

    const toast = page.locator('.toast-region');
    await toast.getByText('Voucher added to your wallet').waitFor();
    const claimed = JSON.parse((await page.locator('html').getAttribute('data-claimed'))!) as { benefitId: string; walletItemId: string; kind: string };
    expect(claimed).toEqual({ benefitId: 'shopping-department-store', walletItemId: expect.stringMatching(/^w-/), kind: 'voucher' });

    // "Show" opens the wallet item the event named: the very voucher just claimed.
    await toast.getByRole('button', { name: 'Show' }).click();
    const voucher = page.locator('rights-voucher [part="code"]');
    await expect.poll(() => voucher.textContent(), { timeout: 15_000 }).toBe(code);
    expect(await toast.textContent()).toBe('');
    expect(problems).toEqual([]);
    await page.close();
  }, 45_000);

  it("switches language from a Vue ref: the provider's locale changes, the session stays", async () => {
    const { page, problems, sessions } = await open();
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-HK');
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent(), { timeout: 15_000 }).toBe('國內機場貴賓室');
    expect(await page.getByRole('tab', { name: '翡翠禮遇' }).count()).toBe(1);
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-HK');
    expect(await page.title()).toBe('翡翠銀行 · 權益');
    expect(sessions()).toBe(1);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
