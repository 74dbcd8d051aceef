// The rights API proxied under the bank's domain, over real HTTP: the platform's answers pass unchanged,
// only the rights API's headers cross either way, the path cannot leave /v1/, bodies and waits are bounded,
// and a platform that is down or slow becomes a clear, retryable problem.
import { startSandbox } from '@rights-kit/mock/server';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rawGet, SANDBOX_TENANT, startBackend, startRecordingPlatform, tokenFor, type PlatformAnswer } from './test/servers.js';

describe('the proxy, with the sandbox platform', () => {
  let backend: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    backend = await startBackend();
  });
  afterAll(() => backend?.close());

  it('passes the platform’s answers through, unauthenticated ones included, and keeps them out of shared caches', async () => {
    const token = await tokenFor(backend);
    const response = await fetch(`${backend.url}/rights-api/v1/benefits?category=travel&limit=3`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^sbx-/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const page = (await response.json()) as { items: { category: string; title: string }[] };
    expect(page.items).toHaveLength(3);
    expect(page.items.every((benefit) => benefit.category === 'travel')).toBe(true);
    expect(page.items[0]!.title).toBe('Domestic airport lounges');

    const refused = await fetch(`${backend.url}/rights-api/v1/benefits`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('unauthorized');
  });

  it('exposes the rights API only: no session minting, sandbox controls, or paths that climb out', async () => {
    const token = await tokenFor(backend);
    const minting = await fetch(`${backend.url}/rights-api/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': SANDBOX_TENANT.apiKey, 'Content-Type': 'application/json', 'Idempotency-Key': 'mint-through-proxy' },
      body: JSON.stringify({ tenantId: 'jade', memberId: 'm-jade-002' }),
    });
    expect(minting.status).toBe(404);
    for (const path of ['/rights-api/sandbox/clock', '/rights-api/v1/../sandbox/clock', '/rights-api/v1/%2e%2e/sandbox/clock', '/rights-api/v1/benefits%2F..%2F..%2Fsandbox%2Fclock', '/rights-api/v1/sessions/x']) {
      const answer = await rawGet(backend.url, path);
      expect(answer.status, path).toBe(404);
      expect(answer.body, path).not.toContain('frozen');
    }
    const deleted = await fetch(`${backend.url}/rights-api/v1/benefits`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('allow')).toBe('GET, POST');
    const huge = await fetch(`${backend.url}/rights-api/v1/benefits/lounge-domestic/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'too-large-body' },
      body: JSON.stringify({ cardId: 'x'.repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
    expect(await huge.json()).toMatchObject({ status: 413, code: 'validation_failed' });
  });
});

/** The stand-in platform's answers: a redirect, no answer at all, or a list with extra headers. */
function answerAsPlatform(path: string): PlatformAnswer {
  if (path.startsWith('/slow/')) return 'hang';
  if (path === '/v1/moved') return { status: 302, headers: { Location: 'https://elsewhere.example/' } };
  return {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'X-Request-Id': 'req-42', ETag: '"v1"', 'Set-Cookie': 'platform_tracking=1; Path=/', 'X-Platform-Internal': 'node-7' },
    body: '{"items":[],"nextCursor":null}',
  };
}

describe('the proxy, what crosses to the platform', () => {
  let platform: Awaited<ReturnType<typeof startRecordingPlatform>>;
  let backend: Awaited<ReturnType<typeof startBackend>>;
  beforeAll(async () => {
    platform = await startRecordingPlatform(answerAsPlatform);
    backend = await startBackend({ platformUrl: platform.url, apiKey: 'sk_live_recorded', platformTimeoutMs: 300 });
  });
  afterAll(async () => {
    await backend?.close();
    await platform?.close();
  });
  afterEach(() => void (platform.received.length = 0));

  it('forwards only the rights API headers: no cookies, no forged API key, no other headers; and back the same', async () => {
    const response = await fetch(`${backend.url}/rights-api/v1/benefits/lounge-domestic/claims?trace=1`, {
      method: 'POST',
      headers: {
        Authorization: 'Bearer sbx_page_token_0001',
        'Accept-Language': 'zh-HK',
        'Idempotency-Key': 'key-0001-abcdef',
        'Content-Type': 'application/json',
        'If-None-Match': '"v0"',
        'X-Step-Up-Proof': 'proof-1',
        Cookie: 'bank_session=secret-bank-session; other=1',
        'X-Api-Key': 'sk_forged_by_page',
        'X-Sandbox-Scenario': 'error-500',
        'X-Forwarded-Host': 'evil.example',
      },
      body: '{"cardId":"card-jade-001-a"}',
    });
    expect(response.status).toBe(200);
    expect(platform.received).toHaveLength(1);
    const [forwarded] = platform.received;
    expect(forwarded).toMatchObject({ method: 'POST', path: '/v1/benefits/lounge-domestic/claims?trace=1', body: '{"cardId":"card-jade-001-a"}' });
    expect(forwarded!.headers).toMatchObject({
      authorization: 'Bearer sbx_page_token_0001',
      'accept-language': 'zh-HK',
      'idempotency-key': 'key-0001-abcdef',
      'content-type': 'application/json',
      'if-none-match': '"v0"',
      'x-step-up-proof': 'proof-1',
    });
    for (const stripped of ['cookie', 'x-api-key', 'x-sandbox-scenario', 'x-forwarded-host']) expect(forwarded!.headers).not.toHaveProperty(stripped);

    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get('x-platform-internal')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.json()).toEqual({ items: [], nextCursor: null });
  });

  it('refuses encoded slashes, dots and backslashes in the path without asking the platform', async () => {
    for (const path of ['/rights-api/v1/benefits%2F..%2F..%2Fadmin', '/rights-api/v1/benefits/%2e%2e%2fadmin', '/rights-api/v1/benefits%5C..%5Cadmin']) {
      expect((await rawGet(backend.url, path)).status, path).toBe(404);
    }
    expect(platform.received).toEqual([]);
  });

  it('does not follow a redirect with the cardholder token', async () => {
    const response = await fetch(`${backend.url}/rights-api/v1/moved`, { headers: { Authorization: 'Bearer sbx_page_token_0001' } });
    expect(response.status).toBe(502);
    expect(platform.received.map((request) => request.path)).toEqual(['/v1/moved']);
  });

  it('answers 504 when the platform is too slow, without waiting longer than its timeout', async () => {
    const slow = await startBackend({ platformUrl: `${platform.url}/slow`, platformTimeoutMs: 300 });
    try {
      const startedAt = Date.now();
      const response = await fetch(`${slow.url}/rights-api/v1/benefits`, { headers: { Authorization: 'Bearer sbx_page_token_0001' } });
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ status: 504, code: 'internal' });
      expect(Date.now() - startedAt).toBeLessThan(3000);
      expect(slow.logged.at(-1)).toMatch(/^rights-api GET \/v1\/benefits → 504: platform timed out after \d+ ms$/);
      for (const line of slow.logged) expect(line).not.toMatch(/sbx_page_token/);
    } finally {
      await slow.close();
    }
  });
});

