import { describe, expect, it } from 'vitest';
import { createRightsClient } from '../client.js';
import { problemResponse, scriptedFetch } from '../test/sandbox.js';
import { DEFAULT_RETRY } from './retry.js';

describe('the retry budget', () => {
  it('keeps 50 concurrent failing reads within the client-wide budget', async () => {
    const { fetch, requests } = scriptedFetch(() => problemResponse(503, 'internal'));
    const client = createRightsClient({ baseUrl: 'https://rights.test', getToken: async () => 'token', fetch, cache: false, retry: { baseDelay: 1, maxDelay: 2 } });
    const results = await Promise.allSettled(Array.from({ length: 50 }, (_, index) => client.benefits.list({ limit: index + 1 })));
    expect(results.every((result) => result.status === 'rejected')).toBe(true);
    // 50 first attempts; retries only as far as the budget's burst (plus what refilled during the run).
    expect(requests.length).toBeGreaterThanOrEqual(50 + DEFAULT_RETRY.budget.capacity);
    expect(requests.length).toBeLessThanOrEqual(50 + DEFAULT_RETRY.budget.capacity + 1);
  });
});
