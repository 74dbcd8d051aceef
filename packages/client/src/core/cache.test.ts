import { afterEach, describe, expect, it, vi } from 'vitest';
import { sandboxClient, useSandbox } from '../test/sandbox.js';
import { createCache } from './cache.js';

const { server } = useSandbox();

/** Counts the requests that reach the sandbox, by path. */
function countRequests() {
  const counts: Record<string, number> = {};
  server.events.on('request:start', ({ request }) => {
    const { pathname } = new URL(request.url);
    counts[pathname] = (counts[pathname] ?? 0) + 1;
  });
  return counts;
}

afterEach(() => vi.useRealTimers());

describe('the read cache', () => {
  it('shares one request between identical concurrent reads', async () => {
    const counts = countRequests();
    const client = sandboxClient();
    const pages = await Promise.all(Array.from({ length: 10 }, () => client.benefits.list({ category: 'dining' })));
    expect(new Set(pages).size).toBe(1);
    expect(counts['/v1/benefits']).toBe(1);
  });

  it('serves a fresh read from memory, and tells reads in another locale apart', async () => {
    const counts = countRequests();
    const client = sandboxClient();
    await client.me.get();
    await client.me.get();
    expect(counts['/v1/me']).toBe(1);
    const english = client.withOptions({ locale: 'en' });
    expect((await english.me.get()).tenant.name).toBe('Jade Bank');
    expect(counts['/v1/me']).toBe(2);
  });

  it('serves a stale read at once and refreshes it in the background, then fetches when too old', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const counts = countRequests();
    const client = sandboxClient({ cache: { ttl: { me: 1_000 }, staleWhileRevalidate: 5_000 } });
    const first = await client.me.get();

    vi.setSystemTime(Date.now() + 2_000);
    const refreshed = new Promise<string>((resolve) => client.subscribe('/v1/me', resolve));
    expect(await client.me.get()).toBe(first);
    await refreshed;
    expect(counts['/v1/me']).toBe(2);
    const second = await client.me.get();
    expect(second).not.toBe(first);
    expect(counts['/v1/me']).toBe(2);

    vi.setSystemTime(Date.now() + 10_000);
    await client.me.get();
    expect(counts['/v1/me']).toBe(3);
  });

  it('makes the benefit, its lists and the wallet stale after a claim, and tells subscribers', async () => {
    const counts = countRequests();
    const client = sandboxClient();
    const before = await client.benefits.get('lounge-last-visit');
    await client.wallet.list();
    await client.me.get();
    await client.categories.list();
    const told: string[] = [];
    client.subscribe('/v1/', (key) => told.push(key.split('?')[0]!));

    await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });
    expect(told).toEqual(expect.arrayContaining(['/v1/benefits/lounge-last-visit', '/v1/wallet']));
    // A claim changes neither the cardholder's cards nor how many benefits a category holds.
    expect(told).not.toContain('/v1/me');
    expect(told).not.toContain('/v1/categories');
    await client.me.get();
    await client.categories.list();
    expect(counts['/v1/me']).toBe(1);
    expect(counts['/v1/categories']).toBe(1);
    const after = await client.benefits.get('lounge-last-visit');
    expect(before.eligibility[0]).toMatchObject({ eligible: true });
    expect(after.eligibility[0]).toMatchObject({ eligible: false, reason: 'quota_exhausted' });
    expect((await client.wallet.list()).items).toHaveLength(1);
  });

  it('lets one caller leave early without cancelling the request the others wait for', async () => {
    const client = sandboxClient();
    const leaving = new AbortController();
    const early = client.categories.list({ signal: leaving.signal });
    const staying = client.categories.list();
    leaving.abort(new DOMException('unmounted', 'AbortError'));
    await expect(early).rejects.toMatchObject({ name: 'AbortError' });
    expect((await staying).items).toHaveLength(8);
  });

  it('never updates state from a request every caller has abandoned', async () => {
    const cache = createCache();
    const listener = vi.fn();
    cache.subscribe('k', listener);
    let fetchSignal: AbortSignal | undefined;
    const controller = new AbortController();
    const read = cache.read(
      'k',
      (signal) => {
        fetchSignal = signal;
        return new Promise((resolve) => setTimeout(() => resolve('late value'), 20));
      },
      { ttl: 60_000, staleWhileRevalidate: 0, signal: controller.signal },
    );
    controller.abort(new Error('gone'));
    await expect(read).rejects.toThrow('gone');
    expect(fetchSignal?.aborted).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(listener).not.toHaveBeenCalled();
    const fresh = await cache.read('k', async () => 'new value', { ttl: 60_000, staleWhileRevalidate: 0 });
    expect(fresh).toBe('new value');
  });

  it('starts afresh for a read that comes straight after every caller abandoned the request', async () => {
    // A task that runs again aborts its last run first, then reads the same key at once: it must not
    // join the request it has just cancelled.
    const cache = createCache();
    const abandoned = new AbortController();
    const cancellable = (value: string) => (signal: AbortSignal) =>
      new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => resolve(value), 20);
        signal.addEventListener('abort', () => (clearTimeout(timer), reject(signal.reason)), { once: true });
      });
    const first = cache.read('k', cancellable('first'), { ttl: 60_000, staleWhileRevalidate: 0, signal: abandoned.signal });
    abandoned.abort(new DOMException('rerun', 'AbortError'));
    const again = cache.read('k', cancellable('again'), { ttl: 60_000, staleWhileRevalidate: 0 });
    await expect(first).rejects.toMatchObject({ name: 'AbortError' });
    await expect(again).resolves.toBe('again');
  });

  it('forgets everything on clear(), cancelling what is in flight', async () => {
    const counts = countRequests();
    const client = sandboxClient();
    await client.summary.get();
    const inFlight = client.cashback.list();
    client.clear();
    await expect(inFlight).rejects.toMatchObject({ name: 'AbortError' });
    await client.summary.get();
    expect(counts['/v1/summary']).toBe(2);
  });
});
