// Whatever the network hands back, the client answers with a contract-checked value or a RightsError:
// never a TypeError from deep inside, never a value the contract does not allow.
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { createRightsClient, type RightsClient } from '../client.js';
import { isRightsError } from './errors.js';

const ENDPOINTS: Record<string, (client: RightsClient) => Promise<unknown>> = {
  'me.get': (client) => client.me.get(),
  'categories.list': (client) => client.categories.list(),
  'benefits.list': (client) => client.benefits.list(),
  'benefits.get': (client) => client.benefits.get('lounge-domestic'),
  'benefits.claim': (client) => client.benefits.claim('lounge-domestic', { cardId: 'card-a' }),
  'benefits.launch': (client) => client.benefits.launch('pet-platform'),
  'wallet.list': (client) => client.wallet.list(),
  'wallet.get': (client) => client.wallet.get('w-1'),
  'cashback.list': (client) => client.cashback.list(),
  'summary.get': (client) => client.summary.get(),
};

/** Bodies from the plausible to the hostile: any JSON, near-miss objects, truncated text, bytes. */
const body = fc.oneof(
  fc.json(),
  fc.jsonValue().map((value) => JSON.stringify({ items: [value], nextCursor: null })),
  fc.record({ id: fc.string(), kind: fc.string(), title: fc.anything(), status: fc.anything() }).map((value) => JSON.stringify(value)),
  fc.string(),
  fc.uint8Array({ maxLength: 64 }).map((bytes) => new TextDecoder().decode(bytes)),
);

const answer = fc.record({
  status: fc.constantFrom(200, 201, 204, 400, 401, 403, 404, 409, 410, 418, 429, 500, 503),
  body,
  contentType: fc.constantFrom('application/json', 'application/problem+json', 'text/html', ''),
});

describe('fuzzing the client with fast-check', () => {
  it.each(Object.keys(ENDPOINTS))('%s: 1,000 random answers, and only RightsErrors are ever thrown', async (name) => {
    await fc.assert(
      fc.asyncProperty(answer, async ({ status, body, contentType }) => {
        const fetch: typeof globalThis.fetch = async () =>
          new Response(status === 204 ? null : body, { status, headers: contentType ? { 'Content-Type': contentType } : {} });
        const client = createRightsClient({ baseUrl: 'https://rights.test', getToken: async () => 'token', fetch, retry: false, cache: false });
        try {
          await ENDPOINTS[name]!(client);
        } catch (error) {
          if (!isRightsError(error)) throw error;
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
