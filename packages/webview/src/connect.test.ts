import { afterEach, describe, expect, it } from 'vitest';
import { connectWebView, type WebViewConnection } from './connect.js';
import { ALL_FEATURES, fail, installAndroid, installHarmony, installIos, mainFrame, ok, ORIGIN, problems, SETTINGS, SimulatedApp, TOKEN } from './test/app.js';
import { VERSION } from './version.js';

const connections: WebViewConnection[] = [];
const cleanups: (() => void)[] = [];

async function connect(win: Window, extra: Partial<Parameters<typeof connectWebView>[0]> = {}) {
  const report = problems();
  const connection = await connectWebView({ allowedOrigins: [ORIGIN], window: win, onProblem: report.onProblem, timeout: 300, ...extra });
  if (connection) connections.push(connection);
  return { connection, ...report };
}

afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

describe('connecting on each platform', () => {
  const platforms = [
    ['ios', installIos],
    ['android', installAndroid],
    ['harmony', installHarmony],
    ['harmony', (win: Window & Record<string, unknown>) => installHarmony(win, undefined, { sync: true })],
  ] as const;

  it.each(platforms)('says hello first and connects on %s', async (platform, install) => {
    const win = mainFrame();
    const app = install(win);
    const { connection, seen } = await connect(win);
    expect(connection?.platform).toBe(platform);
    // iOS and HarmonyOS also learn the key for `window.rightsKitReceive`; Android's channel needs none.
    const receiverKey = platform === 'android' ? {} : { receiverKey: expect.stringMatching(/^[0-9a-f]{64}$/) };
    expect(app.requests[0]).toEqual({ rk: 1, id: expect.any(String), method: 'hello', params: { protocol: 1, version: VERSION, ...receiverKey } });
    expect([...connection!.features]).toEqual(ALL_FEATURES);
    expect(connection!.settings).toEqual(SETTINGS);
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
    expect(app.methods()).toEqual(['hello', 'getToken']);
    expect(seen).toEqual([]);
  });

  it.each(platforms.slice(0, 3))('receives events on %s', async (_, install) => {
    const win = mainFrame();
    const app = install(win);
    const { connection } = await connect(win);
    const resumed: unknown[] = [];
    connection!.onResume(() => resumed.push('resume'));
    app.emit('resume');
    app.emit('settings', { ...SETTINGS, textScale: 2 });
    expect(resumed).toEqual(['resume']);
    expect(connection!.settings.textScale).toBe(2);
  });

  it('is undefined in a plain browser page, with nothing to report', async () => {
    const { connection, seen } = await connect(mainFrame());
    expect(connection).toBeUndefined();
    expect(seen).toEqual([]);
  });
});

