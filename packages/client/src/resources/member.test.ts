import { describe, expect, it } from 'vitest';
import { sandboxClient, useSandbox } from '../test/sandbox.js';

useSandbox();

describe('me.get', () => {
  it('returns the member, their bank and cards with the last four digits only', async () => {
    const me = await sandboxClient({ locale: 'en' }).me.get();
    expect(me.tenant).toEqual({ id: 'jade', name: 'Jade Bank' });
    expect(me.cards.map((card) => card.last4)).toEqual(['8826', '3107']);
    expect(me.cards[0]).toMatchObject({ tier: 'platinum', product: { id: 'jade-platinum-travel' } });
  });
});

describe('categories.list', () => {
  it('returns every category, localised, with counts', async () => {
    const { items } = await sandboxClient({ locale: 'zh-HK' }).categories.list();
    expect(items.map((category) => category.id)).toEqual(['travel', 'dining', 'pets', 'family', 'culture', 'shopping', 'cross_border', 'lifestyle']);
    expect(items.find((category) => category.id === 'culture')?.name).toBe('文化藝術');
    expect(items.every((category) => category.count > 0)).toBe(true);
  });
});
