import type { RightsAnalyticsEvent, RightsCatalog, RightsNavigateEvent, RightsProvider } from '@rights-kit/elements';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { demoToken, sampleBenefit } from '@rights-kit/mock';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/all.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';

const sandbox = useSandbox();
// Some tests scroll the page; each starts at the top.
afterEach(() => window.scrollTo(0, 0));
const getToken = async () => demoToken();

async function mountCatalog({ locale = 'en', category, analytics = false }: { locale?: string; category?: string; analytics?: boolean } = {}) {
  await sandbox;
  const provider = await fixture<RightsProvider>(html`
    <rights-provider base-url="" locale=${locale} .getToken=${getToken} ?analytics-consent=${analytics}>
      <rights-catalog category=${ifDefined(category)}></rights-catalog>
    </rights-provider>
  `);
  const catalog = provider.querySelector<RightsCatalog>('rights-catalog')!;
  return { provider, catalog };
}

const cards = (catalog: RightsCatalog) => queryDeep(catalog, 'rights-benefit-card');
const listItems = (catalog: RightsCatalog) => queryDeep(catalog, '.list:not([aria-hidden]) > li');

/** Serves a catalogue of `total` benefits, 50 to a page, instead of the sandbox's own. */
async function serveBulkCatalogue(total: number) {
  const template = sampleBenefit('lounge-domestic', 'en');
  const all = Array.from({ length: total }, (_, index) => ({ ...template, id: `bulk-${index + 1}`, title: `Benefit ${index + 1}` }));
  (await sandbox).use(
    http.get('/v1/benefits', ({ request }) => {
      const from = Number(new URL(request.url).searchParams.get('cursor') ?? 0);
      return HttpResponse.json({ items: all.slice(from, from + 50), nextCursor: from + 50 < total ? String(from + 50) : null });
    }),
  );
}

/**
 * Scrolls to the end again and again until every page has loaded; returns the most cards in the DOM at
 * any point once more than a hundred were loaded (up to a hundred are all rendered, by design).
 */
async function scrollToTheEnd(catalog: RightsCatalog): Promise<number> {
  let most = 0;
  for (let guard = 0; guard < 100 && queryDeep(catalog, '.sentinel').length > 0; guard++) {
    queryDeep(catalog, '.sentinel')[0]!.scrollIntoView();
    // The next page pads the list further, so the marker drops below the screen (or goes, at the end).
    await expect.poll(() => (queryDeep(catalog, '.sentinel')[0]?.getBoundingClientRect().top ?? Infinity) > window.innerHeight).toBe(true);
    if (Number(listItems(catalog).slice(-1)[0]?.getAttribute('aria-posinset')) > 100) most = Math.max(most, cards(catalog).length);
  }
  return most;
}
const cardTitles = (catalog: RightsCatalog) => queryDeep(catalog, '[part="title"]').map((title) => title.textContent?.trim());

