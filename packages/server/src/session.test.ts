// Session minting over real HTTP: the signed-in cardholder's session, minted server to server with the
// bank's API key, handed to the app uncached; refusals as problems; a burst of requests costing the
// platform one session; and nothing secret in an answer or a log line.
import { session } from '@rights-kit/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { requestSession, SANDBOX_TENANT, startBackend, startRecordingPlatform, tokenFor, visible, type PlatformAnswer } from './test/servers.js';

describe('the session endpoint, with the sandbox platform', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    backend = await startBackend({ sessionPath: '/bank/rights-session' });
  });
  afterAll(() => backend?.close());

  it('mints a short-lived session for the member the bank authenticated, never cached', async () => {
    const response = await requestSession(backend, 'm-jade-002');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('pragma')).toBe('no-cache');
    const minted = (await response.json()) as { token: string; expiresAt: string };
    expect(Object.keys(minted).sort()).toEqual(['expiresAt', 'token']);
    expect(session.parse(minted).token).toMatch(/^sbx_\w{16,}$/);
    const lifetime = Date.parse(minted.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(25 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(30 * 60_000);
    // The token is that member's: the platform answers /v1/me with them.
    const me = await fetch(`${backend.url}/rights-api/v1/me`, { headers: { Authorization: `Bearer ${minted.token}` } });
    expect(((await me.json()) as { id: string }).id).toBe('m-jade-002');
  });

  it('answers 401 to a caller the bank has not authenticated, 403 to another site, 405 to a read', async () => {
    const anonymous = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ status: 401, code: 'unauthorized', title: 'Not signed in' });

    const crossSite = await requestSession(backend, 'm-jade-001', { headers: { 'Sec-Fetch-Site': 'cross-site' } });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).not.toContain('sbx_');

    const read = await requestSession(backend, 'm-jade-001', { method: 'GET' });
    expect(read.status).toBe(405);
    expect(read.headers.get('allow')).toBe('POST');
  });

  it('never lets the API key reach the page, and logs neither the key nor a token', async () => {
    const token = await tokenFor(backend);
    const seen = [await visible(await requestSession(backend, 'm-jade-001')), await visible(await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' }))];
    for (const path of ['/rights-api/v1/me', '/rights-api/v1/benefits/nope', '/rights-api/v1/sessions', '/elsewhere']) {
      seen.push(await visible(await fetch(`${backend.url}${path}`, { headers: { Authorization: `Bearer ${token}` } })));
    }
    for (const answer of seen) expect(answer).not.toContain(SANDBOX_TENANT.apiKey);
    expect(backend.logged.length).toBeGreaterThan(0);
    for (const line of backend.logged) {
      expect(line).not.toContain(SANDBOX_TENANT.apiKey);
      expect(line).not.toMatch(/sbx_[A-Za-z0-9]{8,}/);
    }
  });
});

const SESSION = (index: number) => ({
  status: 201,
  headers: { 'Content-Type': 'application/json', 'X-Request-Id': `req-${index}` },
  body: JSON.stringify({ token: `sbx_recorded_token_${String(index).padStart(4, '0')}`, expiresAt: new Date(Date.now() + 30 * 60_000).toISOString() }),
});

