// A voucher opened once stays presentable with the network gone, when the provider keeps vouchers, and
// only ever to the member it was issued to.
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
const KEY = 'rights-kit.offline-vouchers.v2';
afterEach(() => localStorage.removeItem(KEY));

async function claim(benefitId: string, { member = 'm-jade-001', cardId = 'card-jade-001-a' } = {}): Promise<VoucherItem> {
  await sandbox;
  const response = await fetch(`/v1/benefits/${benefitId}/claims`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${demoToken(member)}`, 'Content-Type': 'application/json', 'Accept-Language': 'en', 'Idempotency-Key': newIdempotencyKey() },
    body: JSON.stringify({ cardId }),
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

interface Kept {
  salt: string;
  member: string;
  vouchers: VoucherItem[];
}
const kept = () => JSON.parse(localStorage.getItem(KEY) ?? 'null') as Kept | null;
const keptIds = () => kept()?.vouchers.map((item) => item.id);
const goOffline = async () => (await sandbox).use(http.all('/v1/*', () => HttpResponse.error()));

/** A wallet inside a provider signed in as `member`. */
async function mountWallet(member = 'm-jade-001') {
  const provider = await fixture<RightsProvider>(html`
    <rights-provider base-url="" locale="en" .getToken=${async () => demoToken(member)} offline-vouchers><rights-wallet></rights-wallet></rights-provider>
  `);
  return provider.querySelector('rights-wallet')!;
}

/** What member A, the demo member, has kept on the device: a voucher opened once. */
async function keptByMemberA(): Promise<VoucherItem> {
  const voucher = await claim('shopping-department-store');
  (await mount(voucher.id)).provider.remove();
  await expect.poll(keptIds).toEqual([voucher.id]);
  return voucher;
}

describe('<rights-voucher> offline', () => {
  it('keeps an opened voucher on the device and presents it with the network gone', async () => {
    const voucher = await claim('shopping-department-store');
    const online = await mount(voucher.id);
    await expect.poll(keptIds).toEqual([voucher.id]);
    // Bound to the member by a salted digest: the member's id is not on the device in clear.
    expect(kept()?.member).toMatch(/^[0-9a-f]{64}$/);
    expect(localStorage.getItem(KEY)).not.toContain('m-jade-001');
    online.provider.remove();

    await goOffline();
    const { voucher: element } = await mount(voucher.id);
    await expect.poll(() => visibleText(element)).toContain(voucher.voucher.code);
    expect(visibleText(element)).toContain('Saved on this device, shown offline');
    await expect.poll(() => queryDeep(element, '[part="symbol"] svg').length, { timeout: 5_000 }).toBe(1);
    await expectAccessible(element);
  });

  it("lists the kept vouchers in the wallet when it cannot load, to open and show", async () => {
    const voucher = await keptByMemberA();

    await goOffline();
    const wallet = await mountWallet();
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
    await expect.poll(keptIds).toEqual([voucher.id]);
    first.provider.signOut();
    expect(kept()).toBeNull();

    const again = await mount(voucher.id);
    await expect.poll(keptIds).toEqual([voucher.id]);
    again.provider.remove();
    // Another member signs in on the same phone and opens a voucher of theirs.
    const theirs = await claim('shopping-supermarket-voucher', { member: 'm-jade-002', cardId: 'card-jade-002-a' });
    await mount(theirs.id, { member: 'm-jade-002' });
    await expect.poll(keptIds).toEqual([theirs.id]);

    // Past its validity, a kept voucher is gone from the device too.
    const stored = kept()!;
    localStorage.setItem(KEY, JSON.stringify({ ...stored, vouchers: [{ ...theirs, validUntil: '2020-01-01T00:00:00+08:00' }] }));
    await goOffline();
    const { voucher: element } = await mount(theirs.id, { member: 'm-jade-002' });
    await expect.poll(() => visibleText(element), { timeout: 5_000 }).toContain("You're offline");
    expect(kept()?.vouchers).toEqual([]);
  });

  it("never lists another member's kept voucher, comparing the session's member before reading", async () => {
    const voucher = await keptByMemberA();
    // Member B's session, on the same device, without a sign-out in between; the wallet cannot load.
    (await sandbox).use(http.get('/v1/wallet', () => HttpResponse.error()));
    const wallet = await mountWallet('m-jade-002');
    await expect.poll(() => visibleText(wallet), { timeout: 5_000 }).toContain("You're offline");
    expect(visibleText(wallet)).not.toContain('saved on this device');
    expect(queryDeep(wallet, '[part="item"]')).toHaveLength(0);
    expect(visibleText(wallet)).not.toContain(voucher.title);
    // And what A kept is gone from the device, not only from view.
    expect(kept()).toBeNull();
  });

  it("never opens another member's kept voucher, offline or not", async () => {
    const voucher = await keptByMemberA();
    (await sandbox).use(http.get('/v1/wallet/:itemId', () => HttpResponse.error()));
    const { voucher: element } = await mount(voucher.id, { member: 'm-jade-002' });
    await expect.poll(() => visibleText(element), { timeout: 5_000 }).toContain("You're offline");
    expect(visibleText(element)).not.toContain(voucher.voucher.code);
    expect(kept()).toBeNull();
  });

  it('forgets what another member kept as soon as a new session is seen, so nothing of theirs shows offline later', async () => {
    const voucher = await keptByMemberA();
    // B signs in while online, and the page shows something else first: no voucher or wallet is opened.
    const provider = await fixture<RightsProvider>(html`<rights-provider base-url="" locale="en" .getToken=${async () => demoToken('m-jade-002')} offline-vouchers></rights-provider>`);
    await expect.poll(kept).toBeNull();
    provider.remove();

    await goOffline();
    const wallet = await mountWallet('m-jade-002');
    await expect.poll(() => visibleText(wallet), { timeout: 5_000 }).toContain("You're offline");
    expect(queryDeep(wallet, '[part="item"]')).toHaveLength(0);
    expect(visibleText(wallet)).not.toContain(voucher.title);
  });

  it("forgets the previous member's vouchers when the app hands a provider another member's session", async () => {
    const voucher = await claim('shopping-department-store');
    const { provider } = await mount(voucher.id);
    await expect.poll(keptIds).toEqual([voucher.id]);
    provider.getToken = async () => demoToken('m-jade-002');
    await expect.poll(kept).toBeNull();
  });

  it('ignores a kept entry that lost its shape', async () => {
    const voucher = await keptByMemberA();
    localStorage.setItem(KEY, JSON.stringify({ ...kept(), vouchers: [{ id: voucher.id, kind: 'voucher', voucher: { code: '<img src=x>' } }] }));
    await goOffline();
    const { voucher: element } = await mount(voucher.id);
    await expect.poll(() => visibleText(element), { timeout: 5_000 }).toContain("You're offline");
    expect(visibleText(element)).not.toContain('<img');
  });

  it('forgets what earlier versions kept beside a member id in clear', async () => {
    localStorage.setItem('rights-kit.offline-vouchers.v1', JSON.stringify({ memberId: 'm-jade-001', vouchers: [] }));
    await keptByMemberA();
    expect(localStorage.getItem('rights-kit.offline-vouchers.v1')).toBeNull();
  });
});
