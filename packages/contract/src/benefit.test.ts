import { describe, expect, it } from 'vitest';
import { benefitPage, benefitSummary, isSafeUrl, money, problem, takeDropped } from './index.js';

const omit = <T extends object>(value: T, key: keyof T) => Object.fromEntries(Object.entries(value).filter(([name]) => name !== key));

const lounge = {
  id: 'lounge-domestic',
  kind: 'reservation',
  category: 'travel',
  title: '国内机场贵宾厅',
  partner: { name: '龙腾出行' },
  image: { url: 'https://cdn.rights.example/art/lounge.svg', alt: '' },
  value: { label: '每次价值 ¥200', worth: { amount: '200.00', currency: 'CNY' } },
  quota: { period: 'year', limit: 6, used: 2, remaining: 4, resetsAt: '2027-01-01T00:00:00+08:00' },
  availability: 'available',
  validUntil: '2026-12-31T23:59:59+08:00',
};

describe('benefit summary', () => {
  it('parses a complete benefit', () => {
    expect(benefitSummary.parse(lounge)).toEqual(lounge);
  });

  it('turns kinds, categories and availabilities it does not know into "unknown"', () => {
    const parsed = benefitSummary.parse({
      ...lounge,
      kind: 'subscription',
      category: 'wellness',
      availability: 'waitlist',
      quota: { ...lounge.quota, period: 'fortnight' },
    });
    expect(parsed).toMatchObject({ kind: 'unknown', category: 'unknown', availability: 'unknown', quota: { period: 'unknown' } });
  });

  it('tolerates and drops fields it does not know', () => {
    const parsed = benefitSummary.parse({ ...lounge, sponsor: 'x', partner: { name: 'A', tier: 'gold' } });
    expect(parsed).not.toHaveProperty('sponsor');
    expect(parsed.partner).toEqual({ name: 'A' });
  });

  // The rule for URLs stands; what changed is that a picture is not worth the whole benefit (degrade.test.ts).
  it.each([
    ['a javascript: image', { url: 'javascript:alert(1)', alt: '' }],
    ['a plain-http image off loopback', { url: 'http://cdn.example/a.png', alt: '' }],
  ])('drops %s, and keeps the benefit', (_, image) => {
    const parsed = benefitSummary.parse({ ...lounge, image });
    expect(takeDropped(parsed)).toEqual(['image']);
    expect(parsed).toEqual(omit(lounge, 'image'));
  });

  it.each([
    ['an id that is not a path segment', { id: '../me' }],
    ['a numeric title', { title: 42 }],
    ['a time without offset', { validUntil: '2026-12-31T23:59:59' }],
    ['a negative quota', { quota: { ...lounge.quota, remaining: -1 } }],
  ])('rejects %s', (_, change) => {
    expect(benefitSummary.safeParse({ ...lounge, ...change }).success).toBe(false);
  });
});

describe('money', () => {
  it('is a decimal string with an ISO 4217 currency', () => {
    expect(money.safeParse({ amount: '88.00', currency: 'CNY' }).success).toBe(true);
    expect(money.safeParse({ amount: 88, currency: 'CNY' }).success).toBe(false);
    expect(money.safeParse({ amount: '88.00', currency: 'rmb' }).success).toBe(false);
    expect(money.safeParse({ amount: '1e3', currency: 'CNY' }).success).toBe(false);
  });
});

describe('isSafeUrl', () => {
  it.each([
    ['https://bank.example/a.png', true],
    ['http://localhost:5173/a.png', true],
    ['http://127.0.0.1/a.png', true],
    ['http://[::1]/a.png', true],
    ['http://bank.example/a.png', false],
    ['javascript:alert(1)', false],
    ['data:image/svg+xml,<svg/>', false],
    ['https://user:pass@bank.example/', false],
    ['/relative.png', false],
  ])('%s → %s', (url, safe) => {
    expect(isSafeUrl(url)).toBe(safe);
  });
});

describe('pages and problems', () => {
  it('parses a cursor page', () => {
    expect(benefitPage.parse({ items: [lounge], nextCursor: null }).items).toHaveLength(1);
    expect(benefitPage.safeParse({ items: [lounge] }).success).toBe(false);
  });

  it('keeps error codes open', () => {
    expect(problem.parse({ title: 'Nope', status: 418, code: 'teapot' }).code).toBe('unknown');
    expect(problem.parse({ title: 'Sold out', status: 409, code: 'sold_out' }).code).toBe('sold_out');
  });
});
