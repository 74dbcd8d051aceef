import { describe, expect, it } from 'vitest';
import { createRightsClient } from '../client.js';
import { problemResponse, scriptedFetch } from '../test/sandbox.js';
import { TimeoutError } from './errors.js';

const client = (fetch: typeof globalThis.fetch, options = {}) =>
  createRightsClient({ baseUrl: 'https://rights.test', getToken: async () => 'token', fetch, cache: false, ...options });

/** An answer whose headers arrive at once and whose body never finishes. */
const stallingBody = () =>
  new Response(
    new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode('{"items": ['));
      },
    }),
    { status: 200, headers: { 'Content-Type': 'application/json' } },
  );

describe('timeouts', () => {
  it('times out an answer whose body stalls after the headers', async () => {
    const { fetch } = scriptedFetch(stallingBody);
    const started = performance.now();
    const error = await client(fetch, { timeout: 80, retry: false }).benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ code: 'timeout', retryable: true, message: 'GET /v1/benefits timed out after 80 ms' });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('retries a timed-out read, then gives up', async () => {
    const { fetch, requests } = scriptedFetch(stallingBody);
    await expect(client(fetch, { timeout: 30, retry: { baseDelay: 1, maxDelay: 2 } }).benefits.list()).rejects.toBeInstanceOf(TimeoutError);
    expect(requests).toHaveLength(3);
  });

  it('bounds the whole call, retries and waits included, by the total timeout', async () => {
    const { fetch, requests } = scriptedFetch(() => problemResponse(503, 'internal', { 'Retry-After': '5' }));
    const started = performance.now();
    const error = await client(fetch, { totalTimeout: 150 }).benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('stops at once, with the caller’s reason, when the caller aborts during a wait', async () => {
    const { fetch, requests } = scriptedFetch(() => problemResponse(503, 'internal', { 'Retry-After': '5' }));
    const controller = new AbortController();
    const pending = client(fetch).benefits.list({}, { signal: controller.signal });
    setTimeout(() => controller.abort(new DOMException('left the page', 'AbortError')), 20);
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'left the page' });
    expect(requests).toHaveLength(1);
  });
});
