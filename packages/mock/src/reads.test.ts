import { benefitDetail, benefitPage, categoryList, member, valueSummary, cashbackList } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { SEED_MEMBERS } from './fixtures/tenants.js';
import { demoToken } from './platform/platform.js';
import { call, useSandbox } from './test/api.js';

useSandbox();

const listAll = async (query = '', locale = 'en') => {
  const items = [];
  let cursor: string | null = '';
  while (cursor !== null) {
    const page = benefitPage.parse((await call(`/v1/benefits?limit=25${query}${cursor ? `&cursor=${cursor}` : ''}`, { locale })).json);
    items.push(...page.items);
    cursor = page.nextCursor;
  }
  return items;
};

describe('reading the catalogue', () => {
  it('pages through every benefit the member can see with opaque cursors', async () => {
    const items = await listAll();
    expect(items.length).toBeGreaterThanOrEqual(40);
    expect(new Set(items.map((benefit) => benefit.id)).size).toBe(items.length);
    expect(new Set(items.map((benefit) => benefit.kind))).toEqual(new Set(['voucher', 'activation', 'reservation', 'partner']));
  });

  it('counts categories as the list filters them', async () => {
    const { items: categories } = categoryList.parse((await call('/v1/categories', { locale: 'zh-HK' })).json);
    expect(categories.map((category) => category.id)).toEqual(['travel', 'dining', 'pets', 'family', 'culture', 'shopping', 'cross_border', 'lifestyle']);
    expect(categories.find((category) => category.id === 'pets')?.name).toBe('寵物');
    for (const category of categories) {
      expect((await listAll(`&category=${category.id}`)).length).toBe(category.count);
    }
  });

  it('searches titles, descriptions and partners in any language, and filters by card', async () => {
    const lounges = await listAll(`&q=${encodeURIComponent('贵宾厅')}`);
    expect(lounges.map((benefit) => benefit.id)).toContain('lounge-domestic');
    expect(lounges.every((benefit) => benefit.category === 'travel')).toBe(true);

    const me = member.parse((await call('/v1/me')).json);
    const onFirstCard = await listAll(`&card=${me.cards[0]!.id}`);
    expect(onFirstCard.length).toBeGreaterThan(0);
    expect(onFirstCard.length).toBeLessThanOrEqual((await listAll()).length);
    expect((await call('/v1/benefits?card=card-of-someone-else')).json).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('shows each member only the benefits of their own bank', async () => {
    const other = SEED_MEMBERS.find((candidate) => candidate.tenantId !== SEED_MEMBERS[0]!.tenantId)!;
    const theirs = benefitPage.parse((await call('/v1/benefits?limit=100', { token: demoToken(other.id) })).json).items;
    const ours = benefitPage.parse((await call('/v1/benefits?limit=100')).json).items;
    expect(theirs.map((benefit) => benefit.id)).not.toEqual(ours.map((benefit) => benefit.id));
    const foreignOnly = ours.find((benefit) => !theirs.some((candidate) => candidate.id === benefit.id));
    if (foreignOnly) expect((await call(`/v1/benefits/${foreignOnly.id}`, { token: demoToken(other.id) })).status).toBe(404);
  });

  it('describes a benefit fully: eligibility per card, terms, how to use, locations', async () => {
    const lounge = benefitDetail.parse((await call('/v1/benefits/lounge-domestic', { locale: 'en' })).json);
    expect(lounge.kind).toBe('reservation');
    expect(lounge.eligibility.length).toBe(SEED_MEMBERS[0]!.cards.length);
    expect(lounge.terms.length).toBeGreaterThan(0);
    expect(lounge.howToUse.length).toBeGreaterThan(0);
    expect(lounge.locations.length).toBeGreaterThan(0);
    expect(lounge.quota).toMatchObject({ period: 'year', limit: 6 });
  });

  it('summarises value against the annual fee and lists cashback progress in several currencies', async () => {
    const summary = valueSummary.parse((await call('/v1/summary', { locale: 'en' })).json);
    expect(summary.annualFee.currency).toBe('CNY');
    expect(Number(summary.realised.amount)).toBeGreaterThan(0);
    const cashback = cashbackList.parse((await call('/v1/cashback')).json).items;
    const enrolled = cashback.filter((campaign) => campaign.progress);
    expect(enrolled.length).toBeGreaterThanOrEqual(2);
    const currencies = new Set(enrolled.flatMap((campaign) => campaign.progress!.conversions.map((conversion) => conversion.original.currency)));
    expect(currencies.size).toBeGreaterThanOrEqual(2);
  });

  it('serves the artwork its summaries point at', async () => {
    const [first] = benefitPage.parse((await call('/v1/benefits?limit=1')).json).items;
    const art = await fetch(first!.image!.url);
    expect(art.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(await art.text()).toMatch(/^<svg xmlns/);
    const cardArt = member.parse((await call('/v1/me')).json).cards[0]!.art!;
    expect((await fetch(cardArt.url)).status).toBe(200);
  });

  it('rejects paging it did not issue', async () => {
    expect((await call('/v1/benefits?limit=1000')).json).toMatchObject({ status: 400, code: 'validation_failed', invalidParams: [{ name: 'limit' }] });
    expect((await call('/v1/benefits?cursor=../../etc')).json).toMatchObject({ status: 400, code: 'validation_failed' });
  });
});
