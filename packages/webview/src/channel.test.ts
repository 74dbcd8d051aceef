import { afterEach, describe, expect, it, vi } from 'vitest';
import type { WebViewAdapter } from './adapter.js';
import { openChannel } from './channel.js';
import { WebViewError } from './errors.js';
import type { HostEvent } from './protocol.js';
import { problems, TOKEN } from './test/app.js';

/** An adapter whose app answers by hand: `sent` holds the requests, `deliver` plays the app. */
function manualAdapter() {
  const sent: { id: string; method: string; params: unknown }[] = [];
  let listener: ((json: string) => void) | undefined;
  const adapter: WebViewAdapter = {
    send: (json) => void sent.push(JSON.parse(json)),
    onMessage(next) {
      listener = next;
      return () => (listener = undefined);
    },
  };
  const deliver = (message: unknown) => listener?.(typeof message === 'string' ? message : JSON.stringify(message));
  /** Hands `message` over as it is, as a misbehaving adapter might. */
  const deliverRaw = (message: unknown) => listener?.(message as string);
  return { adapter, sent, deliver, deliverRaw, listening: () => listener !== undefined };
}

function setup(timeout = 1000) {
  const manual = manualAdapter();
  const report = problems();
  const events: HostEvent[] = [];
  const channel = openChannel(manual.adapter, { timeout, report: report.onProblem, onEvent: (event) => events.push(event) });
  return { ...manual, ...report, events, channel };
}

const reply = (id: string, result: unknown = {}) => ({ rk: 1, id, ok: true, result });

afterEach(() => vi.useRealTimers());

describe('request/response correlation', () => {
  it('sends version-1 envelopes and matches replies by id, in any order', async () => {
    const { channel, sent, deliver } = setup();
    const first = channel.request('openUrl', { url: 'https://a.example' });
    const second = channel.request('share', { title: 'Lounge' });
    expect(sent.map(({ method }) => method)).toEqual(['openUrl', 'share']);
    expect(sent[0]).toMatchObject({ rk: 1, method: 'openUrl', params: { url: 'https://a.example' } });
    deliver(reply(sent[1]!.id, { second: true }));
    deliver(reply(sent[0]!.id, { first: true }));
    await expect(first).resolves.toEqual({ first: true });
    await expect(second).resolves.toEqual({ second: true });
  });

  it('gives every request its own random id', () => {
    const { channel, sent } = setup();
    for (let i = 0; i < 20; i++) void channel.request('haptic', { style: 'selection' }).catch(() => undefined);
    const ids = sent.map(({ id }) => id);
    expect(new Set(ids).size).toBe(20);
    for (const id of ids) expect(id).toMatch(/^[0-9a-f-]{32,36}$/);
    channel.close();
  });

  it("rejects with the app's error code, and reads an unknown code as `failed`", async () => {
    const { channel, sent, deliver } = setup();
    const denied = channel.request('stepUp', {});
    const unknown = channel.request('share', {});
    deliver({ rk: 1, id: sent[0]!.id, ok: false, error: { code: 'denied', message: 'policy' } });
    deliver({ rk: 1, id: sent[1]!.id, ok: false, error: { code: 'quota_exceeded' } });
    await expect(denied).rejects.toMatchObject({ name: 'WebViewError', code: 'denied', method: 'stepUp' });
    await expect(unknown).rejects.toMatchObject({ code: 'failed', method: 'share' });
  });

  it('fails a request at once when the adapter cannot deliver it', async () => {
    const { channel } = setup();
    const throwing = openChannel({ send: () => { throw new Error('no bridge'); }, onMessage: () => () => undefined }, { timeout: 1000, report: () => undefined, onEvent: () => undefined });
    const rejecting = openChannel({ send: () => Promise.reject(new Error('gone')), onMessage: () => () => undefined }, { timeout: 1000, report: () => undefined, onEvent: () => undefined });
    await expect(throwing.request('openUrl', {})).rejects.toMatchObject({ code: 'failed' });
    await expect(rejecting.request('openUrl', {})).rejects.toMatchObject({ code: 'failed' });
    channel.close();
  });

  it('takes replies returned by send, the way iOS and HarmonyOS answer', async () => {
    const channel = openChannel(
      { send: (json) => Promise.resolve(JSON.stringify(reply(JSON.parse(json).id, { via: 'promise' }))), onMessage: () => () => undefined },
      { timeout: 1000, report: () => undefined, onEvent: () => undefined },
    );
    await expect(channel.request('hello', {})).resolves.toEqual({ via: 'promise' });
  });
});

