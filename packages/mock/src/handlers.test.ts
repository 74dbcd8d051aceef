import { benefitPage } from '@rights-kit/contract';
import { setupServer } from 'msw/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHandlers } from './handlers.js';

const API = 'https://rights.test';
const server = setupServer(...createHandlers({ baseUrl: API }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

const get = (path: string, headers: Record<string, string> = {}) =>
  fetch(`${API}${path}`, { headers: { Authorization: 'Bearer sandbox-token', ...headers } });

describe('GET /v1/benefits', () => {
  it('serves at least 12 benefits across every category and kind', async () => {
    const page = benefitPage.parse(await (await get('/v1/benefits?limit=100')).json());
    expect(page.items.length).toBeGreaterThanOrEqual(12);
    expect(new Set(page.items.map((benefit) => benefit.category))).toEqual(
      new Set(['travel', 'dining', 'pets', 'family', 'culture', 'shopping', 'cross_border', 'lifestyle']),
    );
    expect(new Set(page.items.map((benefit) => benefit.kind))).toEqual(new Set(['voucher', 'activation', 'reservation', 'partner']));
  });

  it('speaks the language the request asks for', async () => {
    const titleIn = async (language: string) => {
      const page = benefitPage.parse(await (await get('/v1/benefits?category=travel', { 'Accept-Language': language })).json());
      return page.items[0]?.title;
    };
    expect(await titleIn('en-GB,en;q=0.9')).toBe('Domestic airport lounges');
    expect(await titleIn('zh-CN')).toBe('国内机场贵宾厅');
    expect(await titleIn('zh-HK')).toBe('國內機場貴賓室');
  });

  it('pages with opaque cursors until the last page', async () => {
    const seen: string[] = [];
    let cursor: string | null = '';
    while (cursor !== null) {
      const response = await get(`/v1/benefits?limit=5${cursor ? `&cursor=${cursor}` : ''}`);
      const page = benefitPage.parse(await response.json());
      seen.push(...page.items.map((benefit) => benefit.id));
      cursor = page.nextCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen.length).toBeGreaterThanOrEqual(12);
  });

  it('filters by category and by search text in any language', async () => {
    const pets = benefitPage.parse(await (await get('/v1/benefits?category=pets')).json());
    expect(pets.items.length).toBeGreaterThan(0);
    expect(pets.items.every((benefit) => benefit.category === 'pets')).toBe(true);
    const lounges = benefitPage.parse(await (await get(`/v1/benefits?q=${encodeURIComponent('贵宾厅')}`)).json());
    expect(lounges.items.map((benefit) => benefit.id)).toEqual(['lounge-domestic', 'lounge-international']);
  });

  it('answers problems with stable codes and a request id', async () => {
    const anonymous = await fetch(`${API}/v1/benefits`);
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('Content-Type')).toBe('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ code: 'unauthorized', status: 401 });

    const badLimit = await get('/v1/benefits?limit=1000');
    expect(badLimit.status).toBe(400);
    expect(badLimit.headers.get('X-Request-Id')).toMatch(/^sbx-/);
    expect(await badLimit.json()).toMatchObject({ code: 'validation_failed' });

    expect((await get('/v1/benefits?cursor=../../etc')).status).toBe(400);
  });

  it('serves artwork for each benefit at the URL the summary names', async () => {
    const page = benefitPage.parse(await (await get('/v1/benefits?limit=1')).json());
    const art = await fetch(page.items[0]!.image!.url);
    expect(art.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await art.text()).toMatch(/^<svg xmlns/);
  });
});
