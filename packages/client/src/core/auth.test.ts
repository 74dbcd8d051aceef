import { SESSION_TTL_MS } from '@rights-kit/mock';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import type { RightsEvent } from './events.js';
import { API, sandboxClient, TOKEN, useSandbox } from '../test/sandbox.js';
import { SessionExpiredError, StepUpRequiredError } from './api-errors.js';

const { sandbox, server } = useSandbox();

async function mintSession(): Promise<string> {
  const response = await fetch(`${API}/v1/sessions`, {
    method: 'POST',
    headers: { 'X-Api-Key': 'sk_sandbox_jade', 'Content-Type': 'application/json', 'Idempotency-Key': `auth-${Math.random()}` },
    body: JSON.stringify({ tenantId: 'jade', memberId: 'm-jade-001' }),
  });
  return ((await response.json()) as { token: string }).token;
}

describe('auth', () => {
  it('refreshes an expired session once for 20 concurrent requests, and replays each once', async () => {
    sandbox.clock.set('2026-11-21T10:00:00+08:00');
    const first = await mintSession();
    const getToken = vi.fn().mockResolvedValueOnce(first).mockImplementation(mintSession);
    const client = sandboxClient({ getToken, cache: false });
    await client.me.get();
    sandbox.clock.advance(SESSION_TTL_MS + 1);

    const attempts = new Map<string, number>();
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/v1/benefits') attempts.set(url.search, (attempts.get(url.search) ?? 0) + 1);
    });
    const pages = await Promise.all(Array.from({ length: 20 }, (_, index) => client.benefits.list({ limit: index + 1 })));
    expect(pages.map((page) => page.items.length)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
    expect(getToken).toHaveBeenCalledTimes(2);
    expect([...attempts.values()]).toEqual(Array.from({ length: 20 }, () => 2));
  });

  it('ends in a session-expired event and SessionExpiredError when a fresh token is refused too', async () => {
    server.use(http.get(`${API}/v1/me`, () => HttpResponse.json({ title: 'x', status: 401, code: 'unauthorized' }, { status: 401 })));
    const events: RightsEvent[] = [];
    const getToken = vi.fn(async () => TOKEN);
    const error = await sandboxClient({ getToken, onEvent: (event) => events.push(event) })
      .me.get()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SessionExpiredError);
    expect(error).toMatchObject({ code: 'unauthorized', status: 401 });
    expect(getToken).toHaveBeenCalledTimes(2);
    expect(events.map((event) => event.type)).toEqual(['request', 'response', 'session-refreshed', 'request', 'response', 'session-expired', 'error']);
  });

  it('asks the host for step-up and retries the same write with its proof', async () => {
    const onStepUp = vi.fn(async () => 'biometric-proof-1');
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    const { walletItem } = await sandboxClient({ onStepUp }).benefits.claim('shopping-jewellery', { cardId: 'card-jade-001-a' });
    expect(walletItem.benefitId).toBe('shopping-jewellery');
    expect(onStepUp).toHaveBeenCalledWith({ method: 'POST', path: '/v1/benefits/shopping-jewellery/claims' });
    expect(seen.map((request) => request.headers.get('X-Step-Up-Proof'))).toEqual([null, 'biometric-proof-1']);
    expect(new Set(seen.map((request) => request.headers.get('Idempotency-Key'))).size).toBe(1);
  });

  it('fails with StepUpRequiredError when the host has no step-up or declines', async () => {
    await expect(sandboxClient().benefits.claim('shopping-jewellery', { cardId: 'card-jade-001-a' })).rejects.toBeInstanceOf(StepUpRequiredError);
    await expect(sandboxClient({ onStepUp: async () => null }).benefits.claim('shopping-jewellery', { cardId: 'card-jade-001-a' })).rejects.toMatchObject({
      code: 'step_up_required',
    });
  });

  it('forgets the token on clear(), so the next request asks the host again', async () => {
    const getToken = vi.fn(async () => TOKEN);
    const client = sandboxClient({ getToken });
    await client.me.get();
    client.clear();
    await client.me.get();
    expect(getToken).toHaveBeenCalledTimes(2);
  });
});