describe('<rights-catalog>', () => {
  it('shows a skeleton, then a card for every benefit the sandbox serves', async () => {
    const { catalog } = await mountCatalog();
    expect(queryDeep(catalog, '.skeleton').length).toBeGreaterThan(0);
    expect(queryDeep(catalog, '[role="status"]')[0]?.textContent).toContain('Loading benefits');

    await expect.poll(() => cards(catalog).length).toBeGreaterThanOrEqual(12);
    expect(cardTitles(catalog)).toContain('Domestic airport lounges');
    expect(visibleText(catalog)).toContain('6 of 6 left this year');
    expect(queryDeep(catalog, 'section')[0]?.getAttribute('aria-busy')).toBe('false');
    await expectAccessible(catalog);
  });

  it('loads the next pages as the cardholder scrolls to the end, without duplicates', async () => {
    const { catalog } = await mountCatalog();
    await expect.poll(() => cards(catalog).length, { timeout: 5_000 }).toBe(20);
    const total = (await (await fetch('/v1/categories', { headers: { Authorization: `Bearer ${demoToken()}` } })).json()) as { items: { count: number }[] };
    const expected = total.items.reduce((sum, category) => sum + category.count, 0);
    expect(expected).toBeGreaterThan(40);
    for (let page = 0; page < 5 && cards(catalog).length < expected; page++) {
      queryDeep(catalog, '.sentinel')[0]?.scrollIntoView();
      const before = cards(catalog).length;
      await expect.poll(() => cards(catalog).length, { timeout: 5_000 }).toBeGreaterThan(before);
    }
    expect(cards(catalog)).toHaveLength(expected);
    expect(new Set(cardTitles(catalog)).size).toBe(expected);
    expect(queryDeep(catalog, '.sentinel')).toHaveLength(0);
  });

  it('paints the cards of the first screen first, and the rest of the page a frame later', async () => {
    await serveBulkCatalogue(50);
    const { catalog } = await mountCatalog();
    const firstRender = new Promise<number>((resolve) => {
      const observer = new MutationObserver(() => {
        const count = cards(catalog).length;
        if (count === 0) return;
        observer.disconnect();
        resolve(count);
      });
      observer.observe(catalog.shadowRoot!, { childList: true, subtree: true });
    });
    // A screen's worth of cards and a row more, guessing a card 320 px tall before one is measured.
    expect(await firstRender).toBeLessThanOrEqual(Math.ceil(window.innerHeight / 320) + 1);
    await expect.poll(() => cards(catalog).length).toBe(50);
  });

  it('keeps a list of 1,000 benefits to the cards near the screen while scrolling to its end and back', async () => {
    await serveBulkCatalogue(1_000);
    const { catalog } = await mountCatalog();
    await expect.poll(() => cards(catalog).length).toBe(50);
    const most = await scrollToTheEnd(catalog);
    // A phone screen holds two or three cards; with a screen above and below, a few dozen at most.
    expect(most).toBeLessThanOrEqual(40);
    window.scrollTo(0, document.documentElement.scrollHeight);
    await expect.poll(() => cardTitles(catalog)).toContain('Benefit 1000');
    const last = listItems(catalog).slice(-1)[0]!;
    expect([last.getAttribute('aria-posinset'), last.getAttribute('aria-setsize')]).toEqual(['1000', '1000']);
    // The list is as tall as a thousand cards, so the scrollbar tells the truth.
    expect(document.documentElement.scrollHeight).toBeGreaterThan(1_000 * 150);

    window.scrollTo(0, 0);
    await expect.poll(() => cardTitles(catalog)[0]).toBe('Benefit 1');
    expect(cards(catalog).length).toBeLessThanOrEqual(40);
    await expectAccessible(catalog);
  });

  it('windows whole rows when the grid has several columns', async () => {
    await serveBulkCatalogue(400);
    const { provider, catalog } = await mountCatalog();
    provider.style.setProperty('--rights-catalog-columns-min', '7rem');
    await expect.poll(() => cards(catalog).length).toBe(50);
    await scrollToTheEnd(catalog);
    const list = queryDeep(catalog, '.list')[0]!;
    const columns = getComputedStyle(list).gridTemplateColumns.split(' ').length;
    expect(columns).toBeGreaterThan(1);
    window.scrollTo(0, document.documentElement.scrollHeight / 2);
    await expect.poll(() => Number(listItems(catalog)[0]?.getAttribute('aria-posinset'))).toBeGreaterThan(1);
    const first = Number(listItems(catalog)[0]!.dataset['index']);
    expect(first % columns).toBe(0);
    expect(listItems(catalog).length % columns).toBe(0);
    // What is on screen is rendered: the middle of the list is not a blank gap.
    const middle = document.elementFromPoint(window.innerWidth / 2, window.innerHeight / 2);
    expect(middle?.closest('rights-catalog')).toBe(catalog);
    window.scrollTo(0, 0);
  });

  it('reports each card the cardholder saw once, with its position and nothing personal, only with consent', async () => {
    const reported: RightsAnalyticsEvent['detail'][] = [];
    const listen = (event: RightsAnalyticsEvent) => reported.push(event.detail);
    document.addEventListener('rights-analytics', listen);
    try {
      const withoutConsent = await mountCatalog();
      await expect.poll(() => cards(withoutConsent.catalog).length).toBe(20);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reported).toEqual([]);
      withoutConsent.provider.remove();

      const { provider, catalog } = await mountCatalog({ analytics: true });
      await expect.poll(() => reported.length).toBeGreaterThan(0);
      expect(reported[0]).toEqual({ name: 'impression', benefitId: expect.any(String), category: expect.any(String), kind: expect.any(String), position: 0 });
      const seen = reported.length;
      window.scrollTo(0, 0);
      provider.locale = 'en';
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reported).toHaveLength(seen);
      expect(new Set(reported.map((detail) => detail.benefitId)).size).toBe(seen);
      expect(JSON.stringify(reported)).not.toMatch(/m-jade|card-jade|sbx_|8826|3107/);
      provider.analyticsConsent = false;
      queryDeep(catalog, '.sentinel')[0]?.scrollIntoView();
      await expect.poll(() => cards(catalog).length).toBeGreaterThan(20);
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(reported).toHaveLength(seen);
    } finally {
      document.removeEventListener('rights-analytics', listen);
      window.scrollTo(0, 0);
    }
  });

  it('offers a retry when a later page fails, keeping what it has', async () => {
    let failing = true;
    (await sandbox).use(
      http.get('/v1/benefits', ({ request }) =>
        failing && new URL(request.url).searchParams.has('cursor') ? HttpResponse.json({ title: 'x', status: 500, code: 'internal' }, { status: 500 }) : undefined,
      ),
    );
    const { catalog } = await mountCatalog();
    await expect.poll(() => cards(catalog).length).toBe(20);
    queryDeep(catalog, '.sentinel')[0]!.scrollIntoView();
    await expect.poll(() => queryDeep(catalog, '.more-error').length, { timeout: 5_000 }).toBe(1);
    expect(cards(catalog)).toHaveLength(20);
    failing = false;
    queryDeep<HTMLButtonElement>(catalog, '.more-error [part="retry"]')[0]!.click();
    // The end is still in view after the retry, so paging carries on from there.
    await expect.poll(() => cards(catalog).length).toBeGreaterThanOrEqual(40);
    expect(queryDeep(catalog, '.more-error')).toHaveLength(0);
  });

  it('filters by category chips that show their counts, and says which is chosen', async () => {
    const { catalog } = await mountCatalog();
    await expect.poll(() => queryDeep(catalog, '[part~="chip"]').length).toBe(9);
    const chips = queryDeep<HTMLButtonElement>(catalog, '[part~="chip"]');
    expect(chips[0]!.textContent?.trim()).toBe('All');
    expect(chips[0]!.getAttribute('aria-pressed')).toBe('true');
    const pets = chips.find((chip) => chip.textContent?.includes('Pets'))!;
    const count = Number(pets.querySelector('.count')?.textContent);
    pets.click();
    await expect.poll(() => cards(catalog).length).toBe(count);
    expect(catalog.category).toBe('pets');
    expect(pets.getAttribute('aria-pressed')).toBe('true');
    expect(cardTitles(catalog)).toContain('Pet care platform');
    await expectAccessible(catalog);
  });

  it('searches once typing pauses, with one request for a word', async () => {
    const worker = await sandbox;
    const { catalog } = await mountCatalog();
    await expect.poll(() => cards(catalog).length).toBe(20);
    const searches: string[] = [];
    worker.events.on('request:start', ({ request }) => {
      const q = new URL(request.url).searchParams.get('q');
      if (q !== null) searches.push(q);
    });
    const search = queryDeep<HTMLInputElement>(catalog, '[part="search"]')[0]!;
    // Six keystrokes in quick succession, as a cardholder types a word.
    for (const prefix of ['l', 'lo', 'lou', 'loun', 'loung', 'lounge']) {
      search.value = prefix;
      search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    }
    await expect.poll(() => cards(catalog).length, { timeout: 5_000 }).toBeLessThan(20);
    expect(searches).toEqual(['lounge']);
    expect(cardTitles(catalog)).toContain('Domestic airport lounges');

    search.focus();
    await userEvent.clear(search);
    await userEvent.keyboard('zzzz');
    await expect.poll(() => visibleText(catalog), { timeout: 5_000 }).toContain('No benefits match “zzzz”');
    worker.events.removeAllListeners();
  });

  it('opens a benefit from its card with a rights-navigate event the host can act on', async () => {
    const { catalog } = await mountCatalog({ category: 'travel' });
    await expect.poll(() => cardTitles(catalog)).toContain('Domestic airport lounges');
    const opened = new Promise<RightsNavigateEvent>((resolve) => catalog.addEventListener('rights-navigate', resolve, { once: true }));
    queryDeep<HTMLButtonElement>(catalog, '[part="action"]').find((button) => button.textContent?.trim() === 'Domestic airport lounges')!.click();
    expect((await opened).detail).toEqual({ view: 'benefit', benefitId: 'lounge-domestic' });
  });

  it('gives card titles the heading level that fits the host page', async () => {
    await sandbox;
    const provider = await fixture<RightsProvider>(html`
      <rights-provider base-url="" locale="en" .getToken=${getToken}><rights-catalog heading-level="2"></rights-catalog></rights-provider>
    `);
    const catalog = provider.querySelector<RightsCatalog>('rights-catalog')!;
    await expect.poll(() => queryDeep(catalog, '[role="heading"]').length).toBeGreaterThan(0);
    expect(new Set(queryDeep(catalog, '[role="heading"]').map((heading) => heading.getAttribute('aria-level')))).toEqual(new Set(['2']));
  });

  it('loads artwork over HTTP from the sandbox into a fixed frame', async () => {
    const { catalog } = await mountCatalog();
    await expect.poll(() => queryDeep<HTMLImageElement>(catalog, 'img').length).toBeGreaterThan(0);
    const image = queryDeep<HTMLImageElement>(catalog, 'img')[0]!;
    await expect.poll(() => image.complete && image.naturalWidth).toBe(640);
    const frame = image.parentElement!.getBoundingClientRect();
    expect(frame.width / frame.height).toBeCloseTo(16 / 9, 1);
  });

  it('shows only the category it is given, and follows a change of category', async () => {
    const { catalog } = await mountCatalog({ category: 'pets' });
    await expect.poll(() => cardTitles(catalog)).toContain('Pet care platform');
    expect(cardTitles(catalog)).toContain('Pet grooming voucher');
    expect(cardTitles(catalog)).not.toContain('Family platform');
    catalog.category = 'family';
    await expect.poll(() => cardTitles(catalog)).toContain('Family platform');
    expect(cardTitles(catalog)).not.toContain('Pet care platform');
  });

  it('refetches localised content when the provider changes locale', async () => {
    const { provider, catalog } = await mountCatalog({ category: 'travel' });
    await expect.poll(() => cardTitles(catalog)[0]).toBe('Domestic airport lounges');
    provider.locale = 'zh-CN';
    await expect.poll(() => cardTitles(catalog)[0]).toBe('国内机场贵宾厅');
    expect(visibleText(catalog)).toContain('本年剩 6/6 次');
    expect(provider.lang).toBe('zh-CN');
  });

  it('says so when there is nothing to show', async () => {
    (await sandbox).use(http.get('/v1/benefits', () => HttpResponse.json({ items: [], nextCursor: null })));
    const { catalog } = await mountCatalog();
    await expect.poll(() => visibleText(catalog)).toContain('No benefits to show yet');
    await expectAccessible(catalog);
  });

  it('shows an error state, never a blank one, for a response that breaks the contract', async () => {
    (await sandbox).use(http.get('/v1/benefits', () => HttpResponse.json({ items: [{ id: 1 }], nextCursor: null })));
    const { catalog } = await mountCatalog();
    await expect.poll(() => visibleText(catalog)).toContain("Benefits couldn't be loaded");
  });

  it('shows all twenty cards of a page in which one picture is broken, that one without its picture', async () => {
    const worker = await sandbox;
    const response = await fetch('/v1/benefits', { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
    const page = (await response.json()) as { items: { title: string; image?: unknown }[]; nextCursor: string | null };
    expect(page.items).toHaveLength(20);
    const broken = page.items[4]!;
    broken.image = { url: 'javascript:alert(document.domain)', alt: '' };
    worker.use(http.get('/v1/benefits', () => HttpResponse.json(page), { once: true }));

    const { catalog } = await mountCatalog();
    await expect.poll(() => cards(catalog).length).toBe(20);
    expect(cardTitles(catalog)).toEqual(page.items.map((benefit) => benefit.title));
    const card = cards(catalog).find((candidate) => candidate.shadowRoot?.textContent?.includes(broken.title))!;
    expect(queryDeep(card, '[part="media"]')).toHaveLength(1);
    expect(queryDeep(card, 'img')).toHaveLength(0);
    expect(queryDeep<HTMLImageElement>(catalog, 'img').length).toBeGreaterThanOrEqual(19);
    expect(queryDeep<HTMLImageElement>(catalog, 'img').every((image) => image.src.startsWith(location.origin))).toBe(true);
    expect(visibleText(catalog)).not.toContain("couldn't be loaded");
    await expectAccessible(catalog);
  });

});

describeDataElement(
  { tag: 'rights-catalog', template: html`<rights-catalog></rights-catalog>`, path: '/v1/benefits', loaded: 'rights-benefit-card', failed: { en: "Benefits couldn't be loaded", source: '权益加载失败' } },
  sandbox,
);
