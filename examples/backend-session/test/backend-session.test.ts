// The example bank backend over real HTTP: the bank's own sign-in, and @rights-kit/server minting the
// signed-in cardholder's session and proxying the rights API under the bank's domain. What the package
// itself guarantees (header allowlists, path confinement, bounds, problems) is tested in packages/server.
import { createRightsClient } from '@rights-kit/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBackendSession } from '../server.js';

const SANDBOX_API_KEY = 'sk_sandbox_jade';

type Backend = Awaited<ReturnType<typeof startBackendSession>>;

/** Signs in to the demo bank and returns the cookie its pages would carry. */
async function signIn(backend: Backend, username = 'li.hua'): Promise<string> {
  const response = await fetch(`${backend.url}/bank/sign-in`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username }) });
  expect(response.status).toBe(200);
  const [setCookie] = response.headers.getSetCookie();
  expect(setCookie).toMatch(/^bank_session=[\w-]{40,}; Path=\/; HttpOnly; SameSite=Strict/);
  return setCookie!.split(';')[0]!;
}

/** What the app's `getToken()` does: asks the bank's backend, with the bank's cookie. */
async function mintThroughBank(backend: Backend, cookie: string): Promise<{ token: string; expiresAt: string }> {
  const response = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
  expect(response.status).toBe(200);
  expect(response.headers.get('cache-control')).toBe('no-store');
  return (await response.json()) as { token: string; expiresAt: string };
}

describe('examples/backend-session with the sandbox platform', () => {
  let backend: Backend;
  const logged: string[] = [];

  beforeAll(async () => {
    backend = await startBackendSession({ port: 0, log: (line) => logged.push(line) });
  });
  afterAll(() => backend?.close());

  it('mints the session of whoever signed in to the bank, and proxies the rights API with it', async () => {
    const session = await mintThroughBank(backend, await signIn(backend, 'wang.fang'));
    expect(session.token).toMatch(/^sbx_\w{16,}$/);
    const me = await fetch(`${backend.url}/rights-api/v1/me`, { headers: { Authorization: `Bearer ${session.token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { id: string }).id).toBe('m-jade-002');
  });

  it("serves the rights client end to end: reads, a claim, and a step-up claim with the app's proof", async () => {
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
    expect((await client.benefits.claim('shopping-department-store', { cardId })).walletItem.kind).toBe('voucher');
    expect((await client.benefits.claim('shopping-jewellery', { cardId })).walletItem.kind).toBe('voucher');
    expect(proofs).toEqual(['asked']);
  });

  it('answers 401 to a caller the bank has not authenticated, to a forged cookie, and after sign-out', async () => {
    const anonymous = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    expect(await anonymous.json()).toMatchObject({ status: 401, code: 'unauthorized' });
    expect((await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: 'bank_session=made-up' } })).status).toBe(401);

    const cookie = await signIn(backend);
    await fetch(`${backend.url}/bank/sign-out`, { method: 'POST', headers: { Cookie: cookie } });
    const signedOut = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: { Cookie: cookie } });
    expect(signedOut.status).toBe(401);
    expect(await signedOut.text()).not.toContain('sbx_');
    const unknown = await fetch(`${backend.url}/bank/sign-in`, { method: 'POST', body: '{"username":"mallory"}' });
    expect(unknown.status).toBe(401);
  });

  it('answers the bank’s other paths itself, and logs neither the key nor a token', async () => {
    const elsewhere = await fetch(`${backend.url}/bank/anything`);
    expect(elsewhere.status).toBe(404);
    expect(await elsewhere.text()).not.toContain(SANDBOX_API_KEY);
    expect(logged.length).toBeGreaterThan(0);
    for (const line of logged) {
      expect(line).not.toContain(SANDBOX_API_KEY);
      expect(line).not.toMatch(/sbx_[A-Za-z0-9]{8,}/);
    }
  });

  it('refuses to start against a real platform without its key', async () => {
    await expect(startBackendSession({ port: 0, platformUrl: 'https://rights.platform.example' })).rejects.toThrow(/apiKey.*tenantId.*required/);
  });
});