describe('where the bridge refuses to start', () => {
  it('refuses in a sub-frame, even of an allowed origin, and never asks for a token', async () => {
    const frame = document.createElement('iframe');
    document.body.append(frame);
    cleanups.push(() => frame.remove());
    const win = frame.contentWindow! as Window & Record<string, unknown>;
    const app = installIos(win);
    const { connection, seen } = await connect(win, { allowedOrigins: [location.origin] });
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-frame']);
    expect(app.requests).toEqual([]);
    expect(win.rightsKitReceive).toBeUndefined();
  });

  it("refuses in the test's own window, which the runner frames", async () => {
    expect(window.top).not.toBe(window);
    const win = window as unknown as Window & Record<string, unknown>;
    const app = installAndroid(win);
    cleanups.push(() => delete win.rightsKit);
    const { connection, seen } = await connect(window, { allowedOrigins: [location.origin] });
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-frame']);
    expect(app.requests).toEqual([]);
  });

  it('refuses a frame on another origin', async () => {
    const win = { location: { origin: 'https://ads.example' }, top: window.top } as unknown as Window & Record<string, unknown>;
    const app = installHarmony(win);
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-frame']);
    expect(app.requests).toEqual([]);
  });

  it('refuses a main frame whose origin is not allowed', async () => {
    for (const origin of ['https://evil.example', 'https://rights.bank.example.evil.example', 'http://rights.bank.example', 'null']) {
      const win = mainFrame(origin);
      const app = installIos(win);
      const { connection, seen } = await connect(win);
      expect(connection, origin).toBeUndefined();
      expect(seen.map(({ code }) => code)).toEqual(['refused-origin']);
      expect(app.requests).toEqual([]);
    }
  });

  it('refuses a window whose location it may not read', async () => {
    const win = {
      get location(): never {
        throw new DOMException('Blocked a frame', 'SecurityError');
      },
    } as unknown as Window & Record<string, unknown>;
    (win as { top: unknown }).top = win;
    const app = installIos(win);
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-origin']);
    expect(app.requests).toEqual([]);
  });

  it('accepts origins written as URLs, and rejects entries that are not origins', async () => {
    const win = mainFrame();
    installIos(win);
    expect((await connect(win, { allowedOrigins: [`${ORIGIN}/rights/`] })).connection).toBeDefined();
    for (const entry of ['*', 'rights.bank.example', 'file:///index.html', 'data:text/html,x']) {
      await expect(connectWebView({ allowedOrigins: [entry], window: win })).rejects.toThrow(TypeError);
    }
    await expect(connectWebView({ allowedOrigins: 'https://rights.bank.example' as never, window: win })).rejects.toThrow(TypeError);
  });
});

describe('hello', () => {
  it('gives up on a host that never answers, and stops listening', async () => {
    const win = mainFrame();
    const app = installIos(win, new SimulatedApp().on('hello', () => undefined));
    const { connection, seen } = await connect(win, { timeout: 50 });
    expect(connection).toBeUndefined();
    expect(seen).toEqual([{ code: 'no-hello', message: 'hello: timeout', method: 'hello' }]);
    expect(app.methods()).toEqual(['hello']);
    expect(win.rightsKitReceive).toBeUndefined();
  });

  it('gives up on an app that refuses hello', async () => {
    const win = mainFrame();
    installAndroid(win, new SimulatedApp().on('hello', (request) => fail(request, 'denied')));
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['no-hello']);
  });

  it('refuses an app that speaks another protocol version', async () => {
    const win = mainFrame();
    installIos(win, new SimulatedApp().on('hello', (request) => ok(request, { protocol: 2, features: ['getToken'], settings: SETTINGS })));
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['wrong-version']);
    const other = mainFrame();
    installIos(other, new SimulatedApp().on('hello', (request) => ok(request, { protocol: 2, capabilities: {} })));
    expect((await connect(other)).seen.map(({ code }) => code)).toEqual(['wrong-version']);
  });

  it('ignores a hello reply in another envelope version, then gives up', async () => {
    const win = mainFrame();
    installIos(win, new SimulatedApp().on('hello', (request) => JSON.stringify({ rk: 2, id: request.id, ok: true, result: { protocol: 1, features: [] } })));
    const { connection, seen } = await connect(win, { timeout: 50 });
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['wrong-version', 'no-hello']);
  });

  it('refuses a hello result without features', async () => {
    const win = mainFrame();
    installHarmony(win, new SimulatedApp().on('hello', (request) => ok(request, { protocol: 1, settings: SETTINGS })));
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['malformed']);
  });

  it('falls back to default settings when hello carries none that fit', async () => {
    const win = mainFrame();
    const app = new SimulatedApp();
    app.settings = { textScale: 'large' };
    installIos(win, app);
    const { connection, seen } = await connect(win);
    expect(connection!.settings).toEqual({ textScale: 1, reducedMotion: false, safeArea: { top: 0, right: 0, bottom: 0, left: 0 } });
    expect(seen.map(({ code }) => code)).toEqual(['malformed']);
  });
});

