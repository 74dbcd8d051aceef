// The rights page in an emulated Android WebView: a phone-sized Chromium with no service worker, a
// simulated native host injected as `window.rightsKit` (what WebViewCompat.addWebMessageListener
// injects), answering per PROTOCOL.md from this test process, as the app's Kotlin would. The page is
// served by the example bank backend, with the sandbox platform behind its /rights-api proxy.
import { chromium, type Browser, type Frame, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../../scripts/chromium.js';
import { startWebViewEmulation } from '../serve.js';

type Emulation = Awaited<ReturnType<typeof startWebViewEmulation>>;

interface Envelope {
  rk: number;
  id: string;
  method: string;
  params: Record<string, unknown>;
}

/**
 * The app's side of the bridge. Its `getToken` mints through the bank backend with the app's own sign-in,
 * as RightsBridge.kt does with BankSessionClient.
 */
class SimulatedAndroidHost {
  readonly requests: Envelope[] = [];
  readonly tokens: string[] = [];
  readonly ignored: string[] = [];
  private cookie?: string;

  constructor(
    private readonly page: Page,
    private readonly backendUrl: string,
  ) {}

  async install(): Promise<void> {
    await this.page.exposeBinding('rightsKitNative', (source: { frame: Frame }, json: string) => this.receive(source, json));
    await this.page.addInitScript(() => {
      type Listener = (event: { data: string }) => void;
      const listeners = new Set<Listener>();
      const deliver = (json: string) => listeners.forEach((listener) => listener({ data: json }));
      const native = (window as unknown as { rightsKitNative(json: string): Promise<string | null> }).rightsKitNative;
      // The object WebViewCompat.addWebMessageListener injects: postMessage out, `message` events in.
      Object.defineProperty(window, 'rightsKit', {
        value: Object.freeze({
          postMessage: (json: string) => void native(json).then((reply) => reply && deliver(reply)),
          addEventListener: (type: string, listener: Listener) => type === 'message' && listeners.add(listener),
          removeEventListener: (type: string, listener: Listener) => listeners.delete(listener),
        }),
      });
      Object.defineProperty(window, 'emulatedReplyProxy', { value: deliver });
    });
  }

  /** An event from the app, through the reply proxy. */
  async emit(event: string, data?: unknown): Promise<void> {
    const json = JSON.stringify({ rk: 1, event, ...(data !== undefined && { data }) });
    await this.page.evaluate((message) => (window as unknown as { emulatedReplyProxy(json: string): void }).emulatedReplyProxy(message), json);
  }

  methods(): string[] {
    return this.requests.map((request) => request.method);
  }

  private async receive(source: { frame: Frame }, json: string): Promise<string | null> {
    // What allowedOriginRules and isMainFrame guarantee on a device.
    if (source.frame !== this.page.mainFrame() || new URL(source.frame.url()).origin !== new URL(this.backendUrl).origin) {
      this.ignored.push('not the allowed main frame');
      return null;
    }
    const request = JSON.parse(json) as Envelope;
    if (request.rk !== 1 || typeof request.id !== 'string') {
      this.ignored.push('malformed');
      return null;
    }
    this.requests.push(request);
    const reply = (result: unknown) => JSON.stringify({ rk: 1, id: request.id, ok: true, result });
    switch (request.method) {
      case 'hello':
        return reply({
          protocol: 1,
          features: ['getToken', 'openUrl', 'close', 'haptic', 'backHandling'],
          settings: { textScale: 1, reducedMotion: false, safeArea: { top: 24, right: 0, bottom: 16, left: 0 } },
          platform: 'android',
        });
      case 'getToken': {
        const session = await this.mint();
        this.tokens.push(session.token);
        return reply(session);
      }
      case 'openUrl':
      case 'close':
      case 'haptic':
      case 'backHandling':
        return reply({});
      default:
        return JSON.stringify({ rk: 1, id: request.id, ok: false, error: { code: 'unsupported', message: request.method } });
    }
  }

  private async mint(): Promise<{ token: string; expiresAt: string }> {
    if (!this.cookie) {
      const signIn = await fetch(`${this.backendUrl}/bank/sign-in`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'li.hua' }),
      });
      this.cookie = signIn.headers.getSetCookie()[0]!.split(';')[0]!;
    }
    const response = await fetch(`${this.backendUrl}/bank/rights-session`, { method: 'POST', headers: { Cookie: this.cookie } });
    expect(response.status).toBe(200);
    return (await response.json()) as { token: string; expiresAt: string };
  }
}

