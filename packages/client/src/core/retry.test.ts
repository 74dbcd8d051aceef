import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createRightsClient } from '../client.js';
import type { RightsClientOptions } from '../options.js';
import { jsonResponse, problemResponse, scriptedFetch } from '../test/sandbox.js';
import { ApiError, NetworkError } from './errors.js';
import { DEFAULT_RETRY, createRetryBudget, parseRetryAfter, retryDelay } from './retry.js';

const PAGE = { items: [], nextCursor: null };
const CLAIMED = {
  walletItem: {
    id: 'w-1',
    benefitId: 'b',
    category: 'travel',
    title: 'Lounge',
    partner: { name: 'SkyRest' },
    cardId: 'card-a',
    status: 'active',
    claimedAt: '2026-11-21T10:00:00+08:00',
    kind: 'voucher',
    voucher: { code: 'RK-AAAA-BBBB', display: 'qr' },
  },
};

function clientWith(fetch: typeof globalThis.fetch, options: Partial<RightsClientOptions> = {}) {
  return createRightsClient({ baseUrl: 'https://rights.test', getToken: async () => 'token', fetch, cache: false, ...options });
}

const failWith = (status: number | 'network') => () => (status === 'network' ? Promise.reject(new TypeError('Failed to fetch')) : problemResponse(status, 'internal'));

describe('the retry matrix, on fake timers', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it.each([
    ['GET', 408, 3],
    ['GET', 429, 3],
    ['GET', 500, 3],
    ['GET', 502, 3],
    ['GET', 503, 3],
    ['GET', 504, 3],
    ['GET', 'network', 3],
    ['GET', 400, 1],
    ['GET', 403, 1],
    ['GET', 404, 1],
    ['GET', 409, 1],
    ['POST', 429, 3],
    ['POST', 503, 3],
    ['POST', 'network', 3],
    ['POST', 408, 1],
    ['POST', 500, 1],
    ['POST', 502, 1],
    ['POST', 504, 1],
    ['POST', 400, 1],
    ['POST', 409, 1],
  ] as const)('%s answered %s is attempted %i times, each wait within its bounds', async (method, status, attempts) => {
    const { fetch, requests } = scriptedFetch(failWith(status));
    const waits: number[] = [];
    const client = clientWith(fetch, { onEvent: (event) => event.type === 'retry' && waits.push(event.delayMs) });
    const call = method === 'GET' ? client.benefits.list() : client.benefits.claim('b', { cardId: 'card-a' });
    const settled = call.then(
      () => undefined,
      (error: unknown) => error,
    );
    await vi.runAllTimersAsync();
    expect(await settled).toBeInstanceOf(status === 'network' ? NetworkError : ApiError);
    expect(requests).toHaveLength(attempts);
    expect(waits).toHaveLength(attempts - 1);
    waits.forEach((wait, index) => {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelay, DEFAULT_RETRY.baseDelay * 2 ** index);
      expect(wait).toBeGreaterThanOrEqual(ceiling / 2);
      expect(wait).toBeLessThanOrEqual(ceiling);
    });
  });
});