describe('the session token', () => {
  it('is not offered, and never asked for, when the app does not list getToken', async () => {
    const win = mainFrame();
    const app = new SimulatedApp();
    app.features = ['openUrl'];
    installIos(win, app);
    const { connection } = await connect(win);
    expect(connection!.getToken).toBeUndefined();
    expect('getToken' in connection!).toBe(false);
    expect(app.methods()).toEqual(['hello']);
  });

  it('is asked for again on every call, so a refreshed session reaches the client', async () => {
    const win = mainFrame();
    let issued = 0;
    installAndroid(win, new SimulatedApp().on('getToken', (request) => ok(request, { token: `${TOKEN}-${++issued}` })));
    const { connection } = await connect(win);
    await expect(connection!.getToken!()).resolves.toBe(`${TOKEN}-1`);
    await expect(connection!.getToken!()).resolves.toBe(`${TOKEN}-2`);
  });

  it('fails without leaking anything when the result has no token', async () => {
    const win = mainFrame();
    installIos(win, new SimulatedApp().on('getToken', (request) => ok(request, { token: 42, leaked: TOKEN })));
    const { connection, seen } = await connect(win);
    const error = await connection!.getToken!().catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'WebViewError', code: 'failed', method: 'getToken' });
    expect(seen).toEqual([{ code: 'malformed', message: expect.any(String), method: 'getToken' }]);
    expect(`${String(error)} ${JSON.stringify(error)} ${JSON.stringify(seen)}`).not.toContain(TOKEN);
  });

  it('times out on a slow app and reports its late token without repeating it', async () => {
    const win = mainFrame();
    let answerLate: (() => void) | undefined;
    const app = new SimulatedApp().on('getToken', (request, self) => {
      answerLate = () => self.deliver(ok(request, { token: TOKEN }));
      return undefined;
    });
    installAndroid(win, app);
    const { connection, seen } = await connect(win, { timeout: 150 });
    await expect(connection!.getToken!()).rejects.toMatchObject({ code: 'timeout', method: 'getToken' });
    answerLate!();
    expect(seen).toEqual([{ code: 'late-reply', message: expect.any(String), id: app.last('getToken')!.id, method: 'getToken' }]);
    expect(JSON.stringify(seen)).not.toContain(TOKEN);
  });

  it('keeps the first token when an Android app replies twice', async () => {
    const win = mainFrame();
    const app = new SimulatedApp().on('getToken', (request, self) => {
      setTimeout(() => self.deliver(ok(request, { token: 'second-token' })), 5);
      return ok(request, { token: TOKEN });
    });
    installAndroid(win, app);
    const { connection, seen } = await connect(win);
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(seen.map(({ code, method }) => [code, method])).toEqual([['duplicate-reply', 'getToken']]);
  });

  it("rejects with the app's reason when it says no", async () => {
    const win = mainFrame();
    installIos(win, new SimulatedApp().on('getToken', (request) => fail(request, 'denied')));
    const { connection } = await connect(win);
    await expect(connection!.getToken!()).rejects.toMatchObject({ code: 'denied' });
  });
});

