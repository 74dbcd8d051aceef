import { afterEach, describe, expect, it } from 'vitest';
import { connectWebView, type WebViewConnection } from '../connect.js';
import { installWvjb, mainFrame, ORIGIN, problems, TOKEN } from '../test/app.js';
import { webViewJavascriptBridgeAdapter, type WebViewJavascriptBridgeAdapterOptions } from './webviewjavascriptbridge.js';

const connections: WebViewConnection[] = [];
const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const connection of connections.splice(0)) connection.disconnect();
  for (const cleanup of cleanups.splice(0)) cleanup();
});

async function connect(win: Window, options: WebViewJavascriptBridgeAdapterOptions = {}) {
  const report = problems();
  const adapter = webViewJavascriptBridgeAdapter({ window: win, ...options });
  const connection = await connectWebView({ allowedOrigins: [ORIGIN], window: win, adapter, onProblem: report.onProblem, timeout: 300 });
  if (connection) connections.push(connection);
  return { connection, ...report };
}

const loaderFrames = () => [...document.querySelectorAll('iframe')].filter((frame) => frame.src.includes('__bridge_loaded__'));

describe('webViewJavascriptBridgeAdapter', () => {
  it('connects through a bridge that is already there', async () => {
    const win = mainFrame();
    const host = installWvjb(win);
    const { connection, seen } = await connect(win);
    expect(connection?.platform).toBe('custom');
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
    expect(host.app.methods()).toEqual(['hello', 'getToken']);
    expect(host.loaders).toEqual([]);
    expect(seen).toEqual([]);
  });

  it('loads the iOS bridge through its loader frame and WVJBCallbacks', async () => {
    const win = mainFrame();
    const host = installWvjb(win, undefined, { arrival: 'loader' });
    cleanups.push(host.stop);
    const { connection } = await connect(win);
    expect(connection).toBeDefined();
    expect(host.loaders).toEqual(['https://__bridge_loaded__/']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(loaderFrames()).toEqual([]);
    await expect(connection!.getToken!()).resolves.toBe(TOKEN);
  });

  it('joins WVJBCallbacks a page already started, without a second loader frame', async () => {
    const win = mainFrame();
    const host = installWvjb(win, undefined, { arrival: 'loader' });
    cleanups.push(host.stop);
    const earlier: unknown[] = [];
    win.WVJBCallbacks = [(bridge: unknown) => earlier.push(bridge)];
    const pending = connect(win);
    // The page's own setup loads the bridge as it always has.
    const loader = document.createElement('iframe');
    loader.src = 'https://__bridge_loaded__';
    document.documentElement.append(loader);
    cleanups.push(() => loader.remove());
    const { connection } = await pending;
    expect(connection).toBeDefined();
    expect(earlier).toHaveLength(1);
    expect(host.loaders).toEqual(['https://__bridge_loaded__/']);
  });

  it("waits for Android JsBridge's WebViewJavascriptBridgeReady event", async () => {
    const win = mainFrame();
    const host = installWvjb(win, undefined, { arrival: 'ready-event' });
    const { connection } = await connect(win, { loaderUrl: false });
    expect(connection).toBeDefined();
    expect(host.loaders).toEqual([]);
    expect(host.app.methods()).toEqual(['hello']);
  });

  it('delivers events through the handler it registered, and answers the call', async () => {
    const win = mainFrame();
    const host = installWvjb(win);
    const { connection } = await connect(win);
    const resumed: string[] = [];
    connection!.onResume(() => resumed.push('resume'));
    host.app.emit('resume');
    expect(Object.keys(host.handlers)).toEqual(['rightsKit']);
    expect(resumed).toEqual(['resume']);
    expect(host.responses).toEqual([undefined]);
  });

  it('uses the handler names the app registered', async () => {
    const win = mainFrame();
    const host = installWvjb(win, undefined, { handler: 'bankRights', receiver: 'bankRightsEvents' });
    const { connection, seen } = await connect(win, { handler: 'bankRights', receiver: 'bankRightsEvents' });
    expect(Object.keys(host.handlers)).toEqual(['bankRightsEvents']);
    const calls: string[] = [];
    connection!.bridge.onBack!(() => (calls.push('back'), true));
    host.app.emit('back');
    expect(calls).toEqual(['back']);
    expect(seen).toEqual([]);
  });

  it('gives up when no bridge ever arrives', async () => {
    const win = mainFrame();
    installWvjb(win, undefined, { arrival: 'never' });
    const { connection, seen } = await connect(win, { loaderUrl: false });
    expect(connection).toBeUndefined();
    expect(seen).toEqual([{ code: 'no-hello', message: 'hello: timeout', method: 'hello' }]);
  });

  it('does not load or touch the bridge in a refused frame', async () => {
    const win = { location: { origin: ORIGIN }, top: window.top, document } as unknown as Window & Record<string, unknown>;
    const host = installWvjb(win, undefined, { arrival: 'loader' });
    cleanups.push(host.stop);
    const { connection, seen } = await connect(win);
    expect(connection).toBeUndefined();
    expect(seen.map(({ code }) => code)).toEqual(['refused-frame']);
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(host.loaders).toEqual([]);
    expect(win.WVJBCallbacks).toBeUndefined();
    expect(host.app.requests).toEqual([]);
  });
});
