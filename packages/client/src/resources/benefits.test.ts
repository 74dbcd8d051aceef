import { describe, expect, it, vi } from 'vitest';
import { ApiError } from '../core/errors.js';
import { sandboxClient, TOKEN, useSandbox } from '../test/sandbox.js';

const { server } = useSandbox();

describe('benefits.list', () => {
  it('returns a validated page of benefits in the client locale', async () => {
    const page = await sandboxClient({ locale: 'en' }).benefits.list({ category: 'travel' });
    expect(page.items.map((benefit) => benefit.title)).toContain('Domestic airport lounges');
    expect(page.items.every((benefit) => benefit.category === 'travel')).toBe(true);
    expect((await sandboxClient().benefits.list({ category: 'travel' })).items[0]?.title).toBe('国内机场贵宾厅');
  });

  it('sends the bearer token and language, asking the host for the token once', async () => {
    const getToken = vi.fn(async () => TOKEN);
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    const client = sandboxClient({ getToken, locale: 'zh-HK' });
    await Promise.all([client.benefits.list(), client.benefits.list({ limit: 2 }), client.me.get()]);
    expect(getToken).toHaveBeenCalledTimes(1);
    expect(seen).toHaveLength(3);
    for (const request of seen) {
      expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.get('Accept-Language')).toBe('zh-HK');
      expect(request.url).not.toContain(TOKEN);
    }
  });

  it('passes filters as query parameters, leaves out absent ones, and follows cursors', async () => {
    const urls: string[] = [];
    server.events.on('request:start', ({ request }) => void urls.push(request.url));
    const client = sandboxClient();
    // @ts-expect-error a removed HTML attribute arrives as null
    const first = await client.benefits.list({ category: null, q: '', limit: 5 });
    expect(urls).toEqual(['https://rights.test/v1/benefits?limit=5']);
    const second = await client.benefits.list({ limit: 5, cursor: first.nextCursor! });
    expect(second.items.map((benefit) => benefit.id)).not.toContain(first.items[0]?.id);
  });

  it('does not ask for a token before the first request', () => {
    const getToken = vi.fn(async () => TOKEN);
    sandboxClient({ getToken });
    expect(getToken).not.toHaveBeenCalled();
  });
});

describe('benefits.get', () => {
  it('returns the detail shaped by its kind', async () => {
    const client = sandboxClient({ locale: 'en' });
    const lounge = await client.benefits.get('lounge-domestic');
    expect(lounge.kind).toBe('reservation');
    if (lounge.kind === 'reservation') expect(lounge.form.length).toBeGreaterThan(0);
    expect(lounge.eligibility.map((entry) => entry.cardId)).toEqual(['card-jade-001-a', 'card-jade-001-b']);
    const voucher = await client.benefits.get('shopping-supermarket-voucher');
    expect(voucher).toMatchObject({ kind: 'voucher', voucher: { display: 'barcode' } });
  });

  it('refuses ids that would address another endpoint, before any request', async () => {
    const client = sandboxClient();
    for (const id of ['../me', 'a/b', 'x?y=1', '', '..', 'a#b']) await expect(client.benefits.get(id)).rejects.toThrow(TypeError);
  });

  it('answers an unknown benefit with not_found', async () => {
    await expect(sandboxClient().benefits.get('no-such-benefit')).rejects.toMatchObject({ name: 'NotFoundError', code: 'not_found', status: 404 });
  });
});

describe('benefits.claim', () => {
  it('creates a voucher on the chosen card', async () => {
    const { walletItem, quota } = await sandboxClient({ locale: 'en' }).benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });
    expect(walletItem).toMatchObject({ kind: 'voucher', benefitId: 'lounge-last-visit', cardId: 'card-jade-001-a', status: 'active' });
    expect(quota).toMatchObject({ remaining: 0 });
  });

  it('reports the platform’s refusals by their codes', async () => {
    const client = sandboxClient();
    await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });
    const refusals = await Promise.all([
      client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' }).catch((error: unknown) => error),
      client.benefits.claim('pet-grooming-voucher', { cardId: 'card-jade-001-b' }).catch((error: unknown) => error),
      client.benefits.claim('dining-hotpot-voucher', { cardId: 'card-jade-001-a' }).catch((error: unknown) => error),
      client.benefits.claim('dining-mooncake-gift', { cardId: 'card-jade-001-b' }).catch((error: unknown) => error),
      client.benefits.claim('restaurant-week-autumn', { cardId: 'card-jade-001-a', form: {} }).catch((error: unknown) => error),
    ]);
    expect(refusals.map((error) => (error as ApiError).code)).toEqual(['quota_exhausted', 'sold_out', 'not_eligible', 'benefit_expired', 'validation_failed']);
    expect((refusals[4] as ApiError).invalidParams.length).toBeGreaterThan(0);
    expect(refusals.every((error) => error instanceof ApiError && !error.retryable)).toBe(true);
  });

  it('holds the wallet item it gave, so showing it asks for nothing, and tells the views that changed', async () => {
    const paths: string[] = [];
    server.events.on('request:start', ({ request }) => void paths.push(new URL(request.url).pathname));
    const client = sandboxClient({ locale: 'en' });
    const told: string[] = [];
    client.benefits.onClaim((benefitId, { quota }) => told.push(`claimed ${benefitId}, ${quota?.remaining} left`));
    client.wallet.onChange(() => told.push('wallet changed'));
    // From a client made with other options, as the provider makes one per locale: the same session.
    const claimed = await client.withOptions({ timeout: 9_000 }).benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });

    expect(await client.withOptions({ timeout: 9_000 }).wallet.get(claimed.walletItem.id)).toEqual(claimed.walletItem);
    expect(paths).toEqual(['/v1/benefits/lounge-last-visit/claims']);
    expect(told).toEqual(['wallet changed', 'claimed lounge-last-visit, 0 left']);
  });

  it('makes what the cardholder was shown stale when a claim fails, and tells no claim listener', async () => {
    const client = sandboxClient();
    await client.wallet.list();
    const told: string[] = [];
    client.benefits.onClaim(() => told.push('claimed'));
    client.wallet.onChange(() => told.push('wallet changed'));
    await expect(client.benefits.claim('pet-grooming-voucher', { cardId: 'card-jade-001-b' })).rejects.toMatchObject({ code: 'sold_out' });
    expect(told).toEqual(['wallet changed']);
  });
});

describe("a resource's freshness", () => {
  it("tells its own views when it is made stale, and no other resource's", async () => {
    const client = sandboxClient();
    await Promise.all([client.wallet.list(), client.cashback.list()]);
    const told: string[] = [];
    const stop = client.wallet.onChange(() => told.push('wallet'));
    client.cashback.onChange(() => told.push('cashback'));
    client.wallet.markStale();
    stop();
    client.wallet.markStale();
    expect(told).toEqual(['wallet']);
  });
});

describe('benefits.launch', () => {
  it('returns a short-lived https entry link into the partner platform', async () => {
    const launch = await sandboxClient().benefits.launch('pet-platform');
    expect(launch.url).toMatch(/^https:\/\/rights\.test\/sandbox\/partners\/pet-platform\?ticket=/);
    expect(Date.parse(launch.expiresAt)).toBeGreaterThan(Date.now());
  });
});
