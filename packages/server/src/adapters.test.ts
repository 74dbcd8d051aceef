// Each adapter serves the bank backend's rights routes on its framework, over real HTTP against the
// sandbox: the session, the rights client's reads, an idempotent claim, a claim the platform confirms with
// the app's step-up proof, and every other request left to the bank's own routes.
import { createRightsClient } from '@rights-kit/client';
import { startSandbox, type RunningSandbox } from '@rights-kit/mock/server';
import express from 'express';
import Fastify from 'fastify';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rightsMiddleware } from './express.js';
import { rightsPlugin } from './fastify.js';
import { createRightsHandler, type RightsHandler } from './index.js';
import { toNodeListener } from './node.js';
import { cookieAuthenticate, listen, SANDBOX_TENANT, signedInAs, type Running } from './test/servers.js';

/** The bank's own page, which every adapter must leave to the bank. */
const BANK_PAGE = '/bank/home';

const ADAPTERS: Record<string, (handler: RightsHandler) => Promise<Running>> = {
  'node:http': (handler) => {
    const rights = toNodeListener(handler);
    return listen((request, response) => {
      void rights(request, response, () => response.writeHead(200, { 'Content-Type': 'text/plain' }).end('the bank’s own page'));
    });
  },
  Express: async (handler) => {
    const app = express();
    // A bank's app usually parses JSON for all its routes; the middleware forwards what it parsed.
    app.use(express.json());
    app.use(rightsMiddleware(handler));
    app.get(BANK_PAGE, (_request, response) => void response.type('text/plain').send('the bank’s own page'));
    return listen(app);
  },
  Fastify: async (handler) => {
    const app = Fastify();
    await app.register(rightsPlugin(handler));
    app.get(BANK_PAGE, async (_request, reply) => reply.type('text/plain').send('the bank’s own page'));
    // The bank's own JSON routes keep Fastify's parser: the plugin's stays inside the plugin.
    app.post('/bank/echo', async (request) => request.body);
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { url: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close: () => app.close() };
  },
};

describe.each(Object.entries(ADAPTERS))('the %s adapter', (_name, serve) => {
  let sandbox: RunningSandbox;
  let backend: Running;

  beforeAll(async () => {
    sandbox = await startSandbox({ port: 0 });
    const handler = createRightsHandler({ platformUrl: sandbox.url, ...SANDBOX_TENANT, authenticate: cookieAuthenticate, sessionPath: '/bank/rights-session', log: () => {} });
    backend = await serve(handler);
  });
  afterAll(async () => {
    await backend?.close();
    await sandbox?.close();
  });

  it("serves the rights client end to end: a session, reads, an idempotent claim, and a step-up claim with the app's proof", async () => {
    const proofs: string[] = [];
    const client = createRightsClient({
      baseUrl: `${backend.url}/rights-api`,
      locale: 'en',
      getToken: async () => {
        const response = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST', headers: signedInAs('m-jade-001') });
        expect(response.headers.get('cache-control')).toBe('no-store');
        return ((await response.json()) as { token: string }).token;
      },
      onStepUp: async () => {
        proofs.push('asked');
        return 'proof-from-biometrics';
      },
    });
    const me = await client.me.get();
    expect(me.cards.map((card) => card.last4)).toEqual(['8826', '3107']);
    const cardId = me.cards[0]!.id;

    // Idempotency-Key and the JSON body reached the platform: the same key replays the same voucher.
    const key = 'replay-key-0001';
    const first = await client.benefits.claim('shopping-supermarket-voucher', { cardId }, { idempotencyKey: key });
    expect(first.walletItem.kind).toBe('voucher');
    expect(await client.benefits.claim('shopping-supermarket-voucher', { cardId }, { idempotencyKey: key })).toEqual(first);

    // This benefit needs the cardholder's confirmation: the proof must cross the adapter for the retry to pass.
    const guarded = await client.benefits.claim('shopping-jewellery', { cardId });
    expect(guarded.walletItem.kind).toBe('voucher');
    expect(proofs).toEqual(['asked']);
  });

  it('leaves every other request to the bank’s own routes, and refuses what it does not serve as problems', async () => {
    const page = await fetch(`${backend.url}${BANK_PAGE}`);
    expect(await page.text()).toBe('the bank’s own page');
    const anonymous = await fetch(`${backend.url}/bank/rights-session`, { method: 'POST' });
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get('content-type')).toContain('application/problem+json');
    const huge = await fetch(`${backend.url}/rights-api/v1/benefits/lounge-domestic/claims`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ cardId: 'x'.repeat(100_000) }) });
    expect(huge.status).toBe(413);
    expect((await fetch(`${backend.url}/rights-api/v1/sessions`, { method: 'POST' })).status).toBe(404);
  });
});

describe('the Fastify adapter’s body handling', () => {
  it('keeps to the plugin: the bank’s own JSON routes are parsed as before', async () => {
    const handler = createRightsHandler({ platformUrl: 'http://127.0.0.1:9', ...SANDBOX_TENANT, authenticate: cookieAuthenticate, log: () => {} });
    const backend = await ADAPTERS.Fastify!(handler);
    try {
      const echoed = await fetch(`${backend.url}/bank/echo`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"hello":"bank"}' });
      expect(await echoed.json()).toEqual({ hello: 'bank' });
    } finally {
      await backend.close();
    }
  });
});
