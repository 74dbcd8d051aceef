import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createRightsClient } from '../client.js';
import type { RightsClientOptions } from '../options.js';
import { API, useSandbox } from '../test/sandbox.js';
import type { RightsEvent } from './events.js';

const { sandbox } = useSandbox();

describe('redaction', () => {
  it('never lets the token appear in any error or event, however they are printed', async () => {
    const response = await fetch(`${API}/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': 'sk_sandbox_jade', 'Content-Type': 'application/json', 'Idempotency-Key': 'redaction-1' },
      body: JSON.stringify({ tenantId: 'jade', memberId: 'm-jade-001' }),
    });
    const { token } = (await response.json()) as { token: string };
    const events: RightsEvent[] = [];
    const errors: unknown[] = [];
    const client = (options: Partial<RightsClientOptions> = {}) =>
      createRightsClient({ baseUrl: API, getToken: async () => token, cache: false, retry: { baseDelay: 1, maxDelay: 2 }, onEvent: (event) => events.push(event), ...options });
    const capture = (call: Promise<unknown>) => call.then(() => undefined, (error: unknown) => void errors.push(error));

    await capture(client().benefits.get('no-such-benefit')); // NotFoundError
    await capture(client().benefits.claim('shopping-jewellery', { cardId: 'card-jade-001-a' })); // StepUpRequiredError
    await capture(client({ getToken: async () => `${token}-revoked` }).me.get()); // SessionExpiredError
    await capture(client({ getToken: () => Promise.reject(new Error('bank backend unavailable')) }).me.get()); // session_unavailable
    for (const scenario of ['schema-violation', 'malformed-json', 'offline', 'rate-limited:60']) {
      sandbox.useScenario(scenario);
      await capture(client().me.get()); // InvalidResponseError ×2, NetworkError, RateLimitedError with a long Retry-After
    }
    sandbox.useScenario('slow:500');
    await capture(client({ timeout: 20, retry: false }).me.get()); // TimeoutError
    sandbox.useScenario(undefined);

    expect(new Set(errors.map((error) => (error as Error).name))).toEqual(
      new Set(['NotFoundError', 'RateLimitedError', 'StepUpRequiredError', 'SessionExpiredError', 'RightsError', 'InvalidResponseError', 'NetworkError', 'TimeoutError']),
    );
    expect(events.length).toBeGreaterThan(20);
    for (const printed of [
      ...errors.flatMap((error) => [String(error), JSON.stringify(error), (error as Error).stack ?? '', (error as Error).message]),
      ...errors.map((error) => inspect(error, { depth: 8 })),
      JSON.stringify(events),
      inspect(events, { depth: 8 }),
    ]) {
      expect(printed).not.toContain(token);
    }
  });
});
