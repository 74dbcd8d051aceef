// The newcomer's `npm start`, end to end: the demo is built and served with the sandbox, and a phone-
// sized Chromium shows benefit cards whose data came over HTTP from that sandbox.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { removeNewerFeatures } from '../../../scripts/older-engines.js';
import { firstCardStyles, openPhonePage } from '../../../scripts/phone-page.js';
import { startDemo } from '../../../scripts/start.js';

// Each test may wait as long as its own polls say (15 s for a first screen on a busy two-core runner).
describe('npm start: the demo bank app', { timeout: 30_000 }, () => {
  let demo: Awaited<ReturnType<typeof startDemo>>;
  let browser: Browser;

  beforeAll(async () => {
    demo = await startDemo({ port: 0, quiet: true, buildPackages: false });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await demo?.close();
  });

  /** `olderEngine`: without what the matrix's oldest engines lack (scripts/older-engines.js), from the start. */
  async function open(query = '', { olderEngine = false } = {}): Promise<{ page: Page; problems: string[]; apiCalls: string[] }> {
    // Errors (a CSP violation among them), and the warning Lit's development build gives: the demo must
    // ship what a bank would.
    const { page, problems } = await openPhonePage(browser, { isProblem: (message) => message.type() === 'error' || message.text().includes('dev mode') });
    if (olderEngine) await page.addInitScript(removeNewerFeatures);
    const apiCalls: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/v1/')) apiCalls.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${demo.url}/${query}`);
    return { page, problems, apiCalls };
  }

  it('shows the sandbox benefits as cards, fetched over HTTP, under a strict CSP', async () => {
    const { page, problems, apiCalls } = await open();
    const policy = (await page.request.get(`${demo.url}/`)).headers()['content-security-policy'];
    expect(policy).toContain("script-src 'self'");
    expect(policy).toContain("require-trusted-types-for 'script'");
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('国内机场贵宾厅');
    // The first screen takes two requests: the first page of benefits and the category counts.
    expect(apiCalls.sort()).toEqual([`200 ${demo.url}/v1/benefits`, `200 ${demo.url}/v1/categories`]);
    expect(await page.locator('rights-benefit-card img').first().evaluate((image: HTMLImageElement) => image.naturalWidth)).toBe(640);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('takes locale and theme from its URL, so any state can be linked', async () => {
    const { page, problems } = await open('?locale=en&theme=dark');
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent(), { timeout: 15_000 }).toBe(
      'Domestic airport lounges',
    );
    expect(await page.locator('rights-provider').getAttribute('theme')).toBe('dark');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('.app-title').textContent()).toBe('Benefits');
    expect(problems).toEqual([]);
    await page.close();
  });

  /** axe's WCAG 2.2 AA and best-practice violations on the page, shadow roots included. */
  async function axeViolations(page: Page): Promise<string[]> {
    // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
    await page.evaluate(readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8'));
    return page.evaluate(async () => {
      const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } };
      const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
      return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((violation) => violation.id);
    });
  }

  it('passes an axe audit (WCAG 2.2 AA and best practices): catalogue in light and dark, a booking form', async () => {
    const screens = [
      ['', 'rights-benefit-card >> nth=5'],
      ['?locale=en&theme=dark', 'rights-benefit-card >> nth=5'],
      ['?locale=en&benefit=restaurant-week-autumn', 'rights-benefit-detail form'],
    ] as const;
    for (const [query, ready] of screens) {
      const { page } = await open(query);
      await page.locator(ready).waitFor({ timeout: 15_000 });
      expect(await axeViolations(page), query).toEqual([]);
      await page.close();
    }
    // Three pages, each audited in full: on a busy two-core runner this takes seconds, not milliseconds.
  }, 45_000);

  it('passes the same audit on the wallet, cashback and value tabs, in Traditional Chinese and dark', async () => {
    const { page } = await open('?locale=zh-HK&theme=dark');
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    for (const [index, ready] of [[1, 'rights-wallet [part="filters"]'], [2, 'rights-cashback progress'], [3, 'rights-summary svg']] as const) {
      await page.getByRole('tab').nth(index).click();
      await page.locator(ready).first().waitFor({ timeout: 15_000 });
      expect(await axeViolations(page), ready).toEqual([]);
    }
    await page.close();
  }, 45_000);

  it("opens a benefit from its card and goes back with the hub's back button and the browser's", async () => {
    const { page, problems } = await open('?locale=en');
    await page.getByRole('button', { name: 'Domestic airport lounges' }).click();
    await page.getByRole('heading', { name: 'Domestic airport lounges' }).waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.getByRole('button', { name: 'Domestic airport lounges' }).waitFor();
    // navigation="history": each opened screen is a history entry, so the system back gesture works too.
    await page.getByRole('button', { name: 'Domestic airport lounges' }).click();
    await page.getByRole('heading', { name: 'Domestic airport lounges' }).waitFor();
    await page.goBack();
    await page.getByRole('tab', { name: 'Benefits' }).waitFor();
    expect(await page.locator('rights-benefit-detail').count()).toBe(0);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('claims a voucher, views it in the wallet, and still presents it offline after a reload', async () => {
    const { page, problems } = await open('?locale=en');
    const context = page.context();
    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('department store');
    await page.getByRole('button', { name: '¥100 department store gift voucher' }).click();
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('button', { name: 'View in wallet' }).click();
    const code = page.locator('rights-voucher [part="code"]');
    await code.waitFor({ timeout: 15_000 });
    const claimed = (await code.textContent())!.trim();
    expect(claimed).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(await page.locator('rights-hub').getAttribute('tab')).toBe('wallet');
    await page.getByRole('button', { name: 'Show full screen' }).click();
    await expect.poll(() => page.locator('rights-voucher [part="presented-symbol"] svg').count(), { timeout: 15_000 }).toBe(1);
    await page.keyboard.press('Escape');
    // The shell's service worker has the page by now; the SDK has kept the voucher on the device.
    await page.evaluate(() => navigator.serviceWorker.ready);

    await context.setOffline(true);
    await page.reload();
    await expect.poll(() => code.textContent(), { timeout: 15_000 }).toBe(claimed);
    await page.getByText('Saved on this device, shown offline').waitFor();
    await expect.poll(() => page.locator('rights-voucher [part="symbol"] svg').count(), { timeout: 15_000 }).toBe(1);

    await context.setOffline(false);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    // Back online, the wallet loads again by itself and lists the voucher.
    await page.locator('rights-wallet [part="item"]').filter({ hasText: '¥100 department store gift voucher' }).first().waitFor({ timeout: 15_000 });
    // Only the requests that failed while offline may have logged errors.
    expect(problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|rights session/.test(problem))).toEqual([]);
    await page.close();
  }, 60_000);

  it('shows every tab in each language and both themes, without errors', async () => {
    for (const locale of ['zh-CN', 'zh-HK', 'en'] as const) {
      for (const theme of ['light', 'dark'] as const) {
        const { page, problems } = await open(`?locale=${locale}&theme=${theme}`);
        const tabs = page.getByRole('tab');
        await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
        for (const [index, ready] of [[1, 'rights-wallet [part="filters"]'], [2, 'rights-cashback progress'], [3, 'rights-summary svg']] as const) {
          await tabs.nth(index).click();
          await page.locator(ready).first().waitFor({ timeout: 15_000 });
        }
        expect(await page.locator('html').getAttribute('lang')).toBe(locale);
        expect(problems, `${locale} ${theme}`).toEqual([]);
        await page.close();
      }
    }
  }, 120_000);

  it('takes a benefit of every other kind: activates an offer, books a table, opens a partner platform', async () => {
    const { page, problems } = await open('?locale=en&benefit=cross-border-japan');
    await page.getByRole('button', { name: 'Activate', exact: true }).click();
    await page.getByRole('heading', { name: "You're enrolled" }).waitFor({ timeout: 15_000 });

    await page.goto(`${demo.url}/?locale=en&benefit=restaurant-week-autumn`);
    await page.locator('#field-location').selectOption({ index: 1 });
    const inThreeDays = new Date(Date.now() + 3 * 86_400_000).toISOString().slice(0, 10);
    await page.locator('#field-date').fill(inThreeDays);
    await page.getByRole('radio', { name: '19:00' }).check();
    await page.locator('#field-partySize').fill('2');
    await page.locator('#field-guestName').fill('Li Hua');
    await page.locator('#field-setMenu').selectOption('seasonal');
    await page.getByRole('button', { name: 'Book', exact: true }).click();
    await page.getByRole('heading', { name: 'Booked' }).waitFor({ timeout: 15_000 });

    await page.goto(`${demo.url}/?locale=en&benefit=pet-platform`);
    await page.getByRole('button', { name: 'Open Pawlife Members' }).click();
    await page.waitForURL(/\/sandbox\/partners\/pet-platform\?ticket=/, { timeout: 15_000 });
    await page.getByRole('heading', { name: /Pawlife Members/ }).waitFor();
    expect(problems).toEqual([]);
    await page.close();
  }, 45_000);

  it('can be used with the keyboard alone, from the catalogue through a claim', async () => {
    const { page, problems } = await open('?locale=en');
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    /** The text of what has focus, looking through shadow roots. */
    const focused = () =>
      page.evaluate(() => {
        let active = document.activeElement;
        while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
        return active?.getAttribute('aria-label') ?? active?.textContent?.trim() ?? '';
      });
    const tabTo = async (name: string) => {
      for (let presses = 0; presses < 60 && (await focused()) !== name; presses++) await page.keyboard.press('Tab');
      expect(await focused()).toBe(name);
    };
    await tabTo('Search benefits');
    await page.keyboard.type('e-commerce');
    await expect.poll(() => page.locator('rights-benefit-card').count()).toBe(1);
    const title = (await page.locator('rights-benefit-card [part="title"]').textContent())!.trim();
    expect(title).toBe('¥30 off ¥300');
    await tabTo(title);
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { name: title }).waitFor();
    await tabTo('Claim');
    await page.keyboard.press('Enter');
    await expect.poll(focused).toBe('Confirm');
    await page.keyboard.press('Enter');
    await expect.poll(focused, { timeout: 15_000 }).toBe('Voucher claimed');
    expect(problems).toEqual([]);
    await page.close();
  }, 45_000);

  it('works on an engine of the matrix’s oldest kind: styled through the page’s style nonce, claimed, shown full screen', async () => {
    const { page, problems } = await open('?locale=en', { olderEngine: true });
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    expect(await firstCardStyles(page)).toEqual({ adopted: false, nonced: true, radius: expect.any(Number) });
    expect((await firstCardStyles(page)).radius).toBeGreaterThan(0);

    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('¥30 off');
    await page.getByRole('button', { name: '¥30 off ¥300' }).click();
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('button', { name: 'View in wallet' }).click();
    await page.locator('rights-voucher [part="code"]').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Show full screen' }).click();
    const dialog = page.locator('rights-voucher [part="dialog"]');
    await expect.poll(() => dialog.getAttribute('open')).toBe('');
    // Pinned over the whole phone screen, black on white, though there is no showModal.
    expect(await dialog.evaluate((element) => [element.getBoundingClientRect().height, innerHeight, getComputedStyle(element).backgroundColor])).toEqual([844, 844, 'rgb(255, 255, 255)']);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.getAttribute('open')).toBeNull();
    expect(problems).toEqual([]);
    await page.close();
  }, 45_000);

  it('switches language from its own header, refetching the content', async () => {
    const { page } = await open();
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    await page.selectOption('#language', 'zh-HK');
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('國內機場貴賓室');
    expect(new URL(page.url()).searchParams.get('locale')).toBe('zh-HK');
    await page.close();
  });
});
