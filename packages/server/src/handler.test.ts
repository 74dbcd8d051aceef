// The standard handler as a fetch-style server uses it: a `Request` in, a `Response` out, with no HTTP
// server of the bank's in between; the platform behind it is the sandbox over real HTTP.
import { createRightsClient } from '@rights-kit/client';
import { startSandbox, type RunningSandbox } from '@rights-kit/mock/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRightsHandler } from './index.js';
import { cookieAuthenticate, SANDBOX_TENANT, signedInAs } from './test/servers.js';

describe('createRightsHandler', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
  });
  afterAll(() => sandbox?.close());

  it('answers Requests: a session, then the rights client’s calls through the proxy', async () => {
    const rights = createRightsHandler({ platformUrl: sandbox.url, ...SANDBOX_TENANT, authenticate: cookieAuthenticate, log: () => {} });
    const bank = 'https://bank.example';
    const client = createRightsClient({
      baseUrl: `${bank}/rights-api`,
      locale: 'en',
      fetch: (input, init) => rights(new Request(input, init)),
      getToken: async () => {
        const answer = await rights(new Request(`${bank}/rights-session`, { method: 'POST', headers: signedInAs('m-jade-001') }));
        return ((await answer.json()) as { token: string }).token;
      },
    });
    expect((await client.me.get()).cards.map((card) => card.last4)).toEqual(['8826', '3107']);
    expect((await client.benefits.list({ category: 'dining' })).items.length).toBeGreaterThan(0);
    expect(rights.handles('/rights-api/v1/me')).toBe(true);
    expect(rights.handles('/rights-apis')).toBe(false);
    const elsewhere = await rights(new Request(`${bank}/elsewhere`));
    expect(elsewhere.status).toBe(404);
    expect(elsewhere.headers.get('content-type')).toContain('application/problem+json');
  });

  it('refuses to start without the platform, its key, its tenant or the bank’s authentication', () => {
    const complete = { platformUrl: sandbox.url, ...SANDBOX_TENANT, authenticate: cookieAuthenticate };
    for (const missing of ['platformUrl', 'apiKey', 'tenantId', 'authenticate'] as const) {
      expect(() => createRightsHandler({ ...complete, [missing]: undefined } as never), missing).toThrow(/`platformUrl`, `apiKey`, `tenantId` and `authenticate` are required/);
    }
    expect(() => createRightsHandler({ ...complete, apiPrefix: '/rights-api/' })).toThrow(/without a trailing slash/);
  });
});
