// The newcomer's `npm start`, end to end: the demo is built and served with the sandbox, and a phone-
// sized Chromium shows benefit cards whose data came over HTTP from that sandbox.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { startDemo } from '../../../scripts/start.js';

describe('npm start: the demo bank app', () => {
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

  async function open(query = ''): Promise<{ page: Page; problems: string[]; apiCalls: string[] }> {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
    const problems: string[] = [];
    const apiCalls: string[] = [];
    page.on('console', (message) => message.type() === 'error' && problems.push(message.text()));
    // The page is served under a strict Content-Security-Policy; any violation is a problem.
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
    );
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('response', (response) => {
      if (new URL(response.url()).pathname.startsWith('/v1/')) apiCalls.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(`${demo.url}/${query}`);
    return { page, problems, apiCalls };
  }

  it('shows the sandbox benefits as cards, fetched over HTTP, under a strict CSP', async () => {
    const { page, problems, apiCalls } = await open();
    expect((await page.request.get(`${demo.url}/`)).headers()['content-security-policy']).toContain("script-src 'self'");
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
    const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const screens = [
      ['', 'rights-benefit-card >> nth=5'],
      ['?locale=en&theme=dark', 'rights-benefit-card >> nth=5'],
      ['?locale=en&benefit=restaurant-week-autumn', 'rights-benefit-detail form'],
    ] as const;
    for (const [query, ready] of screens) {
      const { page } = await open(query);
      await page.locator(ready).waitFor({ timeout: 15_000 });
      // Evaluated through the browser's debugging protocol, which the page's CSP does not govern.
      await page.evaluate(axeSource);
      const violations = await page.evaluate(async () => {
        const { axe } = window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: { id: string }[] }> } };
        const tags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];
        return (await axe.run(document, { runOnly: { type: 'tag', values: tags } })).violations.map((violation) => violation.id);
      });
      expect(violations).toEqual([]);
      await page.close();
    }
    // Three pages, each audited in full: on a busy two-core runner this takes seconds, not milliseconds.
  }, 45_000);

  it('opens a benefit from its card, claims a voucher, and comes back with the bank’s back button', async () => {
    const { page, problems } = await open('?locale=en');
    await page.getByRole('button', { name: 'Domestic airport lounges' }).click();
    await expect.poll(() => new URL(page.url()).searchParams.get('benefit')).toBe('lounge-domestic');
    await page.getByRole('heading', { name: 'Domestic airport lounges' }).waitFor();
    await page.locator('#back').click();
    await page.getByRole('button', { name: 'Domestic airport lounges' }).waitFor();
    expect(new URL(page.url()).searchParams.get('benefit')).toBeNull();

    // A linked benefit opens straight away; claiming takes a confirmation, then shows the code.
    await page.goto(`${demo.url}/?locale=en&benefit=shopping-instant-reduction`);
    await page.getByRole('button', { name: 'Claim', exact: true }).click();
    await page.getByRole('button', { name: 'Confirm', exact: true }).click();
    await page.getByRole('heading', { name: 'Voucher claimed' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('rights-benefit-detail [part="code"]').textContent()).toMatch(/RK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('switches language from its own header, refetching the content', async () => {
    const { page } = await open();
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    await page.selectOption('#language', 'zh-HK');
    await expect.poll(() => page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('國內機場貴賓室');
    expect(new URL(page.url()).searchParams.get('locale')).toBe('zh-HK');
    await page.close();
  });
});
