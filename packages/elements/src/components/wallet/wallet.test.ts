import { createRightsClient, newIdempotencyKey, type FormField, type RightsBridge, type RightsClient, type WalletItem } from '@rights-kit/client';
import { createSandbox, demoToken, type Sandbox } from '@rights-kit/mock';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/provider.js';
import '../../define/wallet.js';
import type { RightsNavigateEvent, RightsRemindEvent } from '../../events.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';
import type { RightsProvider } from '../provider/provider.js';
import type { RightsWallet } from './wallet.js';

const page = useSandbox();
const getToken = async () => demoToken();

const DAY = 86_400_000;
const CST = 8 * 3_600_000;
/** The demo member's platinum card, and their gold one. */
const CARD_A = 'card-jade-001-a';
const CARD_B = 'card-jade-001-b';

/**
 * A sandbox of the test's own, answering ahead of the page's: its clock and scenarios are the test's to
 * set. The page's sandbox takes over again after the test.
 */
async function ownSandbox(): Promise<Sandbox> {
  const sandbox = createSandbox();
  (await page).use(...sandbox.handlers);
  return sandbox;
}

function api(path: string, { method = 'GET', body }: { method?: string; body?: unknown } = {}) {
  return fetch(path, {
    method,
    headers: {
      Authorization: `Bearer ${demoToken()}`,
      'Accept-Language': 'en',
      'Content-Type': 'application/json',
      ...(method === 'POST' && { 'Idempotency-Key': newIdempotencyKey() }),
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
}

/** Claims a benefit for the demo member, with the sandbox clock at `at` if given; resolves with the new wallet item. */
async function claim(sandbox: Sandbox, benefitId: string, { cardId = CARD_A, at, form }: { cardId?: string; at?: Date; form?: Record<string, string | number> } = {}) {
  if (at) sandbox.clock.set(at);
  try {
    const response = await api(`/v1/benefits/${benefitId}/claims`, { method: 'POST', body: { cardId, ...(form && { form }) } });
    if (response.status !== 201) throw new Error(`Claiming ${benefitId} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { walletItem: WalletItem }).walletItem;
  } finally {
    sandbox.clock.reset();
  }
}

/** Answers restaurant week's form accepts: the first allowed value of every field. */
async function bookingAnswers(): Promise<Record<string, string | number>> {
  const { form } = (await (await api('/v1/benefits/restaurant-week-autumn')).json()) as { form: FormField[] };
  const answers: Record<string, string | number> = {};
  for (const field of form) {
    if (field.type === 'date') {
      let date = field.min;
      while (field.unavailable?.includes(date)) date = new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
      answers[field.name] = date;
    }
    if (field.type === 'time_slot') answers[field.name] = field.slots.find((slot) => slot.available)!.value;
    if (field.type === 'select') answers[field.name] = field.options[0]!.value;
    if (field.type === 'number') answers[field.name] = field.min ?? 1;
    if (field.type === 'text') answers[field.name] = 'Li Hua';
  }
  return answers;
}

/** One item of every kind, claimed now: a QR voucher, a barcode voucher, a booking and an activation. */
async function oneOfEach(sandbox: Sandbox) {
  const lounge = await claim(sandbox, 'lounge-last-visit');
  const supermarket = await claim(sandbox, 'shopping-supermarket-voucher');
  const booking = await claim(sandbox, 'restaurant-week-autumn', { form: await bookingAnswers() });
  const offer = await claim(sandbox, 'cross-border-japan');
  return { lounge, supermarket, booking, offer };
}

/** The calendar date `days` from today in China Standard Time, the platform's. */
const cstDate = (days = 0) => new Date(Date.now() + CST + days * DAY).toISOString().slice(0, 10);

// Vouchers the demo member can claim several of in a month, with how long each stays valid.
const SHORT_VOUCHERS = [
  ['shopping-supermarket-voucher', 14, CARD_A],
  ['shopping-supermarket-voucher', 14, CARD_B],
  ['shopping-instant-reduction', 7, CARD_A],
  ['shopping-instant-reduction', 7, CARD_B],
] as const;

/** A voucher that expires at `expiry`: claimed, on the sandbox clock, as many days before as it is valid for. */
async function voucherExpiringAt(sandbox: Sandbox, expiry: Date): Promise<WalletItem> {
  for (const [benefitId, days, cardId] of SHORT_VOUCHERS) {
    sandbox.clock.set(new Date(expiry.getTime() - days * DAY));
    const response = await api(`/v1/benefits/${benefitId}/claims`, { method: 'POST', body: { cardId } });
    sandbox.clock.reset();
    if (response.status === 201) return ((await response.json()) as { walletItem: WalletItem }).walletItem;
  }
  throw new Error(`No short voucher left to expire at ${expiry.toISOString()}`);
}

/** Noon (China Standard Time) `days` from today. */
const cstNoon = (days: number) => new Date(`${cstDate(days)}T12:00:00+08:00`);

interface MountOptions {
  locale?: string;
  theme?: string;
  status?: string;
  client?: RightsClient;
  bridge?: RightsBridge;
}

async function mount({ locale = 'en', theme = 'light', status, client, bridge }: MountOptions = {}) {
  const provider = await fixture<RightsProvider>(html`
    <rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${getToken} .client=${client} .bridge=${bridge}>
      <rights-wallet status=${ifDefined(status)}></rights-wallet>
    </rights-provider>
  `);
  return { provider, wallet: provider.querySelector<RightsWallet>('rights-wallet')! };
}

const items = (wallet: RightsWallet) => queryDeep(wallet, '[part="item"]');
const titles = (wallet: RightsWallet) => queryDeep(wallet, '[part="action"]').map((action) => action.textContent?.trim());
const itemTitled = (wallet: RightsWallet, title: string) => {
  const item = items(wallet).find((candidate) => candidate.querySelector('[part="action"]')?.textContent?.trim() === title);
  if (!item) throw new Error(`No item "${title}" in: ${visibleText(wallet)}`);
  return item;
};
const buttonNamed = (root: Element, name: string) => {
  const button = queryDeep<HTMLButtonElement>(root, 'button').find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}" in: ${visibleText(root)}`);
  return button;
};
const hasButton = (root: Element, name: string) => queryDeep<HTMLButtonElement>(root, 'button').some((button) => button.textContent?.trim() === name);
const filter = (wallet: RightsWallet, name: string) => queryDeep<HTMLButtonElement>(wallet, '[part~="filter"]').find((chip) => chip.textContent?.trim() === name)!;
const activeIn = (wallet: RightsWallet) => wallet.shadowRoot!.activeElement as HTMLElement | null;
const day = (locale: string, instant: string) => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${instant.slice(0, 10)}T00:00:00Z`));

/** Collects `type` events reaching the document. */
function collect<K extends keyof GlobalEventHandlersEventMap>(type: K, handle?: (event: GlobalEventHandlersEventMap[K]) => void) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => {
    events.push(event);
    handle?.(event);
  };
  document.addEventListener(type, listener);
  onTestFinished(() => document.removeEventListener(type, listener));
  return events;
}

/** Every wallet list request the page sends while the test runs. */
async function walletRequests(): Promise<URL[]> {
  const worker = await page;
  const seen: URL[] = [];
  const listener = ({ request }: { request: Request }) => {
    const url = new URL(request.url);
    if (request.method === 'GET' && url.pathname === '/v1/wallet') seen.push(url);
  };
  worker.events.on('request:start', listener);
  onTestFinished(() => worker.events.removeListener('request:start', listener));
  return seen;
}

/** A voucher as the platform sends it, for lists a test serves itself. */
const voucher = (id: string, title: string, validUntil?: string): Record<string, unknown> => ({
  id,
  benefitId: 'shopping-supermarket-voucher',
  category: 'shopping',
  title,
  partner: { name: 'FreshMart' },
  cardId: CARD_A,
  status: 'active',
  claimedAt: '2026-01-05T10:00:00+08:00',
  ...(validUntil && { validUntil }),
  kind: 'voucher',
  voucher: { code: `RK-${id}`, display: 'barcode' },
});

const problem = (code: string, status: number) => HttpResponse.json({ title: code, status, code }, { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('<rights-wallet>', () => {
  it('shows a skeleton, then every kind of item, soonest expiry first', async () => {
    const sandbox = await ownSandbox();
    const { booking } = await oneOfEach(sandbox);
    const { wallet } = await mount();
    expect(queryDeep(wallet, '.skeleton').length).toBeGreaterThan(0);
    expect(visibleText(wallet)).toContain('Loading your benefits');

    await expect.poll(() => titles(wallet)).toEqual(['Autumn Restaurant Week', '¥20 off ¥200 at the supermarket', 'First-class lounge visit', '10% back in Japan']);
    if (booking.kind !== 'reservation') throw new Error('expected a reservation');
    const { date, time } = booking.reservation;
    expect(visibleText(itemTitled(wallet, 'Autumn Restaurant Week'))).toContain(`Booking ${day('en', date)} at ${time}`);
    expect(visibleText(itemTitled(wallet, 'Autumn Restaurant Week'))).toContain(`Confirmation code ${booking.reservation.confirmationCode}`);
    expect(visibleText(itemTitled(wallet, '¥20 off ¥200 at the supermarket'))).toMatch(/Voucher Active Valid until/);
    expect(visibleText(itemTitled(wallet, 'First-class lounge visit'))).toContain('Voucher');
    expect(visibleText(itemTitled(wallet, '10% back in Japan'))).toBe('Cross-border Cashback 10% back in Japan Offer Active Valid until Dec 31, 2027');
    expect(itemTitled(wallet, '10% back in Japan').dataset.kind).toBe('activation');
    expect(wallet.getAttribute('status')).toBe('active');
    expect(queryDeep(wallet, 'section')[0]!.getAttribute('aria-busy')).toBe('false');
    // Nothing expires within a week, so there is nothing to be reminded of.
    expect(hasButton(wallet, 'Remind me')).toBe(false);
    await expectAccessible(wallet);

    // A booking or an activation has nothing to present: opening one opens its benefit.
    const navigations: RightsNavigateEvent[] = [];
    wallet.addEventListener('rights-navigate', (event) => navigations.push(event));
    for (const title of ['Autumn Restaurant Week', '10% back in Japan']) queryDeep<HTMLButtonElement>(itemTitled(wallet, title), '[part="action"]')[0]!.click();
    expect(navigations.map((event) => event.detail)).toEqual([
      { view: 'benefit', benefitId: 'restaurant-week-autumn' },
      { view: 'benefit', benefitId: 'cross-border-japan' },
    ]);
  });

  it('sorts across pages, items without an expiry last, following nextCursor with "Show more"', async () => {
    const requests = await walletRequests();
    (await page).use(
      http.get('/v1/wallet', ({ request }) => {
        const cursor = new URL(request.url).searchParams.get('cursor');
        return cursor === 'page-2'
          ? HttpResponse.json({ items: [voucher('w-b', 'Soonest', '2030-01-10T12:00:00+08:00'), voucher('w-d', 'Open-ended two')], nextCursor: null })
          : HttpResponse.json({ items: [voucher('w-c', 'Open-ended one'), voucher('w-a', 'Later', '2030-02-01T12:00:00+08:00')], nextCursor: 'page-2' });
      }),
    );
    const { wallet } = await mount();
    await expect.poll(() => titles(wallet)).toEqual(['Later', 'Open-ended one']);

    buttonNamed(wallet, 'Show more').focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => titles(wallet)).toEqual(['Soonest', 'Later', 'Open-ended one', 'Open-ended two']);
    expect(requests.map((url) => [url.searchParams.get('status'), url.searchParams.get('cursor')])).toEqual([
      ['active', null],
      ['active', 'page-2'],
    ]);
    expect(hasButton(wallet, 'Show more')).toBe(false);
    // Whoever pressed "Show more" from the keyboard carries on at the first new item.
    await expect.poll(() => activeIn(wallet)?.textContent?.trim()).toBe('Soonest');
  });

  it('offers a retry when a later page fails, keeping what it has', async () => {
    let failing = true;
    (await page).use(
      http.get('/v1/wallet', ({ request }) => {
        if (!new URL(request.url).searchParams.has('cursor')) return HttpResponse.json({ items: [voucher('w-a', 'First page')], nextCursor: 'page-2' });
        return failing ? problem('internal', 500) : HttpResponse.json({ items: [voucher('w-b', 'Second page')], nextCursor: null });
      }),
    );
    const { wallet } = await mount();
    await expect.poll(() => titles(wallet)).toEqual(['First page']);
    buttonNamed(wallet, 'Show more').click();
    await expect.poll(() => visibleText(wallet)).toContain("Your benefits couldn't be loaded");
    expect(titles(wallet)).toEqual(['First page']);
    failing = false;
    buttonNamed(wallet, 'Try again').click();
    await expect.poll(() => titles(wallet)).toEqual(['First page', 'Second page']);
  });

  it('filters by status with pressed chips, reflected in its status attribute', async () => {
    const sandbox = await ownSandbox();
    await claim(sandbox, 'lounge-last-visit');
    const used = await claim(sandbox, 'shopping-supermarket-voucher');
    expect((await api(`/sandbox/vouchers/${used.id}/use`, { method: 'POST' })).status).toBe(204);
    const expired = await claim(sandbox, 'shopping-supermarket-voucher', { cardId: CARD_B, at: new Date(Date.now() - 20 * DAY) });

    const { wallet } = await mount();
    await expect.poll(() => titles(wallet)).toEqual(['First-class lounge visit']);
    expect(queryDeep(wallet, '[part~="filter"]').map((chip) => [chip.textContent?.trim(), chip.getAttribute('aria-pressed')])).toEqual([
      ['Active', 'true'],
      ['Used', 'false'],
      ['Expired', 'false'],
      ['Cancelled', 'false'],
    ]);
    expect(queryDeep(wallet, '[part="filters"]')[0]!.getAttribute('role')).toBe('group');

    filter(wallet, 'Used').click();
    await expect.poll(() => titles(wallet)).toEqual(['¥20 off ¥200 at the supermarket']);
    expect(wallet.status).toBe('used');
    expect(wallet.getAttribute('status')).toBe('used');
    expect(filter(wallet, 'Used').getAttribute('aria-pressed')).toBe('true');
    expect(filter(wallet, 'Active').getAttribute('aria-pressed')).toBe('false');
    expect(visibleText(items(wallet)[0]!)).toContain(`Used Used on ${day('en', new Date(Date.now() + CST).toISOString())}`);

    filter(wallet, 'Expired').click();
    await expect.poll(() => titles(wallet)).toEqual(['¥20 off ¥200 at the supermarket']);
    expect(items(wallet)[0]!.dataset.status).toBe('expired');
    expect(visibleText(items(wallet)[0]!)).toContain(`Expired Expired on ${day('en', expired.validUntil!)}`);

    // The host can choose the filter too.
    wallet.setAttribute('status', 'active');
    await expect.poll(() => titles(wallet)).toEqual(['First-class lounge visit']);
    expect(filter(wallet, 'Active').getAttribute('aria-pressed')).toBe('true');
  });

  it('says what each filter would hold when it is empty, and leads to the catalogue', async () => {
    const navigations = collect('rights-navigate');
    const { wallet } = await mount();
    const expected = {
      Active: ['Nothing here yet', 'Vouchers you claim, tables you book and offers you activate are kept here.'],
      Used: ['Nothing used yet', "Vouchers you've used and bookings you've been to show up here."],
      Expired: ['Nothing has expired', 'Vouchers that run out before they are used show up here.'],
      Cancelled: ['Nothing cancelled', 'Cancelled bookings and vouchers show up here.'],
    };
    for (const [name, [title, hint]] of Object.entries(expected)) {
      filter(wallet, name).click();
      await expect.poll(() => visibleText(wallet)).toContain(`${title} ${hint} Browse benefits`);
    }
    await expectAccessible(wallet);

    buttonNamed(wallet, 'Browse benefits').click();
    expect(navigations.map((event) => event.detail)).toEqual([{ view: 'catalog' }]);
    expect(navigations[0]!.cancelable).toBe(true);
  });

  it('counts the days to expiry, urgently within three, and dates the rest', async () => {
    const sandbox = await ownSandbox();
    const endOfToday = new Date(`${cstDate()}T23:59:00+08:00`);
    // Expiring today: within the half hour, unless the day ends sooner.
    await voucherExpiringAt(sandbox, new Date(Math.min(Date.now() + 30 * 60_000, endOfToday.getTime())));
    await voucherExpiringAt(sandbox, cstNoon(1));
    await voucherExpiringAt(sandbox, cstNoon(3));
    await voucherExpiringAt(sandbox, cstNoon(5));
    await claim(sandbox, 'lounge-last-visit', { at: new Date(cstNoon(10).getTime() - 90 * DAY) });

    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(5);
    const badges = queryDeep(wallet, '[part~="expiry"]');
    expect(badges.map((badge) => [badge.textContent?.trim(), badge.dataset.urgent])).toEqual([
      ['Expires today', 'true'],
      ['Expires tomorrow', 'true'],
      ['Expires in 3 days', 'true'],
      ['Expires in 5 days', 'false'],
    ]);
    expect(visibleText(items(wallet)[4]!)).toContain(`Valid until ${day('en', cstDate(10))}`);
    expect(getComputedStyle(badges[2]!).color).toBe('rgb(179, 38, 30)');
    expect(getComputedStyle(badges[3]!).backgroundColor).toBe('rgb(255, 241, 204)');
    await expectAccessible(wallet);
  });

  it('hands a reminder to the app for 09:00 the day before expiry, then shows it is set', async () => {
    const sandbox = await ownSandbox();
    const item = await voucherExpiringAt(sandbox, cstNoon(3));
    const bridge = { scheduleReminder: vi.fn(async () => {}) };
    const reminders = collect('rights-remind');
    const { wallet } = await mount({ bridge });
    await expect.poll(() => items(wallet).length).toBe(1);

    buttonNamed(wallet, 'Remind me').click();
    await expect.poll(() => queryDeep(wallet, '[part~="remind"]')[0]?.textContent?.trim()).toBe('Reminder set');
    const [year, month, date] = cstDate(3).split('-').map(Number) as [number, number, number];
    const morningBefore = new Date(year, month - 1, date - 1, 9);
    const expected = {
      walletItemId: item.id,
      title: `${item.title} expires soon`,
      body: `Valid until ${day('en', cstDate(3))}. Use it at ${item.partner.name} before then.`,
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT09:00:00[+-]\d\d:\d\d$/),
    };
    expect(reminders.map((event) => event.detail)).toEqual([expected]);
    expect(reminders[0]!.cancelable).toBe(true);
    expect(Date.parse(reminders[0]!.detail.at)).toBe(morningBefore.getTime());
    expect(bridge.scheduleReminder).toHaveBeenCalledExactlyOnceWith({ id: item.id, title: expected.title, body: expected.body, at: reminders[0]!.detail.at });

    const button = queryDeep(wallet, '[part~="remind"]')[0]!;
    expect(button.getAttribute('part')).toBe('remind set');
    expect(button.getAttribute('aria-disabled')).toBe('true');
    expect(wallet.shadowRoot!.querySelector('section > [role="status"]')?.textContent).toBe('Reminder set');
    button.click();
    expect(bridge.scheduleReminder).toHaveBeenCalledTimes(1);
    expect(reminders).toHaveLength(1);
  });

  it('reminds within the hour when the morning before has already gone', async () => {
    const sandbox = await ownSandbox();
    const expiry = new Date(Date.now() + 3 * 3_600_000);
    await voucherExpiringAt(sandbox, expiry);
    const reminders = collect('rights-remind');
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(1);
    const [year, month, date] = new Date(expiry.getTime() + CST).toISOString().slice(0, 10).split('-').map(Number) as [number, number, number];
    const morningBefore = new Date(year, month - 1, date - 1, 9).getTime();
    const before = Date.now();
    buttonNamed(wallet, 'Remind me').click();
    const at = Date.parse(reminders[0]!.detail.at);
    if (morningBefore > before) expect(at).toBe(morningBefore);
    else expect(at).toBeGreaterThanOrEqual(Math.floor((before + 3_600_000) / 1000) * 1000);
    expect(at).toBeLessThan(expiry.getTime());
  });

  it('leaves the reminder to the host when there is no bridge', async () => {
    const sandbox = await ownSandbox();
    const item = await voucherExpiringAt(sandbox, cstNoon(2));
    const reminders = collect('rights-remind');
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(1);
    buttonNamed(wallet, 'Remind me').click();
    expect(reminders.map((event) => event.detail.walletItemId)).toEqual([item.id]);
    await expect.poll(() => hasButton(wallet, 'Reminder set')).toBe(true);
  });

  it('lets the host veto a reminder, quietly', async () => {
    const sandbox = await ownSandbox();
    await voucherExpiringAt(sandbox, cstNoon(2));
    const bridge = { scheduleReminder: vi.fn() };
    const reminders = collect('rights-remind', (event) => event.preventDefault());
    const { wallet } = await mount({ bridge });
    await expect.poll(() => items(wallet).length).toBe(1);
    buttonNamed(wallet, 'Remind me').click();
    await wallet.updateComplete;
    expect(reminders).toHaveLength(1);
    expect(bridge.scheduleReminder).not.toHaveBeenCalled();
    expect(hasButton(wallet, 'Remind me')).toBe(true);
    expect(visibleText(wallet)).not.toContain('Reminder set');
  });

  it('says so politely when the app cannot set the reminder, and lets the cardholder try again', async () => {
    const sandbox = await ownSandbox();
    await voucherExpiringAt(sandbox, cstNoon(2));
    const bridge = { scheduleReminder: vi.fn().mockRejectedValueOnce(new Error('notifications are off')).mockResolvedValueOnce(undefined) };
    const { wallet } = await mount({ bridge });
    await expect.poll(() => items(wallet).length).toBe(1);
    buttonNamed(wallet, 'Remind me').click();
    await expect.poll(() => visibleText(wallet)).toContain("The reminder couldn't be set. Please try again.");
    expect(queryDeep(wallet, '[role="alert"]')).toHaveLength(0);
    expect(wallet.shadowRoot!.querySelector('section > [role="status"]')?.textContent).toBe("The reminder couldn't be set. Please try again.");
    buttonNamed(wallet, 'Remind me').click();
    await expect.poll(() => hasButton(wallet, 'Reminder set')).toBe(true);
    expect(visibleText(wallet)).not.toContain("couldn't be set");
    expect(bridge.scheduleReminder).toHaveBeenCalledTimes(2);
  });

  it('opens an item from anywhere on its row with a cancelable rights-navigate', async () => {
    const sandbox = await ownSandbox();
    const lounge = await claim(sandbox, 'lounge-last-visit');
    const navigations = collect('rights-navigate');
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(1);
    // Anywhere on the row, not only the title: the title's button covers it.
    await userEvent.click(queryDeep(wallet, '[part="meta"]')[0]!, { force: true });
    expect(navigations.map((event) => event.detail)).toEqual([{ view: 'wallet-item', walletItemId: lounge.id }]);
    const [event] = navigations as [RightsNavigateEvent];
    expect([event.cancelable, event.bubbles, event.composed]).toEqual([true, true, true]);
  });

  it('refreshes when asked, keeping the list in view meanwhile', async () => {
    const sandbox = await ownSandbox();
    await claim(sandbox, 'lounge-last-visit');
    const { wallet } = await mount();
    await expect.poll(() => titles(wallet)).toEqual(['First-class lounge visit']);
    // Claimed behind the client's back: only a refresh finds it.
    await claim(sandbox, 'shopping-supermarket-voucher');
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    (await page).use(http.get('/v1/wallet', async () => void (await held)));

    buttonNamed(wallet, 'Refresh').click();
    await expect.poll(() => hasButton(wallet, 'Refreshing…')).toBe(true);
    expect(titles(wallet)).toEqual(['First-class lounge visit']);
    expect(queryDeep(wallet, '.skeleton')).toHaveLength(0);
    expect(queryDeep(wallet, 'section')[0]!.getAttribute('aria-busy')).toBe('true');
    release();
    await expect.poll(() => titles(wallet)).toEqual(['¥20 off ¥200 at the supermarket', 'First-class lounge visit']);
    expect(wallet.shadowRoot!.querySelector('section > [role="status"]')?.textContent).toBe('Up to date');
    expect(hasButton(wallet, 'Refresh')).toBe(true);
  });

  it('shows a claim made through the same client without being asked, and only reloads once', async () => {
    const sandbox = await ownSandbox();
    await claim(sandbox, 'lounge-last-visit');
    const client = createRightsClient({ baseUrl: '', getToken, locale: 'en' });
    const { wallet } = await mount({ client });
    await expect.poll(() => titles(wallet)).toEqual(['First-class lounge visit']);
    const requests = await walletRequests();

    await client.benefits.claim('shopping-supermarket-voucher', { cardId: CARD_A });
    await expect.poll(() => titles(wallet)).toEqual(['¥20 off ¥200 at the supermarket', 'First-class lounge visit']);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(requests).toHaveLength(1);
  });

  it('keeps the list when a refresh fails, says so, and recovers', async () => {
    const sandbox = await ownSandbox();
    await claim(sandbox, 'lounge-last-visit');
    const { wallet } = await mount();
    await expect.poll(() => titles(wallet)).toEqual(['First-class lounge visit']);
    let platformDown = true;
    (await page).use(http.get('/v1/wallet', () => (platformDown ? problem('internal', 503) : undefined)));

    buttonNamed(wallet, 'Refresh').click();
    await expect.poll(() => visibleText(wallet)).toContain("Couldn't refresh. Showing what was loaded before.");
    expect(titles(wallet)).toEqual(['First-class lounge visit']);
    expect(queryDeep(wallet, '[role="alert"]')).toHaveLength(1);
    await expectAccessible(wallet);
    platformDown = false;
    buttonNamed(wallet, 'Try again').click();
    await expect.poll(() => queryDeep(wallet, '[role="alert"]')).toHaveLength(0);
    expect(titles(wallet)).toEqual(['First-class lounge visit']);
  });

  it('says the session has ended when the platform no longer accepts it', async () => {
    const sandbox = await ownSandbox();
    sandbox.useScenario('expired-token');
    const { wallet } = await mount();
    await expect.poll(() => visibleText(wallet)).toContain('Your session has ended');
    expect(visibleText(wallet)).toContain('Sign in again in your bank app, then come back.');
    expect(queryDeep(wallet, '[role="alert"]')).toHaveLength(1);
    await expectAccessible(wallet);
  });

  it('shows kinds and statuses from a newer platform generically', async () => {
    const sandbox = await ownSandbox();
    const { lounge } = await oneOfEach(sandbox);
    await voucherExpiringAt(sandbox, cstNoon(2));
    sandbox.useScenario('unknown-enums');
    const navigations = collect('rights-navigate');
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(5);
    expect(new Set(items(wallet).map((item) => item.dataset.kind))).toEqual(new Set(['unknown']));
    expect(new Set(queryDeep(wallet, '[part="kind"]').map((kind) => kind.textContent))).toEqual(new Set(['Benefit']));
    expect(new Set(queryDeep(wallet, '[part~="status"][part~="badge"]').map((badge) => badge.textContent))).toEqual(new Set(['Update the app to see its status']));
    expect(visibleText(itemTitled(wallet, 'First-class lounge visit'))).toContain('Valid until');
    expect(hasButton(wallet, 'Remind me')).toBe(false);
    await expectAccessible(wallet);
    // A kind this version cannot present opens its benefit, which says to update the app.
    buttonNamed(wallet, 'First-class lounge visit').click();
    expect(navigations.map((event) => event.detail)).toEqual([{ view: 'benefit', benefitId: lounge.benefitId }]);
  });

  it('says an item of a kind from a newer platform needs a newer app version, as the catalogue does, and keeps its status and date', async () => {
    const validUntil = new Date(Date.now() + 30 * DAY).toISOString();
    const future = { ...voucher('w-future', 'Museum annual pass', validUntil), kind: 'museum_pass', voucher: undefined };
    (await page).use(http.get('/v1/wallet', () => HttpResponse.json({ items: [voucher('w-known', 'Supermarket voucher', validUntil), future], nextCursor: null })));
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(2);
    const row = itemTitled(wallet, 'Museum annual pass');
    expect(queryDeep(row, '[part~="newer"]').map((badge) => badge.textContent)).toEqual(['Needs a newer app version']);
    expect(visibleText(row)).toContain('Active');
    expect(visibleText(row)).toContain('Valid until');
    expect(queryDeep(itemTitled(wallet, 'Supermarket voucher'), '[part~="newer"]')).toHaveLength(0);
    await expectAccessible(wallet);
  });

  it('can be used with the keyboard alone', async () => {
    const sandbox = await ownSandbox();
    const soon = await voucherExpiringAt(sandbox, cstNoon(3));
    await claim(sandbox, 'lounge-last-visit');
    const navigations = collect('rights-navigate');
    const reminders = collect('rights-remind');
    const { wallet } = await mount();
    await expect.poll(() => items(wallet).length).toBe(2);

    filter(wallet, 'Active').focus();
    await userEvent.tab();
    expect(activeIn(wallet)?.textContent?.trim()).toBe('Used');
    await userEvent.keyboard('[Space]');
    await expect.poll(() => visibleText(wallet)).toContain('Nothing used yet');
    expect(wallet.status).toBe('used');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => items(wallet).length).toBe(2);
    for (const name of ['Used', 'Expired', 'Cancelled', 'Refresh', soon.title, 'Remind me', 'First-class lounge visit']) {
      await userEvent.tab();
      expect(activeIn(wallet)?.textContent?.trim()).toBe(name);
    }
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => activeIn(wallet)?.textContent?.trim()).toBe('Reminder set');
    await userEvent.tab({ shift: true });
    await userEvent.keyboard('{Enter}');
    expect(navigations.map((event) => event.detail)).toEqual([{ view: 'wallet-item', walletItemId: soon.id }]);
    expect(reminders.map((event: RightsRemindEvent) => event.detail.walletItemId)).toEqual([soon.id]);
  });

  it('follows a change of locale', async () => {
    const sandbox = await ownSandbox();
    await voucherExpiringAt(sandbox, cstNoon(3));
    await claim(sandbox, 'lounge-last-visit');
    const { provider, wallet } = await mount();
    await expect.poll(() => titles(wallet)).toContain('First-class lounge visit');

    provider.locale = 'zh-CN';
    await expect.poll(() => titles(wallet)).toContain('头等舱休息室体验');
    expect(queryDeep(wallet, '[part~="filter"]').map((chip) => chip.textContent?.trim())).toEqual(['有效', '已使用', '已过期', '已取消']);
    expect(visibleText(wallet)).toContain('3天后到期');
    expect(visibleText(wallet)).toContain('提醒我');
    expect(queryDeep(wallet, '[part="kind"]')[0]!.textContent).toBe('券');

    provider.locale = 'zh-HK';
    await expect.poll(() => titles(wallet)).toContain('頭等艙休息室體驗');
    expect(visibleText(wallet)).toContain('3 日後到期');
    expect(queryDeep(wallet, '[part="kind"]')[0]!.textContent).toBe('禮券');
    expect(buttonNamed(wallet, '重新整理')).toBeTruthy();
  });

  it('is legible in the dark theme', async () => {
    const sandbox = await ownSandbox();
    await voucherExpiringAt(sandbox, cstNoon(1));
    await voucherExpiringAt(sandbox, cstNoon(5));
    await claim(sandbox, 'lounge-last-visit');
    const { wallet } = await mount({ theme: 'dark' });
    await expect.poll(() => items(wallet).length).toBe(3);
    const [urgent] = queryDeep(wallet, '[part~="expiry"]');
    expect(getComputedStyle(urgent!).color).toBe('rgb(255, 180, 169)');
    expect(getComputedStyle(items(wallet)[0]!).backgroundColor).toBe('rgb(23, 24, 28)');
    await expectAccessible(wallet);
  });

  it('shows the active items for a status it does not know, with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    onTestFinished(() => warn.mockRestore());
    const { wallet } = await mount({ status: 'pending' });
    await expect.poll(() => visibleText(wallet)).toContain('Nothing here yet');
    expect(wallet.getAttribute('status')).toBe('active');
    expect(warn).toHaveBeenCalledWith('<rights-wallet>: unknown status "pending"; showing active items.');
  });

});

describeDataElement(
  {
    tag: 'rights-wallet',
    template: html`<rights-wallet></rights-wallet>`,
    path: '/v1/wallet',
    loaded: '[part="list"]:not([aria-hidden]), [part="browse"]',
    failed: { en: "Your benefits couldn't be loaded", source: '我的权益加载失败' },
  },
  page,
);
