import { describe, expect, it } from 'vitest';
import { sandboxClient, useSandbox } from '../test/sandbox.js';
import { newIdempotencyKey } from './idempotency.js';

const { server } = useSandbox();

describe('idempotency', () => {
  it('retries a claim whose answer was lost with the same key, and the platform replays the first result', async () => {
    let dropped = false;
    const keys: (string | null)[] = [];
    // The first claim reaches the platform and is taken, but its answer is lost on the way back.
    const lossyFetch: typeof globalThis.fetch = async (input, init) => {
      const request = new Request(input, init);
      if (request.method === 'POST') keys.push(request.headers.get('Idempotency-Key'));
      const response = await globalThis.fetch(request);
      if (request.method === 'POST' && !dropped) {
        dropped = true;
        throw new TypeError('The network connection was lost.');
      }
      return response;
    };
    const client = sandboxClient({ fetch: lossyFetch });
    const { walletItem } = await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });

    expect(keys).toHaveLength(2);
    expect(keys[0]).toBe(keys[1]);
    const wallet = await client.wallet.list();
    expect(wallet.items.map((item) => item.id)).toEqual([walletItem.id]);
  });

  it('uses the key the caller gives, so a retry after a reload lands on the same claim', async () => {
    const client = sandboxClient();
    const first = await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' }, { idempotencyKey: 'saved-key-0001' });
    const again = await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' }, { idempotencyKey: 'saved-key-0001' });
    expect(again.walletItem).toEqual(first.walletItem);
  });

  it('gives every call its own key', async () => {
    const keys: (string | null)[] = [];
    server.events.on('request:start', ({ request }) => void (request.method === 'POST' && keys.push(request.headers.get('Idempotency-Key'))));
    const client = sandboxClient();
    await client.benefits.launch('pet-platform');
    await client.benefits.launch('pet-platform');
    expect(new Set(keys).size).toBe(2);
  });

  it('makes well-formed version 4 UUIDs, also where crypto.randomUUID is missing', () => {
    const original = crypto.randomUUID;
    try {
      Object.defineProperty(crypto, 'randomUUID', { value: undefined, configurable: true });
      const keys = Array.from({ length: 100 }, newIdempotencyKey);
      for (const key of keys) expect(key).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(new Set(keys).size).toBe(100);
    } finally {
      Object.defineProperty(crypto, 'randomUUID', { value: original, configurable: true });
    }
  });
});
