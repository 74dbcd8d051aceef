// The bank backend of examples/backend-session, over real HTTP: it mints the signed-in cardholder's
// rights session with the bank's API key, proxies the rights API under the bank's domain, lets through
// only what the API needs, and says clearly when the platform is down.
import { createRightsClient } from '@rights-kit/client';
import { startSandbox } from '@rights-kit/mock/server';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startBackendSession } from '../server.js';

const SANDBOX_API_KEY = 'sk_sandbox_jade';

type Backend = Awaited<ReturnType<typeof startBackendSession>>;

/** Signs in to the demo bank and returns the cookie its pages would carry. */
async function signIn(backend: Backend, username = 'li.hua'): Promise<string> {
  const response = await fetch(`${backend.url}/bank/sign-in`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username }),
  });
  expect(response.status).toBe(200);
  const [setCookie] = response.headers.getSetCookie();
  expect(setCookie).toMatch(/^bank_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict/);
  return setCookie!.split(';')[0]!;
}

/** What the app's `getToken()` does: asks the bank's backend, with the bank's cookie. */
async function mintThroughBank(backend: Backend, cookie: string): Promise<{ token: string; expiresAt: string }> {
  const response = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  return (await response.json()) as { token: string; expiresAt: string };
}

/** A request whose path is sent exactly as written: fetch would resolve `..` before sending it. */
function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Everything a browser could see of a response: status line, headers and body. */
async function visible(response: Response): Promise<string> {
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await response.text()}`;
}

type PlatformAnswer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/** A stand-in platform that records what reaches it and answers what the test says. */
async function startRecordingPlatform(answer: (path: string) => PlatformAnswer) {
  const received: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body });
      const reply = answer(request.url!);
      if (reply === 'hang') return;
      response.writeHead(reply.status, reply.headers ?? {});
      response.end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    received,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

describe('bank backend with the sandbox platform', () => {
  let backend: Backend;
  const logged: string[] = [];

  beforeAll(async () => {
    backend = await startBackendSession({ port: 0, log: (line) => logged.push(line) });
  });
  afterAll(() => backend?.close());

  it('mints a short-lived rights session for the signed-in cardholder, never cached', async () => {
    const cookie = await signIn(backend);
    const response = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-store');
    const session = (await response.json()) as { token: string; expiresAt: string };
    expect(Object.keys(session).sort()).toEqual(['expiresAt', 'token']);
    expect(session.token).toMatch(/^sbx_\w{16,}$/);
    const lifetime = Date.parse(session.expiresAt) - Date.now();
    expect(lifetime).toBeGreaterThan(25 * 60_000);
    expect(lifetime).toBeLessThanOrEqual(30 * 60_000);
    // A new session each time: the app asks again when the platform says the old one expired.
    expect((await mintThroughBank(backend, cookie)).token).not.toBe(session.token);
  });

  it('calls /rights-api/v1/benefits through the proxy with that token', async () => {
    const { token } = await mintThroughBank(backend, await signIn(backend));
    const response = await fetch(`${backend.url}/rights-api/v1/benefits?category=travel&limit=3`, {
      headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('x-request-id')).toMatch(/^sbx-/);
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    const page = (await response.json()) as { items: { category: string; title: string }[] };
    expect(page.items).toHaveLength(3);
    expect(page.items.every((benefit) => benefit.category === 'travel')).toBe(true);
    expect(page.items[0]!.title).toBe('Domestic airport lounges');

    // Without the token the platform itself refuses, and its problem comes through unchanged.
    const refused = await fetch(`${backend.url}/rights-api/v1/benefits`);
    expect(refused.status).toBe(401);
    expect(((await refused.json()) as { code: string }).code).toBe('unauthorized');
  });

  it("serves the rights client end to end: reads, an idempotent claim, and a step-up claim with the app's proof", async () => {
    const cookie = await signIn(backend);
    const proofs: string[] = [];
    const client = createRightsClient({
      baseUrl: `${backend.url}/rights-api`,
      getToken: async () => (await mintThroughBank(backend, cookie)).token,
      locale: 'en',
      onStepUp: async () => {
        proofs.push('asked');
        return 'proof-from-biometrics';
      },
    });
    const me = await client.me.get();
    expect(me.cards.map((card) => card.last4)).toEqual(['8826', '3107']);
    const cardId = me.cards[0]!.id;

    const claimed = await client.benefits.claim('shopping-department-store', { cardId });
    expect(claimed.walletItem.kind).toBe('voucher');
    // Idempotency-Key and Content-Type reached the platform: the same key replays the same voucher.
    const key = 'replay-key-0001';
    const first = await client.benefits.claim('shopping-supermarket-voucher', { cardId }, { idempotencyKey: key });
    const replay = await client.benefits.claim('shopping-supermarket-voucher', { cardId }, { idempotencyKey: key });
    expect(replay).toEqual(first);

    // This benefit needs the cardholder's confirmation: the proof must cross the proxy for the retry to pass.
    const guarded = await client.benefits.claim('shopping-jewellery', { cardId });
    expect(guarded.walletItem.kind).toBe('voucher');
    expect(proofs).toEqual(['asked']);
  });

  it('answers 401 to a caller the bank has not authenticated, and after sign-out', async () => {
    const anonymous = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ status: 401, code: 'unauthorized' });

    const forged = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: 'bank_session=made-up' } });
    expect(forged.status).toBe(401);

    const cookie = await signIn(backend);
    await fetch(`${backend.url}/bank/sign-out`, { method: 'POST', headers: { Cookie: cookie } });
    const signedOut = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain('sbx_');
  });

  it("refuses a token to another site's page, even with the cardholder's cookie", async () => {
    const cookie = await signIn(backend);
    const crossSite = await fetch(`${backend.url}/bank/rights-session`, {
      method: 'POST',
      headers: { Cookie: cookie, 'Sec-Fetch-Site': 'cross-site' },
    });
    expect(crossSite.status).toBe(403);
    expect(await crossSite.text()).not.toContain('sbx_');
    const read = await fetch(`${backend.url}/bank/rights-session`, { headers: { Cookie: cookie } });
    expect(read.status).toBe(405);
    expect(read.headers.get('allow')).toBe('POST');
  });

  it('exposes the rights API only: no session minting, sandbox controls or paths that climb out', async () => {
    const { token } = await mintThroughBank(backend, await signIn(backend));
    const minting = await fetch(`${backend.url}/rights-api/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': SANDBOX_API_KEY, 'Content-Type': 'application/json', 'Idempotency-Key': 'mint-through-proxy' },
      body: JSON.stringify({ tenantId: 'jade', memberId: 'm-jade-002' }),
    });
    expect(minting.status).toBe(404);
    expect((await rawGet(backend.url, '/rights-api/sandbox/clock')).status).toBe(404);
    const climbed = await rawGet(backend.url, '/rights-api/v1/../sandbox/clock');
    expect(climbed.status).toBe(404);
    expect(climbed.body).not.toContain('frozen');
    expect((await rawGet(backend.url, '/rights-api/v1/%2e%2e/sandbox/clock')).status).toBe(404);
    const deleted = await fetch(`${backend.url}/rights-api/v1/benefits`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } });
    expect(deleted.status).toBe(405);
    expect(deleted.headers.get('allow')).toBe('GET, POST');
    const huge = await fetch(`${backend.url}/rights-api/v1/benefits/lounge-domestic/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', 'Idempotency-Key': 'too-large-body' },
      body: JSON.stringify({ cardId: 'x'.repeat(100_000) }),
    });
    expect(huge.status).toBe(413);
  });

  it('never lets the API key reach the page, and logs neither the key nor a token', async () => {
    const seen: string[] = [];
    const signInResponse = await fetch(`${backend.url}/bank/sign-in`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'li.hua' }),
    });
    const cookie = signInResponse.headers.getSetCookie()[0]!.split(';')[0]!;
    seen.push(await visible(signInResponse));
    const sessionResponse = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
    const sessionText = await visible(sessionResponse);
    seen.push(sessionText);
    const token = (JSON.parse(sessionText.slice(sessionText.indexOf('{'))) as { token: string }).token;
    const auth = { Authorization: `Bearer ${token}` };
    for (const path of ['/rights-api/v1/me', '/rights-api/v1/benefits', '/rights-api/v1/benefits/nope', '/rights-api/v1/sessions', '/bank/anything']) {
      seen.push(await visible(await fetch(`${backend.url}${path}`, { headers: auth })));
    }
    seen.push(await visible(await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' })));
    seen.push(await visible(await fetch(`${backend.url}/bank/sign-in`, { method: 'POST', body: '{"username":"mallory"}' })));

    expect(seen).toHaveLength(9);
    for (const response of seen) expect(response).not.toContain(SANDBOX_API_KEY);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).not.toContain(SANDBOX_API_KEY);
      expect(line).not.toMatch(/sbx_[A-Za-z0-9]{8,}/);
    }
  });
});

/** The stand-in platform's answers: a session, a redirect, no answer at all, or a list with extra headers. */
function answerAsPlatform(path: string): PlatformAnswer {
  if (path.startsWith('/slow/')) return 'hang';
  if (path === '/v1/sessions') {
    return { status: 201, headers: { 'Content-Type': 'application/json' }, body: '{"token":"sbx_recorded_token_0001","expiresAt":"2030-01-01T00:00:00+08:00"}' };
  }
  if (path === '/v1/moved') return { status: 302, headers: { Location: 'https://elsewhere.example/' } };
  return {
    status: 200,
    headers: {
      'Content-Type': 'application/json',
      'X-Request-Id': 'req-42',
      ETag: '"v1"',
      'Set-Cookie': 'platform_tracking=1; Path=/',
      'X-Platform-Internal': 'node-7',
    },
    body: '{"items":[],"nextCursor":null}',
  };
}

describe('bank backend, what crosses to the platform', () => {
  let platform: Awaited<ReturnType<typeof startRecordingPlatform>>;
  let backend: Backend;
  const logged: string[] = [];

  beforeAll(async () => {
    platform = await startRecordingPlatform(answerAsPlatform);
    backend = await startBackendSession({
      port: 0,
      platformUrl: platform.url,
      apiKey: 'sk_live_recorded',
      tenantId: 'jade',
      platformTimeoutMs: 400,
      log: (line) => logged.push(line),
    });
  });
  afterAll(async () => {
    await backend?.close();
    await platform?.close();
  });
  afterEach(() => void (platform.received.length = 0));

  it('forwards only the rights API headers: no cookies, no forged API key, no other headers', async () => {
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
    expect(forwarded!.method).toBe('POST');
    expect(forwarded!.path).toBe('/v1/benefits/lounge-domestic/claims?trace=1');
    expect(forwarded!.body).toBe('{"cardId":"card-jade-001-a"}');
    expect(forwarded!.headers).toMatchObject({
      authorization: 'Bearer sbx_page_token_0001',
      'accept-language': 'zh-HK',
      'idempotency-key': 'key-0001-abcdef',
      'content-type': 'application/json',
      'if-none-match': '"v0"',
      'x-step-up-proof': 'proof-1',
    });
    for (const stripped of ['cookie', 'x-api-key', 'x-sandbox-scenario', 'x-forwarded-host']) expect(forwarded!.headers).not.toHaveProperty(stripped);

    // And back: the platform's cookie and internal headers stay on the server.
    expect(response.headers.getSetCookie()).toEqual([]);
    expect(response.headers.get('x-platform-internal')).toBeNull();
    expect(response.headers.get('x-request-id')).toBe('req-42');
    expect(response.headers.get('etag')).toBe('"v1"');
    expect(await response.json()).toEqual({ items: [], nextCursor: null });
  });

  it('mints with the API key server to server, for the member the bank authenticated', async () => {
    const cookie = await signIn(backend, 'wang.fang');
    const session = await mintThroughBank(backend, cookie);
    expect(session).toEqual({ token: 'sbx_recorded_token_0001', expiresAt: '2030-01-01T00:00:00+08:00' });
    expect(platform.received).toHaveLength(1);
    const [minted] = platform.received;
    expect(minted!.path).toBe('/v1/sessions');
    expect(minted!.headers['x-api-key']).toBe('sk_live_recorded');
    expect(minted!.headers['idempotency-key']).toMatch(/^[0-9a-f-]{36}$/);
    expect(minted!.headers).not.toHaveProperty('cookie');
    expect(JSON.parse(minted!.body)).toEqual({ tenantId: 'jade', memberId: 'm-jade-002' });
  });

  it('does not follow a redirect with the cardholder token', async () => {
    const response = await fetch(`${backend.url}/rights-api/v1/moved`, { headers: { Authorization: 'Bearer sbx_page_token_0001' } });
    expect(response.status).toBe(502);
    expect(platform.received.map((request) => request.path)).toEqual(['/v1/moved']);
  });

  it('answers 504 when the platform is too slow, without waiting longer than its timeout', async () => {
    const slowBackend = await startBackendSession({
      port: 0,
      platformUrl: `${platform.url}/slow`,
      apiKey: 'sk_live_recorded',
      tenantId: 'jade',
      platformTimeoutMs: 300,
      log: (line) => logged.push(line),
    });
    try {
      const startedAt = Date.now();
      const response = await fetch(`${slowBackend.url}/rights-api/v1/benefits`, { headers: { Authorization: 'Bearer sbx_page_token_0001' } });
      expect(response.status).toBe(504);
      expect(await response.json()).toMatchObject({ status: 504, code: 'internal' });
      expect(Date.now() - startedAt).toBeLessThan(3000);
      expect(logged.at(-1)).toMatch(/GET \/v1\/benefits → 504: platform timed out/);
    } finally {
      await slowBackend.close();
    }
    for (const line of logged) expect(line).not.toMatch(/sbx_page_token|sbx_recorded_token|sk_live_recorded/);
  });
});

describe('bank backend when the platform is down', () => {
  it('answers a clear 502 from both the session endpoint and the proxy', async () => {
    const sandbox = await startSandbox({ port: 0 });
    const logged: string[] = [];
    const backend = await startBackendSession({ port: 0, platformUrl: sandbox.url, apiKey: SANDBOX_API_KEY, tenantId: 'jade', log: (line) => logged.push(line) });
    try {
      const cookie = await signIn(backend);
      const { token } = await mintThroughBank(backend, cookie);
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

      const minted = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
      expect(minted.status).toBe(502);
      expect(await minted.json()).toMatchObject({ status: 502, code: 'internal', title: 'Benefits are unavailable' });
      expect(logged).toContainEqual(expect.stringMatching(/^rights-api GET \/v1\/benefits → 502: platform unreachable \(\w+\)/));
      expect(logged).toContainEqual(expect.stringMatching(/^rights session not minted: POST \/v1\/sessions unreachable \(\w+\)/));
      for (const line of logged) expect(line).not.toContain(token);
    } finally {
      await backend.close();
    }
  });

  it('refuses to start against a real platform without its key', async () => {
    await expect(startBackendSession({ port: 0, platformUrl: 'https://rights.platform.example' })).rejects.toThrow(/apiKey.*tenantId.*required/);
  });
});
