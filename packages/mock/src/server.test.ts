import { benefitPage, session } from '@rights-kit/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SEED_TENANTS } from './fixtures/tenants.js';
import { startSandbox, type RunningSandbox } from './server.js';

describe('sandbox HTTP server', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0, corsOrigins: ['http://localhost:6006'] });
  });
  afterAll(() => sandbox.close());

  it('answers on loopback: a minted session lists benefits over real HTTP', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const tenant = SEED_TENANTS[0]!;
    const minted = await fetch(`${sandbox.url}/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': tenant.apiKey, 'Content-Type': 'application/json', 'Idempotency-Key': 'server-test-1' },
      body: JSON.stringify({ tenantId: tenant.id, memberId: 'm-jade-001' }),
    });
    const { token } = session.parse(await minted.json());
    const response = await fetch(`${sandbox.url}/v1/benefits?limit=3`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'en' } });
    const page = benefitPage.parse(await response.json());
    expect(page.items).toHaveLength(3);
    // Artwork URLs point back at this server, so a browser can load them.
    expect(page.items[0]?.image?.url.startsWith(`${sandbox.url}/sandbox/art/`)).toBe(true);
  });

  it('lets only the origins it was given call it from a browser', async () => {
    const preflight = (origin: string) =>
      fetch(`${sandbox.url}/v1/benefits`, { method: 'OPTIONS', headers: { Origin: origin, 'Access-Control-Request-Headers': 'authorization' } });
    const allowed = await preflight('http://localhost:6006');
    expect(allowed.status).toBe(204);
    expect(allowed.headers.get('Access-Control-Allow-Origin')).toBe('http://localhost:6006');
    expect(allowed.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    expect(allowed.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
    expect((await preflight('https://evil.example')).headers.get('Access-Control-Allow-Origin')).toBeNull();
  });

  it('falls through to 404 for paths it does not serve', async () => {
    expect((await fetch(`${sandbox.url}/v2/nothing`)).status).toBe(404);
  });
});