describe('the proxy when the platform is down', () => {
  it('answers a clear, retryable 502 from the proxy and the session endpoint alike', async () => {
    const sandbox = await startSandbox({ port: 0 });
    const backend = await startBackend({ platformUrl: sandbox.url });
    try {
      const token = await tokenFor(backend);
      expect((await fetch(`${backend.url}/rights-api/v1/benefits`, { headers: { Authorization: `Bearer ${token}` } })).status).toBe(200);
      await sandbox.close();

      const proxied = await fetch(`${backend.url}/rights-api/v1/benefits`, { headers: { Authorization: `Bearer ${token}` } });
      expect(proxied.status).toBe(502);
      expect(proxied.headers.get('content-type')).toContain('application/problem+json');
      expect(await proxied.json()).toEqual({
        type: 'about:blank',
        title: 'The rights platform is unreachable',
        status: 502,
        code: 'internal',
        detail: 'The bank could not reach the benefits service. Try again shortly.',
      });
      const minted = await fetch(`${backend.url}${backend.handler.sessionPath}`, { method: 'POST', headers: { Cookie: 'bank_member=m-jade-002' } });
      expect(minted.status).toBe(502);
      expect(backend.logged).toContainEqual(expect.stringMatching(/^rights-api GET \/v1\/benefits → 502: platform unreachable \(\w+\)/));
      expect(backend.logged).toContainEqual(expect.stringMatching(/^rights session not minted: POST \/v1\/sessions unreachable \(\w+\)/));
      for (const line of backend.logged) expect(line).not.toContain(token);
    } finally {
      await backend.close();
    }
  });
});
