import { afterEach, describe, expect, it } from 'vitest';
import { connectWebView, type WebViewConnection } from './connect.js';
import { fail, installAndroid, installIos, mainFrame, ok, ORIGIN, problems, SimulatedApp, TOKEN } from './test/app.js';

const connections: WebViewConnection[] = [];
afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
});

async function connectTo(app: SimulatedApp, install = installIos) {
  const win = mainFrame();
  install(win, app);
  const report = problems();
  const connection = (await connectWebView({ allowedOrigins: [ORIGIN], window: win, onProblem: report.onProblem, timeout: 300 }))!;
  connections.push(connection);
  return { connection, bridge: connection.bridge, app, ...report };
}

function appWith(features: string[]) {
  const app = new SimulatedApp();
  app.features = features;
  return app;
}

/** Lets replies that the simulated app schedules arrive. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 10));

describe('features', () => {
  it('builds the bridge only of what the app announced', async () => {
    const { connection, bridge } = await connectTo(appWith(['getToken', 'openUrl', 'haptic']));
    expect(Object.keys(bridge).sort()).toEqual(['haptic', 'openUrl']);
    expect(bridge.stepUp).toBeUndefined();
    expect(bridge.onBack).toBeUndefined();
    expect(connection.features.has('share')).toBe(false);
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('offers every capability of an app that announces them all', async () => {
    const { bridge } = await connectTo(new SimulatedApp());
    expect(Object.keys(bridge).sort()).toEqual(['haptic', 'onBack', 'openUrl', 'scheduleReminder', 'share', 'stepUp']);
  });

  it('does not send close to an app that cannot close', async () => {
    const { connection, app } = await connectTo(appWith(['getToken']));
    await expect(connection.close()).rejects.toMatchObject({ code: 'unsupported', method: 'close' });
    expect(app.methods()).toEqual(['hello']);
  });

  it('closes the experience in an app that can', async () => {
    const { connection, app } = await connectTo(new SimulatedApp());
    await expect(connection.close()).resolves.toBeUndefined();
    expect(app.last('close')?.params).toEqual({});
  });
});

describe('capabilities', () => {
  it('opens https links in the app (and a sandbox on loopback), nothing else', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    await bridge.openUrl!('https://pets.partner.example/entry?sig=abc');
    expect(app.last('openUrl')?.params).toEqual({ url: 'https://pets.partner.example/entry?sig=abc' });
    await bridge.openUrl!('http://127.0.0.1:4010/sandbox/partners/pet-platform?ticket=t1');
    for (const url of ['http://pets.partner.example/', 'http://192.168.1.20:4010/', 'javascript:alert(1)', '/relative', 'not a url']) {
      await expect(bridge.openUrl!(url)).rejects.toThrow(TypeError);
    }
    expect(app.methods().filter((method) => method === 'openUrl')).toHaveLength(2);
  });

  it('asks for step-up with the request that needs it and returns the proof', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    await expect(bridge.stepUp!({ method: 'POST', path: '/v1/benefits/lounge/claims' })).resolves.toBe('proof-42');
    expect(app.last('stepUp')?.params).toEqual({ method: 'POST', path: '/v1/benefits/lounge/claims' });
  });

  it('returns null when the cardholder declines step-up, and rejects when they back out', async () => {
    const app = new SimulatedApp();
    app.proof = null;
    const { bridge } = await connectTo(app);
    await expect(bridge.stepUp!({ method: 'POST', path: '/v1/benefits/x/claims' })).resolves.toBeNull();
    app.on('stepUp', (request) => fail(request, 'cancelled'));
    await expect(bridge.stepUp!({ method: 'POST', path: '/v1/benefits/x/claims' })).rejects.toMatchObject({ code: 'cancelled' });
  });

  it('reports a step-up result without a proof', async () => {
    const { bridge, seen } = await connectTo(new SimulatedApp().on('stepUp', (request) => ok(request, { proof: 7 })));
    await expect(bridge.stepUp!({ method: 'POST', path: '/v1/x' })).rejects.toMatchObject({ code: 'failed' });
    expect(seen.map(({ code, method }) => [code, method])).toEqual([['malformed', 'stepUp']]);
  });

  it('waits for the cardholder longer than for the app', async () => {
    const win = mainFrame();
    let answer: (() => void) | undefined;
    const app = new SimulatedApp().on('stepUp', (request, self) => {
      answer = () => self.deliver(ok(request, { proof: 'late-but-fine' }));
      return undefined;
    });
    installAndroid(win, app);
    const connection = (await connectWebView({ allowedOrigins: [ORIGIN], window: win, timeout: 150, interactiveTimeout: 2000 }))!;
    connections.push(connection);
    const proof = connection.bridge.stepUp!({ method: 'POST', path: '/v1/x' });
    await new Promise((resolve) => setTimeout(resolve, 300));
    answer!();
    await expect(proof).resolves.toBe('late-but-fine');
  });

  it('schedules reminders with exactly the protocol fields', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    const reminder = { id: 'voucher-1', title: 'Lounge voucher', body: 'Expires in 3 days', at: '2030-05-01T09:00:00+08:00', extra: 'dropped' };
    await bridge.scheduleReminder!(reminder);
    expect(app.last('scheduleReminder')?.params).toEqual({ id: 'voucher-1', title: 'Lounge voucher', body: 'Expires in 3 days', at: '2030-05-01T09:00:00+08:00' });
  });

  it('shares title, text and an https link only', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    await bridge.share!({ title: 'Restaurant week', text: 'Table for two', url: 'https://bank.example/rw' });
    expect(app.last('share')?.params).toEqual({ title: 'Restaurant week', text: 'Table for two', url: 'https://bank.example/rw' });
    await expect(bridge.share!({ title: 'x', url: 'ftp://bank.example' })).rejects.toThrow(TypeError);
  });

  it('fires haptics and forgets them, whatever the app answers', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp().on('haptic', (request) => fail(request, 'failed')));
    expect(bridge.haptic!('success')).toBeUndefined();
    await settle();
    expect(app.last('haptic')?.params).toEqual({ style: 'success' });
  });

  it('never sends a token it handed out to openUrl, share or a reminder', async () => {
    const { connection, bridge, app } = await connectTo(new SimulatedApp());
    await connection.getToken!();
    const attempts = [
      bridge.openUrl!(`https://partner.example/?t=${TOKEN}`),
      bridge.openUrl!(`https://partner.example/#${encodeURIComponent(TOKEN)}`),
      bridge.share!({ title: 'x', text: `token ${TOKEN}` }),
      bridge.scheduleReminder!({ id: 'r', title: TOKEN, body: 'b', at: '2030-01-01T00:00:00Z' }),
    ];
    for (const attempt of attempts) {
      const error = await Promise.resolve(attempt).catch((caught: unknown) => caught);
      expect(error).toMatchObject({ name: 'WebViewError', code: 'denied' });
      expect(String(error)).not.toContain(TOKEN);
    }
    expect(app.methods()).toEqual(['hello', 'getToken']);
  });
});

describe('back handling', () => {
  it('asks for the back button while someone can go back, and hands it back after', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    const stopOuter = bridge.onBack!(() => false);
    const stopInner = bridge.onBack!(() => false);
    expect(app.requests.filter((request) => request.method === 'backHandling').map((request) => request.params)).toEqual([{ enabled: true }]);
    stopInner();
    stopInner();
    expect(app.methods().filter((method) => method === 'backHandling')).toHaveLength(1);
    stopOuter();
    expect(app.last('backHandling')?.params).toEqual({ enabled: false });
  });

  it('lets the latest handler go back first, and stays when one did', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    const calls: string[] = [];
    bridge.onBack!(() => (calls.push('hub'), true));
    bridge.onBack!(() => (calls.push('sheet'), false));
    app.emit('back');
    expect(calls).toEqual(['sheet', 'hub']);
    await settle();
    expect(app.methods()).not.toContain('close');
  });

  it('sends close when no handler went back', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    bridge.onBack!(() => false);
    app.emit('back');
    await settle();
    expect(app.methods()).toEqual(['hello', 'backHandling', 'close']);
  });

  it('sends close for a back press that arrives after the last handler left', async () => {
    const { bridge, app } = await connectTo(new SimulatedApp());
    bridge.onBack!(() => true)();
    app.emit('back');
    await settle();
    expect(app.methods()).toEqual(['hello', 'backHandling', 'backHandling', 'close']);
  });

  it('hands the back button back when the page disconnects', async () => {
    const { connection, bridge, app } = await connectTo(new SimulatedApp(), installAndroid);
    const stop = bridge.onBack!(() => true);
    connection.disconnect();
    expect(app.last('backHandling')?.params).toEqual({ enabled: false });
    stop();
    expect(app.methods().filter((method) => method === 'backHandling')).toHaveLength(2);
  });
});
