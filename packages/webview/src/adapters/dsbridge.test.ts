import { afterEach, describe, expect, it } from 'vitest';
import { connectWebView, type WebViewConnection } from '../connect.js';
import { installDsBridge, mainFrame, ORIGIN, problems, SETTINGS, TOKEN } from '../test/app.js';
import { dsBridgeAdapter } from './dsbridge.js';

const connections: WebViewConnection[] = [];
afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
});

async function connect(win: Window, adapter = dsBridgeAdapter({ window: win })) {
  const report = problems();
  const connection = await connectWebView({ allowedOrigins: [ORIGIN], window: win, adapter, onProblem: report.onProblem, timeout: 300 });
  if (connection) connections.push(connection);
  return { connection, ...report };
}

describe('dsBridgeAdapter', () => {
  it('connects through dsBridge.call and hands out the token', async () => {
    const win = mainFrame();
    const { app } = installDsBridge(win);
    const { connection, seen } = await connect(win);
    expect(connection?.platform).toBe('custom');
    expect(connection!.settings).toEqual(SETTINGS);
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
    expect(app.methods()).toEqual(['hello', 'getToken']);
    expect(seen).toEqual([]);
  });

  it('receives events through the function it registered', async () => {
    const win = mainFrame();
    const { app, registered } = installDsBridge(win);
    const { connection } = await connect(win);
    expect(Object.keys(registered)).toEqual(['rightsKit.receive']);
    const calls: string[] = [];
    connection!.bridge.onBack!(() => (calls.push('back'), true));
    app.emit('back');
    expect(calls).toEqual(['back']);
  });

  it('uses the method names the app registered', async () => {
    const win = mainFrame();
    const { app, registered } = installDsBridge(win, undefined, { method: 'bank.rights' });
    const { connection } = await connect(win, dsBridgeAdapter({ window: win, method: 'bank.rights', receiver: 'bank.rightsEvent' }));
    expect(connection).toBeDefined();
    expect(Object.keys(registered)).toEqual(['bank.rightsEvent']);
    expect(app.methods()).toEqual(['hello']);
  });

  it('takes the first callback of a chatty app and ignores its progress calls', async () => {
    const win = mainFrame();
    installDsBridge(win, undefined, { progress: true });
    const { connection, seen } = await connect(win);
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
    expect(seen).toEqual([]);
  });

  it('does not connect in a page without DSBridge', async () => {
    const { connection, seen } = await connect(mainFrame());
    expect(connection).toBeUndefined();
    expect(seen).toEqual([{ code: 'no-hello', message: 'hello: failed', method: 'hello' }]);
  });

  it('neither registers nor calls anything in a refused frame', async () => {
    const win = mainFrame('https://evil.example');
    const { app, registered } = installDsBridge(win);
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-origin']);
    expect(app.requests).toEqual([]);
    expect(registered).toEqual({});
  });
});
