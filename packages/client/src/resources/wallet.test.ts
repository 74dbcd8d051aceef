import { describe, expect, it } from 'vitest';
import { sandboxClient, useSandbox } from '../test/sandbox.js';

const { sandbox } = useSandbox();

describe('wallet', () => {
  it('lists what the member claimed, filters by status, and gets one item', async () => {
    const client = sandboxClient({ locale: 'en' });
    expect((await client.wallet.list()).items).toEqual([]);
    const { walletItem } = await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });

    const listed = await client.wallet.list();
    expect(listed.items.map((item) => item.id)).toEqual([walletItem.id]);
    expect(await client.wallet.get(walletItem.id)).toEqual(walletItem);

    sandbox.platform.useVoucher(walletItem.id);
    client.invalidate('/v1/wallet');
    expect((await client.wallet.list({ status: 'active' })).items).toEqual([]);
    expect((await client.wallet.list({ status: 'used' })).items.map((item) => item.id)).toEqual([walletItem.id]);
  });

  it('answers an item that is not the member’s with not_found', async () => {
    await expect(sandboxClient().wallet.get('w-999999')).rejects.toMatchObject({ code: 'not_found' });
  });
});
