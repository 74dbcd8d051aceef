import { createRightsClient, type RightsBridge, type RightsClient } from '@rights-kit/client';
import type { RightsBenefitDetail, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/all.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();

interface MountOptions {
  locale?: string;
  client?: RightsClient;
  headingLevel?: number;
  bridge?: RightsBridge;
  analytics?: boolean;
}

async function mount(benefitId: string, { locale = 'en', client, headingLevel, bridge, analytics = false }: MountOptions = {}) {
  await sandbox;
  const detail = html`<rights-benefit-detail benefit-id=${benefitId} heading-level=${headingLevel ?? 2}></rights-benefit-detail>`;
  const provider = await fixture<RightsProvider>(
    client
      ? html`<rights-provider locale=${locale} .client=${client} .bridge=${bridge} ?analytics-consent=${analytics}>${detail}</rights-provider>`
      : html`<rights-provider base-url="" locale=${locale} .getToken=${getToken} .bridge=${bridge} ?analytics-consent=${analytics}>${detail}</rights-provider>`,
  );
  const element = provider.querySelector<RightsBenefitDetail>('rights-benefit-detail')!;
  return { provider, detail: element };
}

/** Mounts and waits until the benefit has loaded. */
async function mountLoaded(benefitId: string, options: MountOptions = {}) {
  const mounted = await mount(benefitId, options);
  await expect.poll(() => queryDeep(mounted.detail, '[part="title"]').length, { timeout: 5_000 }).toBe(1);
  return mounted;
}

const buttons = (root: Element) => queryDeep<HTMLButtonElement>(root, 'button');
const buttonNamed = (root: Element, name: string) => buttons(root).find((button) => button.textContent?.trim() === name);
const press = (root: Element, name: string) => {
  const button = buttonNamed(root, name);
  if (!button) throw new Error(`No button "${name}" in: ${visibleText(root)}`);
  button.click();
};
const activeIn = (detail: RightsBenefitDetail) => detail.shadowRoot!.activeElement;
const control = <T extends HTMLElement>(detail: RightsBenefitDetail, name: string) => detail.shadowRoot!.querySelector<T>(`#field-${name}`)!;

function set(element: HTMLInputElement | HTMLSelectElement, value: string, type: 'input' | 'change' = 'change') {
  element.value = value;
  element.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Every request the page sends to `path` with `method` while the test runs. */
function requestsTo(worker: SetupWorker, method: string, path: RegExp): Request[] {
  const seen: Request[] = [];
  const listener = ({ request }: { request: Request }) => {
    if (request.method === method && path.test(new URL(request.url).pathname)) seen.push(request.clone());
  };
  worker.events.on('request:start', listener);
  onTestFinished(() => worker.events.removeListener('request:start', listener));
  return seen;
}

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

/** A benefit detail as the sandbox sends it, to serve altered. */
async function sandboxDetail(benefitId: string): Promise<Record<string, unknown>> {
  // Also when a test runs on its own: the in-page sandbox answers only once it has started.
  await sandbox;
  const response = await fetch(`/v1/benefits/${benefitId}`, { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
  return (await response.json()) as Record<string, unknown>;
}

const problem = (code: string, status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ title: code, status, code, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

async function claimVoucher(detail: RightsBenefitDetail) {
  press(detail, 'Claim');
  await expect.poll(() => buttonNamed(detail, 'Confirm')).toBeDefined();
  press(detail, 'Confirm');
}

// The older-engines project runs these without navigator.clipboard (Safari 13.1 has it; a WebView may not).
const hasClipboard = 'clipboard' in navigator;

describe('<rights-benefit-detail>', () => {
  it('shows a skeleton, then everything about the benefit', async () => {
    const { detail } = await mount('lounge-last-visit');
    expect(queryDeep(detail, '.skeleton').length).toBeGreaterThan(0);
    expect(visibleText(detail)).toContain('Loading the benefit');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('First-class lounge visit');

    const text = visibleText(detail);
    for (const expected of [
      'SkyRest',
      'Worth ¥880',
      'Jan 1, 2026 – Dec 31, 2027',
      '1 of 1 left this year · resets Jan 1, 2027',
      'Terms',
      'One visit per card per calendar year',
      'How to use it',
      'Choose the card and claim the pass.',
      'Where to use it',
      'First Class Lounge, Beijing Capital T3',
      'Daily 06:00–01:00',
      'Using your Jade Platinum Travel ending 8826',
    ]) {
      expect(text).toContain(expected);
    }
    expect(queryDeep(detail, 'strong').map((strong) => strong.textContent)).toContain('One visit per card per calendar year');
    expect(queryDeep(detail, 'ol li').length).toBeGreaterThanOrEqual(3);
    expect(queryDeep<HTMLAnchorElement>(detail, 'a.tel')[0]!.getAttribute('href')).toBe('tel:+861064578890');
    expect(queryDeep(detail, '[part="title"]')[0]!.getAttribute('aria-level')).toBe('2');
    expect(queryDeep(detail, '[part="section-heading"]').every((heading) => heading.getAttribute('aria-level') === '3')).toBe(true);
    // Only the platinum card can take it, so there is nothing to pick.
    expect(queryDeep(detail, '[part="card-picker"]')).toHaveLength(0);

    const image = queryDeep<HTMLImageElement>(detail, 'img')[0]!;
    await expect.poll(() => image.complete && image.naturalWidth).toBeGreaterThan(0);
    const frame = queryDeep(detail, '[part="media"]')[0]!.getBoundingClientRect();
    expect(frame.width / frame.height).toBeCloseTo(16 / 9, 1);
    await expectAccessible(detail);
  });

  it('claims a voucher after a confirmation naming the card, then shows the code and moves focus to it', async () => {
    const claimed = collect('rights-claimed');
    const { detail } = await mountLoaded('lounge-last-visit');
    press(detail, 'Claim');
    await expect.poll(() => visibleText(detail)).toContain('Claim this voucher?');
    expect(visibleText(detail)).toContain('It will be claimed on your Jade Platinum Travel ending 8826');
    expect(activeIn(detail)?.textContent?.trim()).toBe('Confirm');
    await expectAccessible(detail);

    press(detail, 'Confirm');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    const code = queryDeep(detail, '[part="code"]')[0]!.textContent!.trim();
    expect(code).toMatch(/^RK-[A-Z0-9]{4}-[A-Z0-9]{4}$/);
    expect(visibleText(detail)).toContain('show its QR code from your wallet');
    expect(activeIn(detail)).toBe(queryDeep(detail, '[part="result-heading"]')[0]);
    expect(queryDeep(detail, '[role="status"]').map((status) => status.textContent)).toContain('Voucher claimed');
    expect(claimed).toHaveLength(1);
    expect(claimed[0]!.detail).toEqual({ benefitId: 'lounge-last-visit', walletItemId: expect.stringMatching(/^w-/), kind: 'voucher' });
    expect(claimed[0]!.bubbles && claimed[0]!.composed).toBe(true);
    // The detail refreshes behind the result: the year's one visit is taken.
    await expect.poll(() => visibleText(detail)).toContain('None left this year · resets Jan 1, 2027');
    await expectAccessible(detail);
  });

  it.skipIf(!hasClipboard)('shows a text voucher in large type with a copy button', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue();
    onTestFinished(() => writeText.mockRestore());
    const { detail } = await mountLoaded('shopping-instant-reduction');
    await claimVoucher(detail);
    await expect.poll(() => queryDeep(detail, '[part="code"]').length, { timeout: 5_000 }).toBe(1);
    const code = queryDeep(detail, '[part="code"]')[0]!;
    expect(getComputedStyle(code).fontFamily).toMatch(/mono/i);
    expect(visibleText(detail)).toContain('Enter or read out this code when you use it.');
    press(detail, 'Copy code');
    await expect.poll(() => writeText.mock.calls[0]?.[0]).toBe(code.textContent!.trim());
    await expect.poll(() => queryDeep(detail, '[role="status"]').map((status) => status.textContent)).toContain('Code copied');
  });

  it.skipIf(!hasClipboard)('says how to copy by hand when the clipboard refuses', async () => {
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new DOMException('Document is not focused.', 'NotAllowedError'));
    onTestFinished(() => writeText.mockRestore());
    const { detail } = await mountLoaded('shopping-instant-reduction');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Copy code'), { timeout: 5_000 }).toBeDefined();
    press(detail, 'Copy code');
    await expect.poll(() => visibleText(detail)).toContain("Couldn't copy it. Press and hold the code to copy it yourself.");
  });

  it('lets the cardholder pick the card when two are eligible, and claims on that one', async () => {
    const requested = collect('rights-claim');
    const { detail } = await mountLoaded('shopping-department-store');
    const options = queryDeep(detail, '[part="card-option"]');
    expect(options.map((option) => option.textContent?.replace(/\s+/g, ' ').trim())).toEqual([
      expect.stringContaining('Jade Platinum Travel ending 8826'),
      expect.stringContaining('Jade Gold ending 3107'),
    ]);
    expect(queryDeep(detail, 'legend')[0]!.textContent).toBe('Choose a card');
    const gold = queryDeep<HTMLInputElement>(detail, 'input[name="card"]')[1]!;
    gold.click();
    await detail.updateComplete;
    expect(visibleText(detail)).toContain('4 of 4 left this year');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(requested.map((event) => event.detail.cardId)).toEqual(['card-jade-001-b']);
    await expectAccessible(detail);
  });

  it('explains the cashback rule, then activates the offer', async () => {
    const { detail } = await mountLoaded('cross-border-japan');
    const rule = visibleText(queryDeep(detail, '[part="rule"]')[0]!);
    for (const expected of ['10% back on qualifying spend', 'Starts once your spend reaches CN¥2,000.00', 'Up to CN¥1,000.00 back', 'Where: Japan', 'Currencies: Japanese Yen', 'Paid in Chinese Yuan']) {
      expect(rule).toContain(expected);
    }
    await expectAccessible(detail);
    press(detail, 'Activate');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("You're enrolled");
    expect(visibleText(detail)).toContain('Qualifying spend on your Jade Platinum Travel ending 8826 now counts towards your cashback.');
    press(detail, 'Done');
    await expect.poll(() => visibleText(detail)).toContain("You're already enrolled");
    expect(buttonNamed(detail, 'Activate')).toBeUndefined();
  });

  it('shows an offer the member is already enrolled in without an action', async () => {
    const { detail } = await mountLoaded('cross-border-cashback', { locale: 'zh-CN' });
    expect(visibleText(detail)).toContain('您已报名此活动');
    expect(visibleText(detail)).toContain('合资格消费返 8%');
    expect(buttonNamed(detail, '立即报名')).toBeUndefined();
  });

  it('renders every reservation field as a labelled native control', async () => {
    const { detail } = await mountLoaded('restaurant-week-autumn');
    const location = control<HTMLSelectElement>(detail, 'location');
    expect(location.tagName).toBe('SELECT');
    expect([...location.options].map((option) => option.textContent)).toContain('Choose…');
    const date = control<HTMLInputElement>(detail, 'date');
    expect(date.type).toBe('date');
    expect(date.min).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(date.max > date.min).toBe(true);
    expect(visibleText(detail)).toContain('From tomorrow, up to 4 weeks ahead');
    expect(visibleText(detail)).toContain('Fully booked:');
    const slots = queryDeep<HTMLInputElement>(detail, '#field-time input[type="radio"]');
    expect(slots).toHaveLength(10);
    expect(slots.filter((slot) => slot.disabled).map((slot) => slot.value)).toEqual(['12:30', '18:00', '18:30']);
    expect(visibleText(detail)).toContain('12:30 (full)');
    expect(control(detail, 'time').getAttribute('role')).toBe('radiogroup');
    const party = control<HTMLInputElement>(detail, 'partySize');
    expect([party.type, party.min, party.max, party.step]).toEqual(['number', '1', '6', '1']);
    const name = control<HTMLInputElement>(detail, 'guestName');
    expect([name.type, name.maxLength, name.minLength, name.autocomplete]).toEqual(['text', 40, 2, 'name']);
    for (const field of ['location', 'date', 'partySize', 'guestName', 'setMenu']) {
      const input = control<HTMLInputElement>(detail, field);
      expect(input.required).toBe(true);
      expect(detail.shadowRoot!.querySelector(`label[for="field-${field}"]`)?.textContent).toContain('*');
    }
    await expectAccessible(detail);
  });

  it('checks the answers before sending: inline errors, focus on the first, nothing sent', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('restaurant-week-autumn');
    press(detail, 'Book');
    await expect.poll(() => queryDeep(detail, '[part="field-error"]').length).toBe(6);
    expect(visibleText(detail)).toContain('Choose one');
    expect(visibleText(detail)).toContain('Fill this in');
    expect(activeIn(detail)).toBe(control(detail, 'location'));
    expect(control(detail, 'location').getAttribute('aria-invalid')).toBe('true');
    expect(control(detail, 'location').getAttribute('aria-describedby')).toContain('field-location-error');
    await expectAccessible(detail);

    // A fully booked day is refused as soon as it is picked.
    const date = control<HTMLInputElement>(detail, 'date');
    const booked = new Date(`${date.min}T00:00:00Z`);
    booked.setUTCDate(booked.getUTCDate() + 4);
    set(date, booked.toISOString().slice(0, 10));
    await expect.poll(() => visibleText(detail)).toContain('That day is fully booked. Choose another.');
    set(date, date.min);
    await expect.poll(() => visibleText(detail)).not.toContain('That day is fully booked');
    expect(claims).toHaveLength(0);
  });

  it('books with every field answered and shows the confirmation', async () => {
    const { detail } = await mountLoaded('restaurant-week-autumn');
    set(control<HTMLSelectElement>(detail, 'location'), control<HTMLSelectElement>(detail, 'location').options[1]!.value);
    set(control<HTMLInputElement>(detail, 'date'), control<HTMLInputElement>(detail, 'date').min);
    queryDeep<HTMLInputElement>(detail, '#field-time input[value="19:00"]')[0]!.click();
    set(control<HTMLInputElement>(detail, 'partySize'), '2', 'input');
    set(control<HTMLInputElement>(detail, 'guestName'), 'Li Wei', 'input');
    set(control<HTMLSelectElement>(detail, 'setMenu'), 'chef');
    press(detail, 'Book');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Booked');
    expect(queryDeep(detail, '[part="code"]')[0]!.textContent).toMatch(/^BK[A-Z0-9]{6}$/);
    const text = visibleText(detail);
    expect(text).toContain('at 19:00');
    expect(text).toContain("Chef's six courses, ¥268");
    expect(text).toContain('Li Wei');
    expect(activeIn(detail)).toBe(queryDeep(detail, '[part="result-heading"]')[0]);
    await expectAccessible(detail);
  });

  it("puts the platform's field errors back on the fields", async () => {
    const failed = collect('rights-claim-failed');
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/claims', () =>
        problem('validation_failed', 400, { invalidParams: [{ name: 'guestName', reason: 'too_short' }, { name: 'cardId', reason: 'unknown card' }] }),
      ),
    );
    const { detail } = await mountLoaded('restaurant-week-autumn');
    set(control<HTMLSelectElement>(detail, 'location'), control<HTMLSelectElement>(detail, 'location').options[1]!.value);
    set(control<HTMLInputElement>(detail, 'date'), control<HTMLInputElement>(detail, 'date').min);
    queryDeep<HTMLInputElement>(detail, '#field-time input[value="11:30"]')[0]!.click();
    set(control<HTMLInputElement>(detail, 'partySize'), '1', 'input');
    set(control<HTMLInputElement>(detail, 'guestName'), 'Li', 'input');
    set(control<HTMLSelectElement>(detail, 'setMenu'), 'seasonal');
    press(detail, 'Book');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Enter at least 2 characters');
    expect(visibleText(detail)).toContain('Some answers need another look');
    expect(activeIn(detail)).toBe(control(detail, 'guestName'));
    expect(failed.map((event) => event.detail)).toEqual([{ benefitId: 'restaurant-week-autumn', code: 'validation_failed' }]);
  });

  it("sends the cardholder to the partner's channel for a required field it cannot render", async () => {
    const body = await sandboxDetail('restaurant-week-autumn');
    const form = [...(body.form as object[]), { type: 'signature', name: 'signature', label: 'Signature', required: true }];
    (await sandbox).use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, form })));
    const { detail } = await mountLoaded('restaurant-week-autumn');
    expect(visibleText(detail)).toContain("Book through the partner's own channel");
    expect(visibleText(detail)).toContain('Please book with Gourmet Weekly directly.');
    expect(buttonNamed(detail, 'Book')!.disabled).toBe(true);
    await expectAccessible(detail);
  });

  it('opens a partner platform through a signed link the host can take over', async () => {
    const launches = requestsTo(await sandbox, 'POST', /\/launch$/);
    // Cancelled, so the test page stays where it is.
    const opened = collect('rights-open-partner', (event) => event.preventDefault());
    const { detail } = await mountLoaded('pet-platform');
    expect(visibleText(detail)).toContain('Book grooming, vaccines and check-ups');
    press(detail, 'Open Pawlife Members');
    await expect.poll(() => opened.length, { timeout: 5_000 }).toBe(1);
    expect(opened[0]!.cancelable).toBe(true);
    expect(opened[0]!.detail.benefitId).toBe('pet-platform');
    expect(opened[0]!.detail.url.startsWith(`${location.origin}/sandbox/partners/pet-platform?ticket=`)).toBe(true);
    expect(await launches[0]!.json()).toEqual({ cardId: 'card-jade-001-a' });
    await expect.poll(() => buttonNamed(detail, 'Open Pawlife Members')?.getAttribute('aria-disabled')).toBeNull();
  });

  it('opens a partner platform inside the native app when the provider has a bridge', async () => {
    const opened = collect('rights-open-partner');
    const openUrl = vi.fn<(url: string) => Promise<void>>().mockResolvedValue(undefined);
    const { detail } = await mountLoaded('pet-platform', { bridge: { openUrl } });
    press(detail, 'Open Pawlife Members');
    await expect.poll(() => openUrl.mock.calls.length, { timeout: 5_000 }).toBe(1);
    expect(openUrl).toHaveBeenCalledWith(opened[0]!.detail.url);
    expect(opened[0]!.defaultPrevented).toBe(false);
    // Back from the partner's screen, the benefit is as the cardholder left it.
    await expect.poll(() => buttonNamed(detail, 'Open Pawlife Members')?.getAttribute('aria-disabled')).toBeNull();
  });

  it("asks the native app's bridge to confirm the cardholder when the platform wants step-up", async () => {
    const stepUp = vi.fn<NonNullable<RightsBridge['stepUp']>>().mockResolvedValue('proof-from-face-id');
    const { detail } = await mountLoaded('shopping-jewellery', { bridge: { stepUp } });
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(stepUp).toHaveBeenCalledExactlyOnceWith({ method: 'POST', path: '/v1/benefits/shopping-jewellery/claims' });
  });

  it("offers the native app's share sheet and its haptics when the bridge has them", async () => {
    const share = vi.fn<NonNullable<RightsBridge['share']>>().mockResolvedValue(undefined);
    const haptic = vi.fn<NonNullable<RightsBridge['haptic']>>();
    const { detail } = await mountLoaded('shopping-department-store', { bridge: { share, haptic } });
    press(detail, 'Share');
    expect(share).toHaveBeenCalledExactlyOnceWith({ title: expect.any(String), text: expect.stringContaining('·') });
    expect(JSON.stringify(share.mock.calls)).not.toMatch(/card-|m-jade|token/);
    await claimVoucher(detail);
    await expect.poll(() => haptic.mock.calls, { timeout: 5_000 }).toEqual([['success']]);

    (await sandbox).use(http.post('/v1/benefits/:benefitId/claims', () => problem('sold_out', 409)));
    press(detail, 'Done');
    await expect.poll(() => buttonNamed(detail, 'Claim')).toBeDefined();
    await claimVoucher(detail);
    await expect.poll(() => haptic.mock.calls, { timeout: 5_000 }).toEqual([['success'], ['error']]);
  });

  it('offers no share button without a bridge that shares', async () => {
    const { detail } = await mountLoaded('shopping-department-store', { bridge: { openUrl: vi.fn() } });
    expect(buttonNamed(detail, 'Share')).toBeUndefined();
  });

  it('reports a view and a claim to analytics only with consent, and nothing personal', async () => {
    const reported = collect('rights-analytics');
    const quiet = await mountLoaded('lounge-last-visit');
    await claimVoucher(quiet.detail);
    await expect.poll(() => visibleText(quiet.detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(reported).toHaveLength(0);
    quiet.provider.remove();

    const { provider, detail } = await mountLoaded('shopping-department-store', { analytics: true });
    const facts = { benefitId: 'shopping-department-store', category: 'shopping', kind: 'voucher' };
    await expect.poll(() => reported.map((event) => event.detail)).toEqual([{ name: 'view', ...facts }]);
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    // The detail refreshes after a claim, and a new locale reloads it: neither is another view.
    provider.locale = 'zh-CN';
    await expect.poll(() => buttonNamed(detail, '完成')).toBeDefined();
    (await sandbox).use(http.post('/v1/benefits/:benefitId/claims', () => problem('sold_out', 409)));
    press(detail, '完成');
    await expect.poll(() => buttonNamed(detail, '立即领取')).toBeDefined();
    press(detail, '立即领取');
    await expect.poll(() => buttonNamed(detail, '确认领取')).toBeDefined();
    press(detail, '确认领取');
    await expect.poll(() => reported.length, { timeout: 5_000 }).toBe(5);
    expect(reported.map((event) => event.detail)).toEqual([
      { name: 'view', ...facts },
      { name: 'claim_started', ...facts },
      { name: 'claim_succeeded', ...facts },
      { name: 'claim_started', ...facts },
      { name: 'claim_failed', ...facts, code: 'sold_out' },
    ]);
    expect(JSON.stringify(reported.map((event) => event.detail))).not.toMatch(/m-jade|card-jade|sbx_|8826|3107/);
  });

  it('refuses a partner link that is not safe to open', async () => {
    const opened = collect('rights-open-partner', (event) => event.preventDefault());
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/launch', () => HttpResponse.json({ url: 'http://partner.example/entry', expiresAt: '2030-01-01T00:00:00+08:00' })),
    );
    const { detail } = await mountLoaded('pet-platform');
    press(detail, 'Open Pawlife Members');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Something went wrong');
    expect(opened).toHaveLength(0);
  });

  it.each([
    ['pet-grooming-voucher', 'Sold out', 'All claimed. Look out for the next release.'],
    ['dining-mooncake-gift', 'Ended', 'This benefit ended on Oct 6, 2026.'],
    ['dining-fine-dining-credit', 'Not available on this card', 'Jade Platinum Travel ending 8826: it needs a higher card tier'],
  ])('disables the action for %s and says why', async (benefitId, title, hint) => {
    const { detail } = await mountLoaded(benefitId);
    const notice = visibleText(queryDeep(detail, '[part="notice"]')[0]!);
    expect(notice).toContain(title);
    expect(notice).toContain(hint);
    const action = queryDeep<HTMLButtonElement>(detail, 'button.action')[0]!;
    expect(action.disabled).toBe(true);
    expect(action.getAttribute('aria-describedby')).toBe('notice');
    await expectAccessible(detail);
  });

  it('says why no card can take it once the quota is used up', async () => {
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Done'), { timeout: 5_000 }).toBeDefined();
    press(detail, 'Done');
    await expect.poll(() => visibleText(detail)).toContain('None of your cards can take this benefit right now');
    const notice = visibleText(queryDeep(detail, '[part="notice"]')[0]!);
    expect(notice).toContain('Jade Platinum Travel ending 8826: no uses left this period');
    expect(notice).toContain('Jade Gold ending 3107: it needs a higher card tier');
    expect(queryDeep<HTMLButtonElement>(detail, 'button.action')[0]!.disabled).toBe(true);
  });

  it('claims once however fast the cardholder taps', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('dining-delivery-discount');
    const activate = buttonNamed(detail, 'Activate')!;
    activate.click();
    activate.click();
    await detail.updateComplete;
    activate.click();
    expect(activate.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("You're enrolled");
    expect(claims).toHaveLength(1);
  });

  it('retries a claim lost to the network with the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    let failures = 0;
    const failed = collect('rights-claim-failed');
    const claimed = collect('rights-claimed');
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        // The client retries a write twice on its own; the third loss reaches the cardholder.
        if (++failures <= 3) return HttpResponse.error();
        return undefined;
      }),
    );
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 8_000 }).toContain('The connection dropped');
    expect(visibleText(detail)).toContain("Check your connection, then try again. It won't be taken twice.");
    expect(failed.map((event) => event.detail.code)).toEqual(['network']);
    expect(activeIn(detail)?.textContent).toBe('The connection dropped');
    await expectAccessible(detail);

    press(detail, 'Try again');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(claimed).toHaveLength(1);
  });

  it('uses a new Idempotency-Key for the next claim after a success', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('shopping-department-store');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Done'), { timeout: 5_000 }).toBeDefined();
    press(detail, 'Done');
    await expect.poll(() => buttonNamed(detail, 'Claim')).toBeDefined();
    await claimVoucher(detail);
    await expect.poll(() => claims.length, { timeout: 5_000 }).toBe(2);
    await expect.poll(() => visibleText(detail)).toContain('Voucher claimed');
    expect(claims[0]!.headers.get('Idempotency-Key')).not.toBe(claims[1]!.headers.get('Idempotency-Key'));
  });

  it('lets the host veto a claim, quietly', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const vetoed = collect('rights-claim', (event) => event.preventDefault());
    const failed = collect('rights-claim-failed');
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Claim')).toBeDefined();
    expect(vetoed).toHaveLength(1);
    expect(vetoed[0]!.detail).toEqual({ benefitId: 'lounge-last-visit', cardId: 'card-jade-001-a' });
    expect(claims).toHaveLength(0);
    expect(failed).toHaveLength(0);
    expect(queryDeep(detail, '[part="error"]')).toHaveLength(0);
    expect(activeIn(detail)).toBe(buttonNamed(detail, 'Claim'));
  });

  it('asks the cardholder to confirm in the bank app when there is no step-up', async () => {
    const { detail } = await mountLoaded('shopping-jewellery');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Confirm in your bank app');
    expect(buttonNamed(detail, 'Try again')).toBeDefined();
  });

  it('says the same when the host declines step-up, and claims once it confirms', async () => {
    const onStepUp = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce(null).mockResolvedValue('proof-from-the-bank-app');
    const client = createRightsClient({ baseUrl: '', getToken, onStepUp });
    const { detail } = await mountLoaded('shopping-jewellery', { client });
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("The confirmation wasn't completed.");
    press(detail, 'Try again');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(onStepUp).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['quota_exhausted', 409, 'No uses left on this card', 'Try another card'],
    ['sold_out', 409, 'All claimed', 'Look out for the next release.'],
    ['benefit_expired', 410, 'This benefit has ended', 'Have a look at the other benefits.'],
    ['not_eligible', 403, "This card doesn't qualify", 'ask your bank for details'],
    ['already_claimed', 409, "You've already taken this", "You'll find it in your wallet."],
    ['rate_limited', 429, 'Too many attempts', 'Wait a moment, then try again.'],
    ['unauthorized', 401, 'Your session has ended', 'Sign in again in your bank app'],
    ['internal', 500, 'Something went wrong', 'contact your bank'],
  ])('turns %s into words and a next step', async (code, status, title, hint) => {
    const failed = collect('rights-claim-failed');
    // A long Retry-After makes the client give up at once instead of waiting.
    (await sandbox).use(http.post('/v1/benefits/:benefitId/claims', () => problem(code, status, {}, { 'Retry-After': '60' })));
    const { detail } = await mountLoaded('dining-delivery-discount');
    press(detail, 'Activate');
    await expect.poll(() => queryDeep(detail, '[part="error"]').length, { timeout: 5_000 }).toBe(1);
    const error = visibleText(queryDeep(detail, '[part="error"]')[0]!);
    expect(error).toContain(title);
    expect(error).toContain(hint);
    expect(failed.map((event) => event.detail.code)).toEqual([code]);
    await expectAccessible(detail);
  });

  it('shows a benefit of a kind from a newer platform without breaking', async () => {
    const body = await sandboxDetail('culture-museum-pass');
    const terms = [...(body.terms as object[]), { type: 'table', rows: [] }, { type: 'paragraph', spans: [{ text: 'Full terms', link: 'https://rights.example/terms' }] }];
    (await sandbox).use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, kind: 'subscription', subscription: { months: 12 }, terms })));
    const { detail } = await mountLoaded('culture-museum-pass');
    expect(visibleText(detail)).toContain('Museum pass for two');
    expect(visibleText(detail)).toContain('Update your bank app to use this benefit');
    expect(queryDeep(detail, 'button.action')).toHaveLength(0);
    const link = queryDeep<HTMLAnchorElement>(detail, '.rich-text a')[0]!;
    expect([link.href, link.rel, link.textContent]).toEqual(['https://rights.example/terms', 'noopener noreferrer', 'Full terms']);
    await expectAccessible(detail);
  });

  it('shows a benefit whose terms hold a broken link, the link’s words as plain text, and lets it be taken', async () => {
    const worker = await sandbox;
    const body = await sandboxDetail('lounge-last-visit');
    const brokenLink = { type: 'paragraph', spans: [{ text: 'Read the ' }, { text: 'full terms', link: 'javascript:alert(document.cookie)' }, { text: ' first.' }] };
    worker.use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, terms: [brokenLink, ...(body.terms as object[])] })));
    const { detail } = await mountLoaded('lounge-last-visit');
    const terms = queryDeep(detail, '.rich-text')[0]!;
    expect(visibleText(terms)).toContain('Read the full terms first.');
    expect(visibleText(terms)).toContain('One visit per card per calendar year');
    expect(queryDeep(detail, 'a').filter((anchor) => anchor.textContent === 'full terms')).toHaveLength(0);
    expect(queryDeep<HTMLAnchorElement>(detail, 'a').some((anchor) => anchor.href.startsWith('javascript:'))).toBe(false);
    await expectAccessible(detail);
    await claimVoucher(detail);
    await expect.poll(() => queryDeep(detail, '[part="result"]').length, { timeout: 5_000 }).toBe(1);
  });

  it('says where terms and steps need a newer app version, instead of leaving their sections empty', async () => {
    const worker = await sandbox;
    const body = await sandboxDetail('lounge-last-visit');
    const paragraph = (text: string) => ({ type: 'paragraph', spans: [{ text }] });
    const terms = [{ type: 'table', rows: [['Mon', 'closed']] }];
    const howToUse = [paragraph('Claim the pass.'), { type: 'video', src: 'x' }, { type: 'map' }, paragraph('Show it at the desk.')];
    worker.use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, terms, howToUse })));
    const { detail } = await mountLoaded('lounge-last-visit');
    const section = (heading: string) => queryDeep(detail, '[part="section"]').find((candidate) => candidate.querySelector('[part="section-heading"]')?.textContent === heading)!;
    expect(visibleText(section('Terms'))).toBe('Terms Needs a newer app version');
    expect(visibleText(section('How to use it'))).toBe('How to use it Claim the pass. Needs a newer app version Show it at the desk.');
    await expectAccessible(detail);
  });

  it('can be used with the keyboard alone', async () => {
    const { detail } = await mountLoaded('lounge-last-visit');
    buttonNamed(detail, 'Claim')!.focus();
    await userEvent.keyboard('{Enter}');
    await expect.poll(() => activeIn(detail)?.textContent?.trim()).toBe('Confirm');
    await userEvent.keyboard('{Escape}');
    await expect.poll(() => activeIn(detail)?.textContent?.trim()).toBe('Claim');
    await userEvent.keyboard('[Space]');
    await expect.poll(() => activeIn(detail)?.textContent?.trim()).toBe('Confirm');
    await userEvent.keyboard('[Space]');
    await expect.poll(() => activeIn(detail)?.getAttribute('part'), { timeout: 5_000 }).toBe('result-heading');
  });

  it('says so when there is no such benefit', async () => {
    const { detail } = await mount('no-such-benefit');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("This benefit isn't available");
    expect(buttonNamed(detail, 'Try again')).toBeUndefined();
    await expectAccessible(detail);
  });

  it('follows a change of locale', async () => {
    const { provider, detail } = await mountLoaded('lounge-last-visit');
    expect(buttonNamed(detail, 'Claim')).toBeDefined();
    provider.locale = 'zh-CN';
    await expect.poll(() => queryDeep(detail, '[part="title"]')[0]?.textContent, { timeout: 5_000 }).toBe('头等舱休息室体验');
    expect(buttonNamed(detail, '立即领取')).toBeDefined();
    expect(visibleText(detail)).toContain('将使用翡翠白金旅行卡（尾号 8826）');
    provider.locale = 'zh-HK';
    await expect.poll(() => buttonNamed(detail, '立即領取'), { timeout: 5_000 }).toBeDefined();
    expect(visibleText(detail)).toContain('使用條款');
  });

  it('takes the heading level that fits the host page', async () => {
    const { detail } = await mountLoaded('lounge-last-visit', { headingLevel: 3 });
    expect(queryDeep(detail, '[part="title"]')[0]!.getAttribute('aria-level')).toBe('3');
    expect(queryDeep(detail, '[part="section-heading"]')[0]!.getAttribute('aria-level')).toBe('4');
  });

});

describeDataElement(
  {
    tag: 'rights-benefit-detail',
    template: html`<rights-benefit-detail benefit-id="lounge-last-visit"></rights-benefit-detail>`,
    path: '/v1/benefits/:benefitId',
    loaded: '[part="title"]',
    failed: { en: "This benefit couldn't be loaded", source: '权益详情加载失败' },
  },
  sandbox,
);