describe('window.rightsKitReceive on iOS and HarmonyOS', () => {
  const receivers = [
    ['ios', installIos],
    ['harmony', installHarmony],
  ] as const;

  /** A connected page whose listeners record what reaches them, and the receiver as page script sees it. */
  async function listening(install: (typeof receivers)[number][1]) {
    const win = mainFrame();
    const app = install(win);
    const connected = await connect(win);
    const heard: unknown[] = [];
    const connection = connected.connection!;
    connection.onResume(() => heard.push('resume'));
    connection.onSettings((settings) => heard.push(settings));
    connection.bridge.onBack!(() => heard.push('back') > 0);
    const receive = win.rightsKitReceive as (json: string, key?: unknown) => unknown;
    return { ...connected, win, app, connection, heard, receive };
  }

  it.each(receivers)('ignores and reports settings, back and resume forged by page script on %s', async (_, install) => {
    const { app, connection, heard, receive, seen } = await listening(install);
    const key = app.receiverKey as string;
    const forged = [
      JSON.stringify({ rk: 1, event: 'settings', data: { ...SETTINGS, textScale: 4 } }),
      JSON.stringify({ rk: 1, event: 'back' }),
      JSON.stringify({ rk: 1, event: 'resume' }),
    ];
    // No key, a wrong key of the right length, the key's first half, a key of another type.
    const guesses = [undefined, key.replace(/./g, (digit) => (digit === '0' ? '1' : '0')), key.slice(0, 32), 42];
    for (const json of forged) for (const guess of guesses) expect(receive(json, guess)).toBeUndefined();
    expect(heard).toEqual([]);
    expect(connection.settings).toEqual(SETTINGS);
    // A forged back neither goes back nor closes the screen.
    expect(app.methods()).toEqual(['hello', 'backHandling']);
    expect(seen).toHaveLength(forged.length * guesses.length);
    expect(new Set(seen.map(({ code, message }) => `${code}: ${message}`))).toEqual(new Set(["forged: rightsKitReceive called without this connection's key"]));
  });

  it.each(receivers)("still hears the app's own events on %s", async (_, install) => {
    const { app, heard, seen } = await listening(install);
    app.emit('resume');
    app.emit('back');
    app.emit('settings', { ...SETTINGS, textScale: 2 });
    expect(heard).toEqual(['resume', 'back', { ...SETTINGS, textScale: 2 }]);
    expect(seen).toEqual([]);
  });

  it.each(receivers)('keeps the key to itself and makes a new one for every connection on %s', async (_, install) => {
    const first = await listening(install);
    const key = first.app.receiverKey as string;
    // Nowhere a page script could read it: not on the window, not in the receiver's source, not in a report.
    const exposed = Object.entries(first.win).filter(([, value]) => (typeof value === 'string' || typeof value === 'function') && String(value).includes(key));
    expect(exposed).toEqual([]);
    first.receive(JSON.stringify({ rk: 1, event: 'resume', data: key }), 'guess');
    expect(JSON.stringify(first.seen)).not.toContain(key);
    first.connection.disconnect();

    const win = first.win;
    const app = install(win);
    const { connection, seen } = await connect(win);
    expect(app.receiverKey).toMatch(/^[0-9a-f]{64}$/);
    expect(app.receiverKey).not.toBe(key);
    const resumed: unknown[] = [];
    connection!.onResume(() => resumed.push('resume'));
    // The last connection's key opens nothing any more.
    (win.rightsKitReceive as (json: string, key: string) => void)(JSON.stringify({ rk: 1, event: 'resume' }), key);
    expect(resumed).toEqual([]);
    expect(seen.map(({ code }) => code)).toEqual(['forged']);
  });
});

describe('events and disconnecting', () => {
  it('reports events it does not know', async () => {
    const win = mainFrame();
    const app = installIos(win);
    const { seen } = await connect(win);
    app.emit('shake');
    expect(seen).toEqual([{ code: 'unknown-event', message: expect.any(String) }]);
  });

  it('rejects pending requests, removes the receiver and hears nothing more', async () => {
    const win = mainFrame();
    const app = installIos(win, new SimulatedApp().on('getToken', () => undefined));
    const { connection, seen } = await connect(win);
    const heard: unknown[] = [];
    connection!.onSettings((settings) => heard.push(settings));
    const pending = connection!.getToken!();
    connection!.disconnect();
    await expect(pending).rejects.toMatchObject({ code: 'disconnected' });
    expect(win.rightsKitReceive).toBeUndefined();
    await expect(connection!.close()).rejects.toMatchObject({ code: 'disconnected' });
    expect(heard).toEqual([]);
    expect(seen).toEqual([]);
    expect(app.methods()).toEqual(['hello', 'getToken']);
  });

  it('stops listening on Android too', async () => {
    const win = mainFrame();
    const app = installAndroid(win);
    const { connection, seen } = await connect(win);
    const heard: unknown[] = [];
    connection!.onResume(() => heard.push('resume'));
    connection!.disconnect();
    app.emit('resume');
    expect(heard).toEqual([]);
    expect(seen).toEqual([]);
  });
});