describe('what is retried', () => {
  const fast = { retry: { baseDelay: 1, maxDelay: 2 } };

  it('stops retrying as soon as an attempt succeeds', async () => {
    const { fetch, requests } = scriptedFetch((call) => (call === 1 ? problemResponse(503, 'internal') : jsonResponse(PAGE)));
    await expect(clientWith(fetch, fast).benefits.list()).resolves.toEqual(PAGE);
    expect(requests).toHaveLength(2);
  });

  it('never retries with retry: false', async () => {
    const { fetch, requests } = scriptedFetch(failWith(503));
    await expect(clientWith(fetch, { retry: false }).benefits.list()).rejects.toBeInstanceOf(ApiError);
    expect(requests).toHaveLength(1);
  });

  it('keeps one Idempotency-Key across every attempt of a write', async () => {
    const { fetch, requests } = scriptedFetch((call) => (call < 3 ? problemResponse(503, 'internal') : jsonResponse(CLAIMED, 201)));
    await clientWith(fetch, fast).benefits.claim('b', { cardId: 'card-a' });
    const keys = requests.map((request) => request.headers.get('Idempotency-Key'));
    expect(keys).toHaveLength(3);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('waits, with fake timers', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    vi.setSystemTime(new Date('2026-11-21T02:00:00Z'));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.mocked(Math.random).mockRestore?.();
  });

  /** How many requests the fetch has seen after `ms` more milliseconds. */
  async function after(ms: number, requests: unknown[]) {
    await vi.advanceTimersByTimeAsync(ms);
    return requests.length;
  }

  it('backs off exponentially: 300 ms, then 600 ms, with jitter at its ceiling', async () => {
    vi.spyOn(Math, 'random').mockReturnValue(0.9999);
    const { fetch, requests } = scriptedFetch((call) => (call < 3 ? problemResponse(500, 'internal') : jsonResponse(PAGE)));
    const pending = clientWith(fetch).benefits.list();
    expect(await after(0, requests)).toBe(1);
    expect(await after(299, requests)).toBe(1);
    expect(await after(1, requests)).toBe(2);
    expect(await after(598, requests)).toBe(2);
    expect(await after(2, requests)).toBe(3);
    await expect(pending).resolves.toEqual(PAGE);
  });

  it('waits as long as Retry-After says, in seconds or as a date', async () => {
    const inThreeSeconds = () => new Date(Date.now() + 3_000).toUTCString();
    const { fetch, requests } = scriptedFetch((call) =>
      call === 1
        ? problemResponse(429, 'rate_limited', { 'Retry-After': '2' })
        : call === 2
          ? problemResponse(503, 'internal', { 'Retry-After': inThreeSeconds() })
          : jsonResponse(PAGE),
    );
    const pending = clientWith(fetch).benefits.list();
    expect(await after(1_999, requests)).toBe(1);
    expect(await after(1, requests)).toBe(2);
    expect(await after(2_990, requests)).toBe(2);
    expect(await after(1_000, requests)).toBe(3);
    await expect(pending).resolves.toEqual(PAGE);
  });

  it('fails at once when Retry-After is beyond the cap, with the wait in the error', async () => {
    const { fetch, requests } = scriptedFetch(() => problemResponse(429, 'rate_limited', { 'Retry-After': '120' }));
    const error = await clientWith(fetch).benefits.list().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ code: 'rate_limited', status: 429, retryAfterMs: 120_000 });
    expect(requests).toHaveLength(1);
  });
});

describe('retry arithmetic', () => {
  it('keeps every jittered wait between half and all of its capped ceiling', () => {
    for (let retry = 1; retry <= 8; retry++) {
      const ceiling = Math.min(DEFAULT_RETRY.maxDelay, DEFAULT_RETRY.baseDelay * 2 ** (retry - 1));
      for (const random of [0, 0.25, 0.5, 0.9999]) {
        const delay = retryDelay(DEFAULT_RETRY, retry, undefined, () => random);
        expect(delay).toBeGreaterThanOrEqual(ceiling / 2);
        expect(delay).toBeLessThanOrEqual(ceiling);
      }
    }
    expect(retryDelay(DEFAULT_RETRY, 1, 60_000)).toBe(DEFAULT_RETRY.maxRetryAfter);
  });

  it('reads Retry-After as seconds or an HTTP date, and ignores nonsense', () => {
    const now = Date.parse('2026-11-21T02:00:00Z');
    expect(parseRetryAfter('5', now)).toBe(5_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 02:00:07 GMT', now)).toBe(7_000);
    expect(parseRetryAfter('Sat, 21 Nov 2026 01:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon', now)).toBeUndefined();
    expect(parseRetryAfter(null, now)).toBeUndefined();
  });

  it('refills the retry budget over time, never above its capacity', () => {
    let time = 0;
    const budget = createRetryBudget({ capacity: 3, refillPerSecond: 1 }, () => time);
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
    time += 1_000;
    expect([budget.take(), budget.take()]).toEqual([true, false]);
    time += 60_000;
    expect([budget.take(), budget.take(), budget.take(), budget.take()]).toEqual([true, true, true, false]);
  });
});
