import { newIdempotencyKey, type VoucherItem } from '@rights-kit/client';
import type { RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/provider.js';
import '../../define/voucher.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';
import { barcodeSymbol, qrSymbol } from './symbol.js';
import type { RightsVoucher } from './voucher.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();
const PLATINUM = 'card-jade-001-a';

/** Claims `benefitId` in the sandbox, as the cardholder would have done earlier, and returns its voucher. */
async function claim(benefitId: string, locale = 'en'): Promise<VoucherItem> {
  await sandbox;
  const response = await fetch(`/v1/benefits/${benefitId}/claims`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${demoToken()}`,
      'Content-Type': 'application/json',
      'Accept-Language': locale,
      'Idempotency-Key': newIdempotencyKey(),
    },
    body: JSON.stringify({ cardId: PLATINUM }),
  });
  const { walletItem } = (await response.json()) as { walletItem: VoucherItem };
  expect(walletItem.kind).toBe('voucher');
  return walletItem;
}

async function sandboxCall(method: string, path: string, body?: unknown) {
  const response = await fetch(path, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  expect(response.ok).toBe(true);
}

interface MountOptions {
  locale?: string;
  theme?: string;
}

async function inProvider(content: TemplateResult, { locale = 'en', theme = 'light' }: MountOptions = {}) {
  await sandbox;
  const provider = await fixture<RightsProvider>(
    html`<rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${getToken}>${content}</rights-provider>`,
  );
  const voucher = provider.querySelector<RightsVoucher>('rights-voucher')!;
  await voucher.updateComplete;
  return { provider, voucher };
}

const mountId = (walletItemId: string, options?: MountOptions) => inProvider(html`<rights-voucher wallet-item-id=${walletItemId}></rights-voucher>`, options);
const mountItem = (item: VoucherItem, options?: MountOptions) => inProvider(html`<rights-voucher .item=${item}></rights-voucher>`, options);

const svgIn = (voucher: RightsVoucher, part = 'symbol') => voucher.shadowRoot!.querySelector<SVGSVGElement>(`[part="${part}"] svg`);
const codeOf = (voucher: RightsVoucher) => voucher.shadowRoot!.querySelector('[part="code"]')!;
const buttonNamed = (voucher: RightsVoucher, name: string) => queryDeep<HTMLButtonElement>(voucher, 'button').find((button) => button.textContent?.trim() === name);
const activeIn = (voucher: RightsVoucher) => voucher.shadowRoot!.activeElement;
const announced = (voucher: RightsVoucher) => queryDeep(voucher, '[role="status"]').map((status) => status.textContent?.trim());
const dialogOf = (voucher: RightsVoucher) => voucher.shadowRoot!.querySelector('dialog')!;


/** Every request the page sends to the rights API while the test runs. */
async function apiRequests(): Promise<string[]> {
  const worker = await sandbox;
  const seen: string[] = [];
  const listener = ({ request }: { request: Request }) => {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/v1/')) seen.push(`${request.method} ${pathname}`);
  };
  worker.events.on('request:start', listener);
  onTestFinished(() => worker.events.removeListener('request:start', listener));
  return seen;
}

/** A voucher as the platform sends it, `hours` from expiry. */
function voucherItem(overrides: Omit<Partial<VoucherItem>, 'voucher'> & { voucher?: Partial<VoucherItem['voucher']> } = {}, hours = 24 * 30 + 1): VoucherItem {
  const { voucher, ...rest } = overrides;
  return {
    id: 'w-900001',
    benefitId: 'lounge-last-visit',
    category: 'travel',
    title: 'First-class lounge visit',
    partner: { name: 'SkyRest' },
    cardId: PLATINUM,
    status: 'active',
    claimedAt: new Date(Date.now() - 3_600_000).toISOString(),
    validUntil: new Date(Date.now() + hours * 3_600_000).toISOString(),
    kind: 'voucher',
    voucher: { code: 'RK-7K2M-9QXA', display: 'qr', ...voucher },
    ...rest,
  };
}

function useFakeClock(now: string) {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  vi.setSystemTime(new Date(now));
  onTestFinished(() => void vi.useRealTimers());
}

// The older-engines project runs these without navigator.clipboard (Safari 13.1 has it; a WebView may not).
const hasClipboard = 'clipboard' in navigator;

describe('<rights-voucher>', () => {
  it('fetches a QR voucher: a skeleton, then the code to show, the time left and how to use it', async () => {
    const item = await claim('culture-museum-pass');
    const { voucher } = await mountId(item.id);
    expect(queryDeep(voucher, '.skeleton').length).toBeGreaterThan(0);
    expect(visibleText(voucher)).toContain('Loading the voucher');
    await expect.poll(() => svgIn(voucher)).not.toBeNull();

    const text = visibleText(voucher);
    for (const expected of ['MuseumGo', 'Museum pass for two', 'Voucher code', item.voucher.code, 'Expires in 29 days', 'Valid until', 'How to use it', 'One code admits two']) {
      expect(text).toContain(expected);
    }
    expect(queryDeep(voucher, 'strong').map((strong) => strong.textContent)).toContain('One code admits two');
    expect(queryDeep(voucher, '[part="title"]')[0]!.getAttribute('aria-level')).toBe('2');
    expect(queryDeep(voucher, '[part="section-heading"]')[0]!.getAttribute('aria-level')).toBe('3');
    expect(buttonNamed(voucher, 'Show full screen')).toBeDefined();
    expect(buttonNamed(voucher, 'Copy code')).toBeDefined();
    await expectAccessible(voucher);
  });

  it('draws the QR code as crisp SVG geometry, quiet zone included, never a bitmap', async () => {
    const item = voucherItem();
    const { voucher } = await mountItem(item);
    await expect.poll(() => svgIn(voucher)).not.toBeNull();
    const svg = svgIn(voucher)!;
    const expected = await qrSymbol(item.voucher.code);
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${expected.width} ${expected.height}`);
    expect(svg.getAttribute('data-version')).toBe('1');
    expect(svg.getAttribute('shape-rendering')).toBe('crispEdges');
    expect(svg.querySelector('path')!.getAttribute('d')).toBe(expected.path);
    expect(svg.getAttribute('role')).toBe('img');
    expect(svg.getAttribute('aria-label')).toBe('QR code');
    expect(queryDeep(voucher, 'img, canvas')).toHaveLength(0);
    // Sized to a whole number of device pixels per module once laid out.
    await expect.poll(() => svg.getAttribute('width')).not.toBeNull();
    const devicePixels = (Number(svg.getAttribute('width')) * devicePixelRatio) / expected.width;
    expect(devicePixels).toBeCloseTo(Math.round(devicePixels), 6);
    expect(devicePixels).toBeGreaterThanOrEqual(4);
    // The code is also there as text to read out or type.
    expect(codeOf(voucher).textContent).toBe(item.voucher.code);
    expect(getComputedStyle(codeOf(voucher)).userSelect).toBe('all');
  });

  it('draws a barcode voucher as Code 128', async () => {
    const item = await claim('shopping-supermarket-voucher');
    expect(item.voucher.display).toBe('barcode');
    const { voucher } = await mountId(item.id);
    await expect.poll(() => svgIn(voucher)).not.toBeNull();
    const expected = await barcodeSymbol(item.voucher.code);
    const svg = svgIn(voucher)!;
    expect(svg.getAttribute('viewBox')).toBe(`0 0 ${expected.width} ${expected.height}`);
    expect(svg.querySelector('path')!.getAttribute('d')).toBe(expected.path);
    expect(svg.getAttribute('aria-label')).toBe('Barcode');
    expect(svg.getBoundingClientRect().width).toBeGreaterThan(svg.getBoundingClientRect().height * 2);
    expect(codeOf(voucher).textContent).toBe(item.voucher.code);
    await expectAccessible(voucher);
  });

  it('shows a text voucher in large type, with nothing to scan', async () => {
    const item = await claim('shopping-instant-reduction');
    expect(item.voucher.display).toBe('text');
    const { voucher } = await mountId(item.id);
    await expect.poll(() => queryDeep(voucher, '[part="code"]').length).toBe(1);
    expect(svgIn(voucher)).toBeNull();
    expect(queryDeep(voucher, '[part="hint"]')).toHaveLength(0);
    const code = codeOf(voucher);
    expect(getComputedStyle(code).fontFamily).toMatch(/mono/i);
    expect(parseFloat(getComputedStyle(code).fontSize)).toBeGreaterThanOrEqual(24);
    await expectAccessible(voucher);
  });

  it('shows a display kind from a newer platform as text, with a hint', async () => {
    const { voucher } = await mountItem(voucherItem({ voucher: { display: 'unknown' } }));
    expect(svgIn(voucher)).toBeNull();
    expect(codeOf(voucher).textContent).toBe('RK-7K2M-9QXA');
    expect(visibleText(voucher)).toContain("This version of the app can't show this kind of code.");
    expect(buttonNamed(voucher, 'Show full screen')).toBeDefined();
    await expectAccessible(voucher);
  });

  it.each([
    ['qr', 'X'.repeat(400)],
    ['barcode', '优惠券-2026'],
  ] as const)('shows a %s code it cannot draw as text, without an error', async (display, code) => {
    const { voucher } = await mountItem(voucherItem({ voucher: { display, code } }));
    await expect.poll(() => visibleText(voucher)).toContain("The code couldn't be drawn. Show or read out the code above instead.");
    expect(svgIn(voucher)).toBeNull();
    expect(codeOf(voucher).textContent).toBe(code);
    expect(buttonNamed(voucher, 'Copy code')).toBeDefined();
  });

  it('renders a voucher in hand with no provider, no client and no request', async () => {
    const requests = await apiRequests();
    const voucher = await fixture<RightsVoucher>(html`<rights-voucher .item=${voucherItem({ title: '头等舱休息室体验', partner: { name: '云憩' } })}></rights-voucher>`);
    await expect.poll(() => svgIn(voucher)).not.toBeNull();
    const text = visibleText(voucher);
    expect(text).toContain('头等舱休息室体验');
    expect(text).toContain('30天后到期');
    expect(buttonNamed(voucher, '全屏出示')).toBeDefined();
    expect(requests).toEqual([]);
    await expectAccessible(voucher);
  });

  it('shows a used voucher as used: a badge, the code struck through, nothing to present', async () => {
    const item = await claim('lounge-last-visit');
    await sandboxCall('POST', `/sandbox/vouchers/${item.id}/use`);
    const { voucher } = await mountId(item.id);
    await expect.poll(() => queryDeep(voucher, '[part~="badge"]')[0]?.textContent).toBe('Used');
    expect(visibleText(voucher)).toMatch(/Used on \w{3} \d{1,2}, \d{4}\. It can't be used again\./);
    expect(getComputedStyle(codeOf(voucher)).textDecorationLine).toBe('line-through');
    expect(svgIn(voucher)).toBeNull();
    expect(buttonNamed(voucher, 'Show full screen')).toBeUndefined();
    expect(buttonNamed(voucher, 'Copy code')).toBeUndefined();
    await expectAccessible(voucher);
  });

  it('shows a voucher the platform has expired', async () => {
    const item = await claim('shopping-instant-reduction');
    await sandboxCall('PUT', '/sandbox/clock', { now: new Date(Date.parse(item.validUntil!) + 86_400_000).toISOString() });
    const { voucher } = await mountId(item.id);
    await expect.poll(() => queryDeep(voucher, '[part~="badge"]')[0]?.textContent).toBe('Expired');
    expect(visibleText(voucher)).toContain('It can no longer be used.');
    expect(buttonNamed(voucher, 'Show full screen')).toBeUndefined();
    await expectAccessible(voucher);
  });

  it('shows a cancelled voucher as cancelled', async () => {
    const { voucher } = await mountItem(voucherItem({ status: 'cancelled' }));
    expect(queryDeep(voucher, '[part~="badge"]')[0]?.textContent).toBe('Cancelled');
    expect(visibleText(voucher)).toContain("This voucher was cancelled and can't be used.");
    expect(svgIn(voucher)).toBeNull();
    expect(buttonNamed(voucher, 'Copy code')).toBeUndefined();
  });

  it('counts down the minutes, then turns expired on screen', async () => {
    useFakeClock('2026-11-20T10:00:00+08:00');
    const { voucher } = await mountItem(voucherItem({ validUntil: '2026-11-20T12:13:00+08:00' }));
    const expiry = () => queryDeep(voucher, '[part="expiry"]')[0]?.textContent;
    expect(expiry()).toBe('Expires in 2 hr 13 min');
    expect(queryDeep(voucher, '[part="expiry"]')[0]!.getAttribute('data-soon')).toBe('true');

    vi.advanceTimersByTime(60_000);
    await voucher.updateComplete;
    expect(expiry()).toBe('Expires in 2 hr 12 min');

    vi.advanceTimersByTime(2 * 3_600_000 + 11 * 60_000);
    await voucher.updateComplete;
    expect(expiry()).toBe('Expires in 1 min');

    vi.advanceTimersByTime(60_000);
    await voucher.updateComplete;
    expect(queryDeep(voucher, '[part~="badge"]')[0]?.textContent).toBe('Expired');
    expect(expiry()).toBe('Expired on Nov 20, 2026. It can no longer be used.');
    expect(buttonNamed(voucher, 'Show full screen')).toBeUndefined();
    expect(announced(voucher)).toContain('This voucher has just expired.');
    // Nothing left to count down to.
    expect(vi.getTimerCount()).toBe(0);
  });

  it('counts whole days while expiry is days away, in the provider locale', async () => {
    useFakeClock('2026-11-20T10:00:00+08:00');
    const { voucher, provider } = await mountItem(voucherItem({ validUntil: '2026-11-25T23:59:59+08:00' }), { locale: 'zh-CN' });
    expect(visibleText(voucher)).toContain('5天后到期');
    expect(visibleText(voucher)).toContain('有效期至 2026年11月25日');
    provider.locale = 'en';
    await expect.poll(() => visibleText(voucher)).toContain('Expires in 5 days');
  });

  it('keeps no timer while the page is hidden or the voucher is gone, and catches up when shown', async () => {
    useFakeClock('2026-11-20T10:00:00+08:00');
    const { voucher } = await mountItem(voucherItem({ validUntil: '2026-11-20T11:00:00+08:00' }));
    expect(vi.getTimerCount()).toBe(1);

    const hidden = vi.spyOn(document, 'hidden', 'get').mockReturnValue(true);
    onTestFinished(() => hidden.mockRestore());
    document.dispatchEvent(new Event('visibilitychange'));
    expect(vi.getTimerCount()).toBe(0);

    vi.setSystemTime(new Date('2026-11-20T10:45:00+08:00'));
    hidden.mockReturnValue(false);
    document.dispatchEvent(new Event('visibilitychange'));
    await voucher.updateComplete;
    expect(queryDeep(voucher, '[part="expiry"]')[0]?.textContent).toBe('Expires in 15 min');
    expect(vi.getTimerCount()).toBe(1);

    voucher.remove();
    expect(vi.getTimerCount()).toBe(0);
  });

  it('presents the code full screen: focus moves in, the screen stays on, Escape closes and focus returns', async () => {
    const sentinel = Object.assign(new EventTarget(), { release: vi.fn(async () => undefined) });
    const request = vi.fn(async () => sentinel);
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request } });
    onTestFinished(() => void Reflect.deleteProperty(navigator, 'wakeLock'));

    const { voucher } = await mountItem(voucherItem(), { theme: 'dark' });
    await expect.poll(() => svgIn(voucher)).not.toBeNull();
    const present = buttonNamed(voucher, 'Show full screen')!;
    present.focus();
    await userEvent.keyboard('{Enter}');

    const dialog = dialogOf(voucher);
    await expect.poll(() => dialog.open).toBe(true);
    // Modal where the engine has showModal; the older-engines project has none, and pins it over the page.
    expect(dialog.matches(':modal')).toBe(typeof HTMLDialogElement.prototype.showModal === 'function');
    expect(activeIn(voucher)).toBe(buttonNamed(voucher, 'Close'));
    await expect.poll(() => svgIn(voucher, 'presented-symbol')).not.toBeNull();
    expect(visibleText(dialog)).toContain('Show this to the merchant');
    expect(dialog.querySelector('[part="presented-code"]')!.textContent).toBe('RK-7K2M-9QXA');
    // Black on white, though the page is dark.
    expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(dialog).color).toBe('rgb(0, 0, 0)');
    const presented = svgIn(voucher, 'presented-symbol')!;
    await expect.poll(() => Number(presented.getAttribute('width'))).toBeGreaterThan(Number(svgIn(voucher)!.getAttribute('width')));
    expect(request).toHaveBeenCalledWith('screen');
    await expectAccessible(voucher);

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.open).toBe(false);
    await expect.poll(() => activeIn(voucher)).toBe(present);
    expect(sentinel.release).toHaveBeenCalledTimes(1);
  });

  it('closes the presentation with its button, and works where the screen cannot be kept on', async () => {
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: { request: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) } });
    onTestFinished(() => void Reflect.deleteProperty(navigator, 'wakeLock'));
    const { voucher } = await mountItem(voucherItem({ voucher: { display: 'text' } }));
    buttonNamed(voucher, 'Show full screen')!.click();
    await expect.poll(() => dialogOf(voucher).open).toBe(true);
    expect(svgIn(voucher, 'presented-symbol')).toBeNull();
    buttonNamed(voucher, 'Close')!.click();
    await expect.poll(() => dialogOf(voucher).open).toBe(false);
    await expect.poll(() => activeIn(voucher)).toBe(buttonNamed(voucher, 'Show full screen'));
  });

  it('stops presenting a voucher that expires on screen, and puts focus on its title', async () => {
    useFakeClock('2026-11-20T10:00:00+08:00');
    const { voucher } = await mountItem(voucherItem({ voucher: { display: 'text' }, validUntil: '2026-11-20T10:05:00+08:00' }));
    buttonNamed(voucher, 'Show full screen')!.click();
    await expect.poll(() => dialogOf(voucher)?.open).toBe(true);
    vi.advanceTimersByTime(5 * 60_000);
    await expect.poll(() => voucher.shadowRoot!.querySelector('dialog')).toBeNull();
    await expect.poll(() => activeIn(voucher)?.getAttribute('part')).toBe('title');
    expect(announced(voucher)).toContain('This voucher has just expired.');
  });

  it('closes the presentation with the app back button', async () => {
    let back: (() => boolean) | undefined;
    const stop = vi.fn();
    const bridge = { onBack: (handler: () => boolean) => ((back = handler), stop) };
    const provider = await fixture<RightsProvider>(html`<rights-provider locale="en" .bridge=${bridge}><rights-voucher .item=${voucherItem()}></rights-voucher></rights-provider>`);
    const voucher = provider.querySelector<RightsVoucher>('rights-voucher')!;
    await voucher.updateComplete;
    buttonNamed(voucher, 'Show full screen')!.click();
    await expect.poll(() => back).toBeDefined();
    expect(back!()).toBe(true);
    await expect.poll(() => dialogOf(voucher).open).toBe(false);
    await expect.poll(() => stop.mock.calls.length).toBe(1);
  });

  it.skipIf(!hasClipboard)('copies the code and says so', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    onTestFinished(() => writeText.mockRestore());
    const { voucher } = await mountItem(voucherItem());
    buttonNamed(voucher, 'Copy code')!.click();
    await expect.poll(() => writeText.mock.calls[0]?.[0]).toBe('RK-7K2M-9QXA');
    await expect.poll(() => announced(voucher)).toContain('Code copied');
  });

  it('selects the code and says how to copy it by hand when the clipboard refuses, or there is none', async () => {
    const writeText = hasClipboard ? vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError')) : undefined;
    onTestFinished(() => writeText?.mockRestore());
    const { voucher } = await mountItem(voucherItem());
    buttonNamed(voucher, 'Copy code')!.click();
    await expect.poll(() => visibleText(voucher)).toContain("Couldn't copy it. Press and hold the code to copy it yourself.");
    const root = voucher.shadowRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    expect(selection?.toString()).toBe('RK-7K2M-9QXA');
    await expectAccessible(voucher);
  });

  it('follows a change of locale', async () => {
    const item = await claim('lounge-last-visit');
    const { provider, voucher } = await mountId(item.id);
    await expect.poll(() => visibleText(voucher)).toContain('First-class lounge visit');
    provider.locale = 'zh-HK';
    await expect.poll(() => queryDeep(voucher, '[part="title"]')[0]?.textContent).toBe('頭等艙休息室體驗');
    expect(buttonNamed(voucher, '全螢幕出示')).toBeDefined();
    expect(visibleText(voucher)).toMatch(/\d+ 日後到期/);
    expect(svgIn(voucher)?.getAttribute('aria-label')).toBe('二維碼');
  });

  it('keeps the code black on white in the dark theme', async () => {
    const { voucher } = await mountItem(voucherItem(), { theme: 'dark' });
    await expect.poll(() => svgIn(voucher)).not.toBeNull();
    // The drawing paints its own white ground, quiet zone included, under black modules.
    const [ground, modules] = [svgIn(voucher)!.querySelector('rect')!, svgIn(voucher)!.querySelector('path')!];
    expect(getComputedStyle(ground).fill).toBe('rgb(255, 255, 255)');
    expect(getComputedStyle(modules).fill).toBe('rgb(0, 0, 0)');
    expect([ground.getAttribute('width'), ground.getAttribute('height')]).toEqual(svgIn(voucher)!.getAttribute('viewBox')!.split(' ').slice(2));
    const base = voucher.shadowRoot!.querySelector('[part="base"]')!;
    expect(getComputedStyle(base).backgroundColor).not.toBe('rgb(255, 255, 255)');
    await expectAccessible(voucher);
  });

  it('says so when there is no such voucher, or the item is not a voucher', async () => {
    const { voucher } = await mountId('w-999999');
    await expect.poll(() => visibleText(voucher)).toContain("This voucher isn't available");
    expect(buttonNamed(voucher, 'Try again')).toBeUndefined();
    await expectAccessible(voucher);

    const enrolment = await fetch('/v1/benefits/dining-delivery-discount/claims', {
      method: 'POST',
      headers: { Authorization: `Bearer ${demoToken()}`, 'Content-Type': 'application/json', 'Idempotency-Key': newIdempotencyKey() },
      body: JSON.stringify({ cardId: PLATINUM }),
    }).then((response) => response.json() as Promise<{ walletItem: { id: string; kind: string } }>);
    expect(enrolment.walletItem.kind).toBe('activation');
    voucher.walletItemId = enrolment.walletItem.id;
    await expect.poll(() => visibleText(voucher)).toContain("This voucher isn't available");
  });

  it('shows a wallet item of a kind from a newer platform for what it is, not as missing, and with no code', async () => {
    const item = await claim('culture-museum-pass');
    const worker = await sandbox;
    // The platform has since made the voucher into a kind this version does not know.
    worker.use(http.get('/v1/wallet/:itemId', () => HttpResponse.json({ ...item, kind: 'museum_pass', voucher: undefined, museumPass: { gates: ['east'] } })));
    const { voucher } = await mountId(item.id);
    await expect.poll(() => visibleText(voucher)).toContain('Needs a newer app version');
    const text = visibleText(voucher);
    expect(text).toContain(item.title);
    expect(text).toContain(item.partner.name);
    expect(text).toContain('Valid until');
    expect(text).not.toContain("This voucher isn't available");
    expect(text).not.toContain(item.voucher.code);
    expect(queryDeep(voucher, '[role="alert"]')).toHaveLength(0);
    expect(queryDeep(voucher, 'button')).toHaveLength(0);
    expect(queryDeep(voucher, '[part~="newer"][part~="badge"]')).toHaveLength(1);
    await expectAccessible(voucher);

    // As handed over by a host, and once used: its status shows too.
    const used = { ...voucherItem({ status: 'used' }), kind: 'unknown', voucher: undefined } as unknown as VoucherItem;
    const handed = await mountItem(used);
    expect(visibleText(handed.voucher)).toContain('Needs a newer app version');
    expect(queryDeep(handed.voucher, '[part~="status"][part~="badge"]')[0]?.textContent).toBe('Used');
  });

  it('says where a part of the instructions needs a newer app version, once for a run of new blocks', async () => {
    const { voucher } = await mountItem(
      voucherItem({
        voucher: {
          instructions: [
            { type: 'paragraph', spans: [{ text: 'Show the code at the desk.' }] },
            { type: 'unknown' },
            { type: 'unknown' },
            { type: 'paragraph', spans: [{ text: 'One guest may join you.' }] },
          ],
        },
      }),
    );
    const instructions = queryDeep(voucher, '[part="rich-text"]')[0]!;
    expect(visibleText(instructions)).toMatch(/Show the code at the desk\.\s*Needs a newer app version\s*One guest may join you\./);
    expect(queryDeep(instructions, '[part="newer"]')).toHaveLength(1);
    await expectAccessible(voucher);
  });

  it('says a wallet item handed over that is no voucher, or has lost its shape, is not there', async () => {
    const reservation = { ...voucherItem(), kind: 'reservation', voucher: undefined } as unknown as VoucherItem;
    const { voucher } = await mountItem(reservation);
    expect(visibleText(voucher)).toContain("This voucher isn't available");
    voucher.item = { ...voucherItem(), voucher: { display: 'qr' } } as unknown as VoucherItem;
    await voucher.updateComplete;
    expect(visibleText(voucher)).toContain("This voucher isn't available");
  });

  it('takes the heading level that fits the host page', async () => {
    const voucher = await fixture<RightsVoucher>(html`<rights-voucher heading-level="3" .item=${voucherItem()}></rights-voucher>`);
    expect(queryDeep(voucher, '[part="title"]')[0]!.getAttribute('aria-level')).toBe('3');
  });
});

describeDataElement(
  {
    tag: 'rights-voucher',
    arrange: async () => html`<rights-voucher wallet-item-id=${(await claim('lounge-last-visit')).id}></rights-voucher>`,
    path: '/v1/wallet/:itemId',
    loaded: '[part="code"]',
    failed: { en: "The voucher couldn't be loaded", source: '券码加载失败' },
  },
  sandbox,
);
