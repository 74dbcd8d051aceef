// The newcomer's `npm start`, end to end: the demo is built and served with the sandbox, and a phone-
// sized Chromium shows benefit cards whose data came over HTTP from that sandbox.
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../../scripts/axe-page.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { removeNewerFeatures } from '../../../scripts/older-engines.js';
import { firstCardStyles, openPhonePage } from '../../../scripts/phone-page.js';
import { startDemo } from '../../../scripts/start.js';

const LOCALES = ['zh-CN', 'zh-HK', 'en'] as const;

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

  /**
   * Opens the demo at `query`. `olderEngine`: without what the matrix's oldest engines lack
   * (scripts/older-engines.js), from the start; `prepare` runs first, for what must be in place before the page loads.
   */
  async function open(
    query = '',
    { olderEngine = false, prepare }: { olderEngine?: boolean; prepare?: (page: Page) => Promise<unknown> } = {},
  ): Promise<{ page: Page; problems: string[]; apiCalls: string[] }> {
    // Errors (a CSP violation among them), and the warning Lit's development build gives: the demo must
    // ship what a bank would.
    const { page, problems } = await openPhonePage(browser, { isProblem: (message) => message.type() === 'error' || message.text().includes('dev mode') });
    if (olderEngine) await page.addInitScript(removeNewerFeatures);
    const apiCalls: string[] = [];
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/v1/')) apiCalls.push(`${response.status()} ${response.url()}`);
    });
    await prepare?.(page);
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

  it('keeps its header and tab bar whole on the phone at 200% text, in every language', async () => {
    const seen: Record<string, object> = {};
    for (const locale of LOCALES) {
      const { page, problems } = await open(`?locale=${locale}`);
      await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
      // The phone's text size as an app applies it to its WebView: the root's font size (everything is in rem).
      await page.evaluate(() => document.documentElement.style.setProperty('font-size', '200%'));
      // The hub's tabs follow the header's new height on the next frame.
      await page.evaluate(() => new Promise(requestAnimationFrame));
      seen[locale] = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const header = document.querySelector('.app-bar')!.getBoundingClientRect();
        const picker = document.querySelector('#language')!;
        const tabBar = document.querySelector('.tab-bar')!;
        /** Where each tab's words are drawn, which may be wider than the tab itself. */
        const labels = [...tabBar.children].map((tab) => {
          const range = document.createRange();
          range.selectNodeContents(tab);
          return { text: tab.textContent, ...range.getBoundingClientRect().toJSON() } as DOMRect & { text: string };
        });
        scrollTo(0, 1500);
        const hubTabs = document.querySelector('rights-hub')!.shadowRoot!.querySelector('[part="tabs"]')!.getBoundingClientRect();
        scrollTo(0, document.documentElement.scrollHeight);
        const lastContent = document.querySelector('rights-provider')!.getBoundingClientRect().bottom;
        return {
          pickerOnScreen: picker.getBoundingClientRect().left >= 0 && picker.getBoundingClientRect().right <= width,
          pickerShowsItsChoice: picker.scrollWidth <= picker.clientWidth,
          headerFits: document.querySelector('.app-bar')!.scrollWidth <= width,
          // Scrolled, the hub's tabs stick right below the header: neither covered by it nor leaving a gap.
          hubTabsBelowHeader: Math.abs(hubTabs.top - header.bottom) <= 1,
          labelsOnScreen: labels.every((label) => label.left >= 0 && label.right <= width),
          // Labels on one row keep at least 8 px between them.
          labelsTouching: labels.slice(1).flatMap((label, index) => {
            const before = labels[index]!;
            const sameRow = label.top < before.bottom && before.top < label.bottom;
            return sameRow && label.left - before.right < 8 ? [`${before.text} | ${label.text}`] : [];
          }),
          // At the end of the page the last of the hub is above the tab bar, not behind it.
          nothingBehindTabBar: lastContent <= tabBar.getBoundingClientRect().top + 1,
        };
      });
      expect(problems).toEqual([]);
      await page.close();
    }
    const whole = { pickerOnScreen: true, pickerShowsItsChoice: true, headerFits: true, hubTabsBelowHeader: true, labelsOnScreen: true, labelsTouching: [], nothingBehindTabBar: true };
    expect(seen).toEqual(Object.fromEntries(LOCALES.map((locale) => [locale, whole])));
  });

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

  it('takes a claim whose answer was lost after the platform acted exactly once, and logs nothing of its own', async () => {
    const benefit = 'culture-bookstore';
    const title = '¥50 bookshop voucher';
    const keys: (string | undefined)[] = [];
    const { page, problems } = await open(`?locale=en&benefit=${benefit}`, { prepare: async (phone) => {
      // What a bank's monitoring script hears from a page: console errors and warnings, uncaught errors,
      // failed element loads and unhandled rejections.
      await phone.addInitScript(() => {
        const heard: string[] = [];
        Object.assign(window, { monitoring: heard });
        for (const level of ['error', 'warn'] as const) {
          const original = console[level].bind(console);
          console[level] = (...args: unknown[]) => {
            heard.push(`console.${level}: ${args.map(String).join(' ')}`);
            original(...args);
          };
        }
        addEventListener('error', (event: Event) => heard.push(`error: ${event instanceof ErrorEvent ? event.message : String(event.target)}`), true);
        addEventListener('unhandledrejection', (event) => heard.push(`unhandledrejection: ${String(event.reason)}`));
      });
      // The platform takes the first claim; its answer is lost on the way back, as a dropped connection does.
      await phone.route(`**/v1/benefits/${benefit}/claims`, async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        if (keys.length > 1) return route.continue();
        expect((await route.fetch()).status()).toBe(201);
        return route.abort('connectionreset');
      });
    } });
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: 'Voucher claimed' }).waitFor({ timeout: 15_000 });
    // The client retried on its own with the same key, and the platform replayed what it had done.
    expect(keys).toHaveLength(2);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(keys[1]).toBe(keys[0]);
    await page.getByRole('button', { name: 'View in wallet' }).click();
    await page.locator('rights-voucher [part="code"]').waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await page.locator('rights-wallet [part="item"]').first().waitFor({ timeout: 15_000 });
    expect(await page.locator('rights-wallet [part="item"]').filter({ hasText: title }).count()).toBe(1);

    expect(await page.evaluate(() => (window as unknown as { monitoring: string[] }).monitoring)).toEqual([]);
    // Chromium's network log notes the attempt whose connection dropped (no script can silence or hear
    // that line); nothing else may be logged.
    expect(problems.filter((problem) => problem !== 'error: Failed to load resource: net::ERR_CONNECTION_RESET')).toEqual([]);
    await page.close();
  }, 60_000);

  it("never shows one member another's kept vouchers when the app switches members without signing out, online or offline", async () => {
    const { page, problems } = await open('?locale=en');
    const context = page.context();
    const wallet = page.locator('rights-wallet');
    const walletItems = wallet.locator('[part="item"]');
    const code = page.locator('rights-voucher [part="code"]');
    const storedOnDevice = () => page.evaluate(() => Object.entries(localStorage).map(([key, value]) => `${key}=${value}`).join('\n'));
    let visits = 0;
    /** Starts the app afresh, as after a switch of member: a new page load, not a return to the last screen. */
    const start = () => page.goto(`${demo.url}/?locale=en&visit=${++visits}`);
    /** Starts the app on its wallet tab. */
    const openWallet = async () => {
      await start();
      await page.getByRole('tab', { name: 'Wallet' }).click();
      await wallet.locator('[part="filters"]').waitFor({ timeout: 15_000 });
    };
    /** Claims a benefit found by `search` and opens the voucher, which keeps it on the device. */
    const claimAndOpen = async (search: string, title: string) => {
      await page.getByRole('searchbox', { name: 'Search benefits' }).fill(search);
      await page.getByRole('button', { name: title }).click();
      await page.getByRole('button', { name: 'Claim', exact: true }).click();
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByRole('button', { name: 'View in wallet' }).click();
      await code.waitFor({ timeout: 15_000 });
      return (await code.textContent())!.trim();
    };
    /** Offline, started afresh: the wallet lists nothing kept on the device, `title` least of all. */
    const expectNothingKeptOffline = async (title: string) => {
      await context.setOffline(true);
      await openWallet();
      await wallet.locator('[part="status"]').waitFor({ timeout: 15_000 });
      expect(await walletItems.filter({ hasText: title }).count()).toBe(0);
      expect(await walletItems.count()).toBe(0);
    };
    const signIn = async (member: string) => expect((await page.request.post(`${demo.url}/bank/sign-in?member=${member}`)).status()).toBe(204);

    // Member A claims and opens a voucher: it is kept on the device, bound to A.
    const departmentStore = '¥100 department store gift voucher';
    const codeOfA = await claimAndOpen('department store', departmentStore);
    await expect.poll(storedOnDevice, { timeout: 15_000 }).toContain(codeOfA);
    expect(await storedOnDevice()).not.toContain('m-jade-001');
    await page.evaluate(() => navigator.serviceWorker.ready);

    // The app signs member B in on the same phone and starts again, without signOut(): online, B's wallet
    // is B's own, and A's kept voucher is gone from the device before B can go offline.
    await signIn('m-jade-002');
    await openWallet();
    await wallet.locator('[part="status"]').waitFor({ timeout: 15_000 });
    expect(await walletItems.filter({ hasText: departmentStore }).count()).toBe(0);
    await expect.poll(storedOnDevice, { timeout: 15_000 }).not.toContain(codeOfA);
    await expectNothingKeptOffline(departmentStore);
    await context.setOffline(false);

    // B keeps a voucher of their own; offline, B sees exactly that one, never A's.
    await start();
    const supermarket = '¥20 off ¥200 at the supermarket';
    const codeOfB = await claimAndOpen('supermarket', supermarket);
    await expect.poll(storedOnDevice, { timeout: 15_000 }).toContain(codeOfB);
    await context.setOffline(true);
    await openWallet();
    await page.getByText('Vouchers saved on this device, ready to show offline.').waitFor({ timeout: 15_000 });
    expect(await walletItems.allTextContents()).toEqual([expect.stringContaining(supermarket)]);
    await walletItems.getByRole('button', { name: supermarket }).click();
    await expect.poll(() => code.textContent(), { timeout: 15_000 }).toBe(codeOfB);
    await page.getByText('Saved on this device, shown offline').waitFor();

    // A signs back in: online, A's wallet is A's; offline, B's kept voucher is not shown to A either.
    await context.setOffline(false);
    await signIn('m-jade-001');
    await openWallet();
    await walletItems.filter({ hasText: departmentStore }).first().waitFor({ timeout: 15_000 });
    expect(await walletItems.filter({ hasText: supermarket }).count()).toBe(0);
    await expect.poll(storedOnDevice, { timeout: 15_000 }).not.toContain(codeOfB);
    await expectNothingKeptOffline(supermarket);

    // Only the requests that failed while offline may have logged errors.
    expect(problems.filter((problem) => !/ERR_INTERNET_DISCONNECTED|Failed to load resource|rights session/.test(problem))).toEqual([]);
    await page.close();
  }, 120_000);

  it('shows every tab in each language and both themes, without errors', async () => {
    for (const locale of LOCALES) {
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
