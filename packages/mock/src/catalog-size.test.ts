import { benefitDetail, benefitPage, categoryList, claimResult, problem, type BenefitSummary } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { growCatalog } from './fixtures/benefits/grow.js';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { DEMO_MEMBER_ID, SEED_MEMBERS, SEED_TENANTS } from './fixtures/tenants.js';
import type { SeedBenefit } from './fixtures/types.js';
import { createSandbox } from './handlers.js';
import { demoToken } from './platform/platform.js';
import { call, newKey, useSandbox } from './test/api.js';

const SIZE = 1000;
useSandbox({ catalogSize: SIZE });

/** What a member may see, worked out from the fixtures rather than asked of the platform under test. */
function seenBy(memberId: string): (benefit: SeedBenefit) => boolean {
  const member = SEED_MEMBERS.find((candidate) => candidate.id === memberId)!;
  const bankProducts = new Set(SEED_TENANTS.find((tenant) => tenant.id === member.tenantId)!.products.map((product) => product.id));
  return (benefit) => benefit.products.some((productId) => bankProducts.has(productId));
}

/** The seed benefit a catalogue entry is, or is a copy of. */
const seedIdOf = (id: string) => id.replace(/_\d+$/, '');

async function listAll(query = '', token = demoToken()): Promise<{ items: BenefitSummary[]; pages: number }> {
  const items: BenefitSummary[] = [];
  let pages = 0;
  let cursor: string | null = '';
  while (cursor !== null) {
    const page = benefitPage.parse((await call(`/v1/benefits?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`, { token, locale: 'en' })).json);
    items.push(...page.items);
    cursor = page.nextCursor;
    pages++;
  }
  return { items, pages };
}

describe(`a catalogue grown to ${SIZE} benefits`, () => {
  const catalogue = growCatalog(SEED_BENEFITS, SIZE);

  it('pages through every benefit a member sees: the seed benefits of their bank and all their copies', async () => {
    for (const memberId of [DEMO_MEMBER_ID, 'm-harbour-001']) {
      const visible = catalogue.filter(seenBy(memberId));
      const { items, pages } = await listAll('', demoToken(memberId));
      expect(items.map((benefit) => benefit.id)).toEqual(visible.map((benefit) => benefit.id));
      expect(new Set(items.map((benefit) => benefit.id)).size).toBe(items.length);
      expect(pages).toBe(Math.ceil(visible.length / 100));
      // The catalogue counts every bank's benefits; a member sees only copies of seed benefits they see.
      const visibleSeed = new Set(SEED_BENEFITS.filter(seenBy(memberId)).map((benefit) => benefit.id));
      expect(items.every((benefit) => visibleSeed.has(seedIdOf(benefit.id)))).toBe(true);
      expect(items.length).toBeGreaterThan(SIZE * 0.9);
    }
  });

  it('counts the copies in the categories, as the category filter lists them', async () => {
    const { items: categories } = categoryList.parse((await call('/v1/categories', { locale: 'en' })).json);
    const visible = catalogue.filter(seenBy(DEMO_MEMBER_ID));
    for (const category of categories) {
      expect(category.count, category.id).toBe(visible.filter((benefit) => benefit.category === category.id).length);
      expect(category.count, category.id).toBeGreaterThan(SEED_BENEFITS.filter((benefit) => benefit.category === category.id).length);
    }
    expect(categories.reduce((total, category) => total + category.count, 0)).toBe(visible.length);
    const pets = categories.find((category) => category.id === 'pets')!;
    expect((await listAll('&category=pets')).items).toHaveLength(pets.count);
  });

  it('finds a copy by its numbered title', async () => {
    const { items } = await listAll(`&q=${encodeURIComponent('Domestic airport lounges 2')}`);
    expect(items.map((benefit) => benefit.id)).toContain('lounge-domestic_2');
    expect(items.map((benefit) => benefit.id)).not.toContain('lounge-domestic');
  });

  it('opens a copy as a detail, with its own artwork, and hides copies of another bank’s benefits', async () => {
    const copy = benefitDetail.parse((await call('/v1/benefits/lounge-last-visit_2', { locale: 'zh-HK' })).json);
    expect(copy).toMatchObject({ id: 'lounge-last-visit_2', title: '頭等艙休息室體驗 2', kind: 'voucher', quota: { period: 'year', limit: 1 } });
    const art = await fetch(copy.image!.url);
    expect(art.status).toBe(200);
    expect(art.headers.get('Content-Type')).toBe('image/svg+xml');

    const foreign = SEED_BENEFITS.find((benefit) => !seenBy(DEMO_MEMBER_ID)(benefit))!;
    expect((await call(`/v1/benefits/${foreign.id}_2`)).status).toBe(404);
  });

  it('lets a copy be claimed, with its own quota and stock', async () => {
    const detail = benefitDetail.parse((await call('/v1/benefits/lounge-last-visit_2')).json);
    const cardId = detail.eligibility.find((entry) => entry.eligible)!.cardId;
    const claim = (benefitId: string) => call(`/v1/benefits/${benefitId}/claims`, { method: 'POST', body: { cardId }, key: newKey(), locale: 'en' });

    const first = await claim('lounge-last-visit_2');
    expect(first.status).toBe(201);
    expect(claimResult.parse(first.json)).toMatchObject({
      walletItem: { benefitId: 'lounge-last-visit_2', title: 'First-class lounge visit 2' },
      quota: { used: 1, remaining: 0 },
    });
    expect(problem.parse((await claim('lounge-last-visit_2')).json).code).toBe('quota_exhausted');
    // The original and the other copies keep their own quota.
    expect((await claim('lounge-last-visit')).status).toBe(201);
    expect((await claim('lounge-last-visit_3')).status).toBe(201);

    // A sold-out seed benefit's copies start sold out too: stock is copied, per copy.
    expect(benefitDetail.parse((await call('/v1/benefits/pet-grooming-voucher_2')).json).availability).toBe('sold_out');
  });
});

describe('the default catalogue', () => {
  const context = { memberId: DEMO_MEMBER_ID, locale: 'en', origin: 'https://rights.test', now: new Date() } as const;
  const listedIds = (catalogSize?: number) =>
    createSandbox(catalogSize === undefined ? {} : { catalogSize })
      .platform.listBenefits(context, { offset: 0, limit: SIZE })
      .items.map((benefit) => benefit.id);

  it('is the seed alone, as it is with a size at or below the seed’s', () => {
    const seedIds = SEED_BENEFITS.filter(seenBy(DEMO_MEMBER_ID)).map((benefit) => benefit.id);
    expect(listedIds()).toEqual(seedIds);
    expect(listedIds(0)).toEqual(seedIds);
    expect(listedIds(SEED_BENEFITS.length)).toEqual(seedIds);
  });

  it('refuses a size that is not a whole number up to 100,000', () => {
    expect(() => createSandbox({ catalogSize: -1 })).toThrow(/whole number/);
    expect(() => createSandbox({ catalogSize: 2.5 })).toThrow(/whole number/);
    expect(() => createSandbox({ catalogSize: 100_001 })).toThrow(/whole number/);
  });
});
