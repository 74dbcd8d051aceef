import { describe, expect, it } from 'vitest';
import { sandboxClient, useSandbox } from '../test/sandbox.js';

useSandbox();

describe('cashback.list', () => {
  it('returns campaigns with multi-currency progress in the settlement currency', async () => {
    const { items } = await sandboxClient({ locale: 'en' }).cashback.list();
    const enrolled = items.find((campaign) => campaign.id === 'cross-border-cashback')!;
    expect(enrolled.status).toMatch(/enrolled|qualified|capped/);
    expect(enrolled.progress?.spent.currency).toBe('CNY');
    expect(new Set(enrolled.progress?.conversions.map((conversion) => conversion.original.currency)).size).toBeGreaterThan(1);
  });
});

describe('summary.get', () => {
  it('returns value realised this year against the annual fee, by category', async () => {
    const summary = await sandboxClient({ locale: 'en' }).summary.get();
    expect(summary.annualFee.currency).toBe('CNY');
    expect(summary.byCategory.length).toBeGreaterThan(0);
    const total = summary.byCategory.reduce((sum, entry) => sum + Math.round(Number(entry.realised.amount) * 100), 0);
    expect(total).toBe(Math.round(Number(summary.realised.amount) * 100));
  });
});