describe('timeouts, late and duplicate replies', () => {
  it('times out, then reports the late reply and ignores it', async () => {
    vi.useFakeTimers();
    const { channel, sent, deliver, seen } = setup(500);
    const pending = channel.request('getToken', {});
    const outcome = pending.catch((error: unknown) => error);
    await vi.advanceTimersByTimeAsync(499);
    expect(seen).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    const error = await outcome;
    expect(error).toBeInstanceOf(WebViewError);
    expect(error).toMatchObject({ code: 'timeout', method: 'getToken', message: 'rightsKit getToken: timeout' });
    deliver(reply(sent[0]!.id, { token: TOKEN }));
    expect(seen).toEqual([{ code: 'late-reply', message: expect.any(String), id: sent[0]!.id, method: 'getToken' }]);
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it('keeps the first reply and reports a second one to the same id', async () => {
    const { channel, sent, deliver, seen } = setup();
    const pending = channel.request('stepUp', {});
    deliver(reply(sent[0]!.id, { proof: 'first' }));
    deliver(reply(sent[0]!.id, { proof: 'second' }));
    await expect(pending).resolves.toEqual({ proof: 'first' });
    expect(seen.map(({ code, method }) => [code, method])).toEqual([['duplicate-reply', 'stepUp']]);
  });

  it('reports a reply to an id it never sent without repeating the id', () => {
    const { deliver, seen } = setup();
    deliver(reply('forged-id', { token: TOKEN }));
    expect(seen).toEqual([{ code: 'unknown-id', message: expect.any(String) }]);
  });
});

describe('what the app sends is untrusted', () => {
  const garbage: [string, unknown][] = [
    ['not JSON', '{"rk":1,'],
    ['an object instead of a JSON string', { rk: 1, event: 'back' }],
    ['JSON that is not an object', '[1,2,3]'],
    ['null', 'null'],
    ['a reply without ok', JSON.stringify({ rk: 1, id: 'x', result: {} })],
    ['ok:true without result', JSON.stringify({ rk: 1, id: 'x', ok: true })],
    ['ok:false without an error code', JSON.stringify({ rk: 1, id: 'x', ok: false, error: { message: 'x' } })],
    ['an id of the wrong type', JSON.stringify({ rk: 1, id: 7, ok: true, result: {} })],
  ];

  it.each(garbage)('ignores and reports %s, never throwing', (_, message) => {
    const { deliverRaw, seen, events } = setup();
    expect(() => deliverRaw(message)).not.toThrow();
    expect(seen.map(({ code }) => code)).toEqual(['malformed']);
    expect(events).toEqual([]);
  });

  it('ignores a malformed reply to a pending request, which then times out', async () => {
    vi.useFakeTimers();
    const { channel, sent, deliver, seen } = setup(300);
    const outcome = channel.request('getToken', {}).catch((error: unknown) => error);
    deliver({ rk: 1, id: sent[0]!.id, ok: 'yes', result: { token: TOKEN } });
    expect(seen).toEqual([{ code: 'malformed', message: expect.any(String), id: sent[0]!.id, method: 'getToken' }]);
    await vi.advanceTimersByTimeAsync(300);
    await expect(outcome).resolves.toMatchObject({ code: 'timeout' });
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it('ignores and reports messages of another protocol version', async () => {
    vi.useFakeTimers();
    const { channel, sent, deliver, seen, events } = setup(300);
    const outcome = channel.request('getToken', {}).catch((error: unknown) => error);
    deliver({ rk: 2, id: sent[0]!.id, ok: true, result: { token: TOKEN } });
    deliver({ rk: 2, event: 'back' });
    deliver({ event: 'back' });
    expect(seen.map(({ code }) => code)).toEqual(['wrong-version', 'wrong-version', 'wrong-version']);
    expect(events).toEqual([]);
    await vi.advanceTimersByTimeAsync(300);
    await expect(outcome).resolves.toMatchObject({ code: 'timeout' });
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it('passes events on with their data', () => {
    const { deliver, events } = setup();
    deliver({ rk: 1, event: 'back' });
    deliver({ rk: 1, event: 'settings', data: { textScale: 2 } });
    expect(events).toEqual([{ event: 'back', data: undefined }, { event: 'settings', data: { textScale: 2 } }]);
  });
});

describe('close', () => {
  it('rejects pending requests, stops listening and refuses new ones', async () => {
    const { channel, sent, deliver, seen, listening } = setup();
    const pending = channel.request('share', {});
    channel.close();
    await expect(pending).rejects.toMatchObject({ code: 'disconnected', method: 'share' });
    expect(listening()).toBe(false);
    await expect(channel.request('openUrl', {})).rejects.toMatchObject({ code: 'disconnected' });
    expect(sent).toHaveLength(1);
    deliver(reply(sent[0]!.id));
    expect(seen).toEqual([]);
  });
});