describe('the rights page in an emulated Android WebView', () => {
  let emulation: Emulation;
  let browser: Browser;

  beforeAll(async () => {
    emulation = await startWebViewEmulation({ port: 0, quiet: true, log: () => {} });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await emulation?.close();
  });

  async function open(query = '?locale=en') {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });
    const page = await context.newPage();
    const problems: string[] = [];
    const authorizations: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => ['error', 'warning'].includes(message.type()) && problems.push(message.text()));
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/rights-api/')) authorizations.push(request.headers().authorization ?? 'none');
    });
    const host = new SimulatedAndroidHost(page, emulation.url);
    await host.install();
    await page.goto(`${emulation.url}/${query}`);
    return { page, host, problems, authorizations, close: () => context.close() };
  }

  it('loads the cards with the session token the app minted through the bank backend', async () => {
    const { page, host, problems, authorizations, close } = await open();
    await expect.poll(() => page.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(6);
    expect(await page.locator('rights-benefit-card [part="title"]').first().textContent()).toBe('Domestic airport lounges');
    expect(host.methods()[0]).toBe('hello');
    expect(host.methods()).toContain('getToken');
    expect(host.tokens).toHaveLength(1);
    // Every API call went to the bank's own origin, with the app's token and no other.
    expect(authorizations.length).toBeGreaterThanOrEqual(2);
    expect(new Set(authorizations)).toEqual(new Set([`Bearer ${host.tokens[0]}`]));
    expect(await page.evaluate(() => document.documentElement.dataset.host)).toBe('android');
    expect(await page.evaluate(() => navigator.serviceWorker.controller)).toBeNull();
    // The app's settings from hello are on the page: its insets pad the page.
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingTop)).toBe('24px');
    expect(host.ignored).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  }, 45_000);

  it('follows a settings event from the app: text size and insets', async () => {
    const { page, host, close } = await open();
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    await host.emit('settings', { textScale: 1.3, reducedMotion: true, safeArea: { top: 48, right: 0, bottom: 34, left: 0 } });
    await expect.poll(() => page.evaluate(() => getComputedStyle(document.documentElement).fontSize)).toBe('20.8px');
    expect(await page.evaluate(() => getComputedStyle(document.body).paddingBottom)).toBe('34px');
    await close();
  }, 30_000);

  it('opens a partner platform through the app, not by navigating the page', async () => {
    const { page, host, problems, close } = await open('?locale=en');
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    const pageUrl = page.url();
    await page.getByRole('searchbox', { name: 'Search benefits' }).fill('Pet care platform');
    await page.getByRole('button', { name: 'Pet care platform' }).click();
    await page.getByRole('button', { name: 'Open Pawlife Members' }).click();

    await expect.poll(() => host.methods().filter((method) => method === 'openUrl').length, { timeout: 15_000 }).toBe(1);
    const opened = host.requests.find((request) => request.method === 'openUrl')!;
    expect(opened.params.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sandbox\/partners\/pet-platform\?ticket=\w+/);
    expect(page.url()).toBe(pageUrl);
    // The ticket is good: the partner page opens with it (what the app's new screen would load).
    const partner = await fetch(opened.params.url as string);
    expect(partner.status).toBe(200);
    expect(problems).toEqual([]);
    await close();
  }, 45_000);

  it("goes back inside the hub on the app's back button, and asks the app to close at the start", async () => {
    const { page, host, problems, close } = await open('?locale=en');
    await page.locator('rights-benefit-card').first().waitFor({ timeout: 15_000 });
    // The hub takes the back button while it is shown.
    await expect.poll(() => host.requests.some((request) => request.method === 'backHandling' && request.params.enabled === true)).toBe(true);

    await page.getByRole('button', { name: 'Domestic airport lounges' }).click();
    await page.getByRole('heading', { name: 'Domestic airport lounges' }).waitFor({ timeout: 15_000 });
    const urlWithDetail = page.url();

    await host.emit('back');
    await page.getByRole('tab', { name: 'Benefits' }).waitFor({ timeout: 15_000 });
    expect(await page.locator('rights-benefit-detail').count()).toBe(0);
    expect(page.url()).toBe(urlWithDetail);
    expect(host.methods()).not.toContain('close');

    // Nowhere left to go back to inside the hub: the page hands the screen back to the app.
    await host.emit('back');
    await expect.poll(() => host.methods().includes('close')).toBe(true);
    expect(problems).toEqual([]);
    await close();
  }, 45_000);
});
