import type { RightsBridge } from '@rights-kit/client';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { expectAccessible, queryDeep, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';
import { sandbox, mount, mountLoaded, buttonNamed, press, activeIn, requestsTo, collect, sandboxDetail, problem, claimVoucher, hasClipboard } from '../../test/detail.js';

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

  it('shows a sold-out benefit of a kind from a newer platform as needing a newer app version, with nothing to press', async () => {
    const body = await sandboxDetail('culture-museum-pass');
    (await sandbox).use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json({ ...body, kind: 'subscription', availability: 'sold_out' })));
    const { detail } = await mountLoaded('culture-museum-pass');
    expect(visibleText(queryDeep(detail, '[part="notice"]')[0]!)).toContain('Update your bank app to use this benefit');
    expect(visibleText(detail)).not.toContain('Sold out');
    expect(queryDeep(detail, 'button.action')).toHaveLength(0);
    expect(queryDeep(detail, '[part="card"], [part="card-picker"]')).toHaveLength(0);
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
