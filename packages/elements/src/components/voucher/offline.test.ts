// A voucher opened once stays presentable with the network gone, when the provider keeps vouchers.
import { newIdempotencyKey, type VoucherItem } from '@rights-kit/client';
import type { RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { afterEach, describe, expect, it } from 'vitest';
import '../../define/provider.js';
import '../../define/voucher.js';
import '../../define/wallet.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import type { RightsVoucher } from './voucher.js';

const sandbox = useSandbox();
const KEY = 'rights-kit.offline-vouchers.v1';
afterEach(() => localStorage.removeItem(KEY));

async function claim(benefitId: string): Promise<VoucherItem> {
  await sandbox;
  const response = await fetch(`/v1/benefits/${benefitId}/claims`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${demoToken()}`, 'Content-Type': 'application/json', 'Accept-Language': 'en', 'Idempotency-Key': newIdempotencyKey() },
    body: JSON.stringify({ cardId: 'card-jade-001-a' }),
  });
  return ((await response.json()) as { walletItem: VoucherItem }).walletItem;
}

async function mount(walletItemId: string, { keep = true, member = 'm-jade-001' } = {}) {
  await sandbox;
  const getToken = async () => demoToken(member);
  const provider = await fixture<RightsProvider>(html`
    <rights-provider base-url="" locale="en" .getToken=${getToken} ?offline-vouchers=${keep}>
      <rights-voucher wallet-item-id=${walletItemId}></rights-voucher>
    </rights-provider>
  `);
  return { provider, voucher: provider.querySelector<RightsVoucher>('rights-voucher')! };
}

const kept = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as { memberId: string; vouchers: VoucherItem[] } | null;
const goOffline = async () => (await sandbox).use(http.all('/v1/*', () => HttpResponse.error()));

describe('<rights-voucher> offline', () => {
  it('keeps an opened voucher on the device and presents it with the network gone', async () => {
    const voucher = await claim('shopping-department-store');
    const online = await mount(voucher.id);
    await expect.poll(() => kept()?.vouchers.map((item) => item.id)).toEqual([voucher.id]);
    expect(kept()?.memberId).toBe('m-jade-001');
    online.provider.remove();

    await goOffline();
    const { voucher: element } = await mount(voucher.id);
    await expect.poll(() => visibleText(element)).toContain(voucher.voucher.code);
    expect(visibleText(element)).toContain('Saved on this device, shown offline');
    await expect.poll(() => queryDeep(element, '[part="symbol"] svg').length, { timeout: 5_000 }).toBe(1);
    await expectAccessible(element);
  });

  it("lists the kept vouchers in the wallet when it cannot load, to open and show", async () => {
    const voucher = await claim('shopping-department-store');
    (await mount(voucher.id)).provider.remove();
    await expect.poll(() => kept()?.vouchers).toHaveLength(1);

    await goOffline();
    const provider = await fixture<RightsProvider>(html`
      <rights-provider base-url="" locale="en" .getToken=${async () => demoToken()} offline-vouchers><rights-wallet></rights-wallet></rights-provider>
    `);
    const wallet = provider.querySelector('rights-wallet')!;
    await expect.poll(() => visibleText(wallet), { timeout: 5_000 }).toContain('Vouchers saved on this device, ready to show offline.');
    expect(visibleText(wallet)).toContain("You're offline");
    expect(queryDeep(wallet, '[part="item"]').map((item) => item.dataset['id'])).toEqual([voucher.id]);
    const opened = new Promise<Event>((resolve) => wallet.addEventListener('rights-navigate', resolve, { once: true }));
    queryDeep<HTMLButtonElement>(wallet, '[part="action"]')[0]!.click();
    expect(((await opened) as CustomEvent).detail).toEqual({ view: 'wallet-item', walletItemId: voucher.id });
    await expectAccessible(wallet);
  });

  it('keeps nothing unless the provider asks it to', async () => {
    const voucher = await claim('shopping-department-store');
    const { voucher: element } = await mount(voucher.id, { keep: false });
    await expect.poll(() => visibleText(element)).toContain(voucher.voucher.code);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(kept()).toBeNull();
  });

  it('forgets kept vouchers on sign-out, when another member keeps one, and once they expire', async () => {
    const voucher = await claim('shopping-department-store');
    const first = await mount(voucher.id);
    await expect.poll(() => kept()?.vouchers).toHaveLength(1);
    first.provider.signOut();
    expect(kept()).toBeNull();

    const again = await mount(voucher.id);
    await expect.poll(() => kept()?.vouchers).toHaveLength(1);
    again.provider.remove();
    // Another member signs in on the same phone and opens a voucher of theirs.
    const theirs = { ...voucher, id: 'w-someone-else' };
    (await sandbox).use(http.get('/v1/wallet/:id', () => HttpResponse.json(theirs)));
    await mount(theirs.id, { member: 'm-jade-002' });
    await expect.poll(() => kept()?.memberId).toBe('m-jade-002');
    expect(kept()?.vouchers.map((item) => item.id)).toEqual(['w-someone-else']);

    // Past its validity, a kept voucher is gone from the device too.
    localStorage.setItem(KEY, JSON.stringify({ memberId: 'm-jade-001', vouchers: [{ ...voucher, validUntil: '2020-01-01T00:00:00+08:00' }] }));
    await goOffline();
    const { voucher: element } = await mount(voucher.id);
    await expect.poll(() => visibleText(element), { timeout: 5_000 }).toContain("You're offline");
    expect(kept()?.vouchers).toEqual([]);
  });

  it('ignores a kept entry that lost its shape', async () => {
    localStorage.setItem(KEY, JSON.stringify({ memberId: 'm-jade-001', vouchers: [{ id: 'w-1', kind: 'voucher', voucher: { code: '<img src=x>' } }] }));
    await goOffline();
    const { voucher: element } = await mount('w-1');
    await expect.poll(() => visibleText(element), { timeout: 5_000 }).toContain("You're offline");
  });
});