describe('the session endpoint, what crosses to the platform', () => {
  async function withPlatform(answer: (path: string, index: number) => PlatformAnswer, options: Parameters<typeof startBackend>[0] = {}) {
    const platform = await startRecordingPlatform(answer);
    const backend = await startBackend({ platformUrl: platform.url, apiKey: 'sk_live_recorded', ...options });
    return { platform, backend, close: async () => (await backend.close(), await platform.close()) };
  }

  it('mints with the API key server to server, for the authenticated member, and nothing of the page', async () => {
    const { platform, backend, close } = await withPlatform((_, index) => SESSION(index));
    try {
      const response = await requestSession(backend, 'm-jade-002', { headers: { 'X-Api-Key': 'sk_forged', 'Content-Type': 'application/json' }, body: '{"memberId":"m-jade-001"}' });
      expect(await response.json()).toMatchObject({ token: 'sbx_recorded_token_0000' });
      expect(platform.received).toHaveLength(1);
      const [minted] = platform.received;
      expect(minted).toMatchObject({ method: 'POST', path: '/v1/sessions' });
      expect(minted!.headers['x-api-key']).toBe('sk_live_recorded');
      expect(minted!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
      expect(minted!.headers).not.toHaveProperty('cookie');
      // The member is the one the bank authenticated, whatever the page's body said.
      expect(JSON.parse(minted!.body)).toEqual({ tenantId: 'jade', memberId: 'm-jade-002' });
    } finally {
      await close();
    }
  });

  it('mints one session for a burst of requests from one member, and a new one once the reuse window has passed', async () => {
    const { platform, backend, close } = await withPlatform((_, index) => SESSION(index), { sessionReuseMs: 300 });
    try {
      const burst = await Promise.all([1, 2, 3, 4].map(() => tokenFor(backend, 'm-jade-001')));
      expect(new Set(burst)).toEqual(new Set(['sbx_recorded_token_0000']));
      expect(await tokenFor(backend, 'm-jade-002')).toBe('sbx_recorded_token_0001');
      expect(platform.received).toHaveLength(2);
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(await tokenFor(backend, 'm-jade-001')).toBe('sbx_recorded_token_0002');
    } finally {
      await close();
    }
  });

  it('mints for every request with reuse off', async () => {
    const { platform, backend, close } = await withPlatform((_, index) => SESSION(index), { sessionReuseMs: 0 });
    try {
      expect(await tokenFor(backend)).not.toBe(await tokenFor(backend));
      expect(platform.received).toHaveLength(2);
    } finally {
      await close();
    }
  });

  it('tries once more after a 503, with the same Idempotency-Key', async () => {
    const { platform, backend, close } = await withPlatform((_, index) => (index === 0 ? { status: 503 } : SESSION(index)));
    try {
      expect(await tokenFor(backend)).toBe('sbx_recorded_token_0001');
      const [first, second] = platform.received;
      expect(second!.headers['idempotency-key']).toBe(first!.headers['idempotency-key']);
    } finally {
      await close();
    }
  });

  it('answers 502 when the platform refuses the bank or answers nonsense, 504 when it is too slow, and says why in the log', async () => {
    const refused = await withPlatform(() => ({ status: 401, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-9' }, body: '{"code":"unauthorized"}' }));
    const nonsense = await withPlatform(() => ({ status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"token":42}' }));
    const slow = await withPlatform(() => 'hang', { sessionTimeoutMs: 200 });
    try {
      const answer = await requestSession(refused.backend, 'm-jade-001');
      expect(answer.status).toBe(502);
      expect(await answer.json()).toMatchObject({ status: 502, code: 'internal', title: 'Benefits are unavailable' });
      expect(refused.backend.logged).toContainEqual('rights session not minted: POST /v1/sessions answered 401 unauthorized, request req-9 (check the platform API key and tenant id)');

      expect((await requestSession(nonsense.backend, 'm-jade-001')).status).toBe(502);
      expect(nonsense.backend.logged).toContainEqual(expect.stringMatching(/answered with no session/));

      const startedAt = Date.now();
      expect((await requestSession(slow.backend, 'm-jade-001')).status).toBe(504);
      // Two attempts of 200 ms and the pause between them.
      expect(Date.now() - startedAt).toBeLessThan(3000);
      expect(slow.platform.received).toHaveLength(2);
      for (const line of [...refused.backend.logged, ...slow.backend.logged]) expect(line).not.toContain('sk_live_recorded');
    } finally {
      await Promise.all([refused.close(), nonsense.close(), slow.close()]);
    }
  });
});
