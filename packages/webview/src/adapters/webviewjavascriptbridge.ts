/**
 * The WebViewJavascriptBridge convention (marcuswestin/WebViewJavascriptBridge on iOS, lzyzsd/JsBridge
 * and its forks on Android): `bridge.callHandler(name, data, callback)` to the app,
 * `bridge.registerHandler(name, handler)` for the app to call, and a bridge that may appear only after
 * the page started, announced through `window.WVJBCallbacks` (iOS) or a `WebViewJavascriptBridgeReady`
 * event on the document (Android).
 */
import type { WebViewAdapter } from '../adapter.js';
import { CHANNEL_NAME } from '../protocol.js';

interface Wvjb {
  callHandler(name: string, data: unknown, callback: (response: unknown) => void): void;
  registerHandler(name: string, handler: (data: unknown, respond?: (response?: unknown) => void) => void): void;
}

interface WvjbWindow {
  WebViewJavascriptBridge?: Wvjb;
  WVJBCallbacks?: ((bridge: Wvjb) => void)[];
  document: Document;
}

export interface WebViewJavascriptBridgeAdapterOptions {
  /**
   * The app's handler the page calls with each request (`registerHandler("rightsKit", …)` natively).
   * @default 'rightsKit'
   */
  handler?: string;
  /**
   * The page's handler the app calls with each event (`callHandler("rightsKit", json)` natively).
   * @default 'rightsKit'
   */
  receiver?: string;
  /**
   * The URL the iOS library watches for to inject its script, loaded in a hidden iframe when the bridge
   * is not there yet; `false` when the page loads the bridge itself. Older iOS versions use
   * `wvjbscheme://__BRIDGE_LOADED__`.
   * @default 'https://__bridge_loaded__'
   */
  loaderUrl?: string | false;
  /** @default globalThis */
  window?: Window;
}

/**
 * Talks protocol version 1 over the page's WebViewJavascriptBridge. Messages wait for the bridge to be
 * ready; on lzyzsd/JsBridge, the page still calls `bridge.init()` as it already does.
 *
 * @example
 * const connection = await connectWebView({ allowedOrigins, adapter: webViewJavascriptBridgeAdapter() });
 */
export function webViewJavascriptBridgeAdapter(options: WebViewJavascriptBridgeAdapterOptions = {}): WebViewAdapter {
  const { handler = CHANNEL_NAME, receiver = CHANNEL_NAME, loaderUrl = 'https://__bridge_loaded__' } = options;
  const win = (options.window ?? globalThis) as unknown as WvjbWindow;
  const listeners = new Set<(json: string) => void>();
  let ready: Promise<Wvjb> | undefined;

  // The usual `setupWebViewJavascriptBridge`, started only when first needed so that a refused page
  // never asks the app to inject anything.
  const bridge = () =>
    (ready ??= new Promise<Wvjb>((resolve) => {
      if (win.WebViewJavascriptBridge) return resolve(win.WebViewJavascriptBridge);
      win.document.addEventListener('WebViewJavascriptBridgeReady', () => win.WebViewJavascriptBridge && resolve(win.WebViewJavascriptBridge), { once: true });
      if (win.WVJBCallbacks) return win.WVJBCallbacks.push(resolve);
      win.WVJBCallbacks = [resolve];
      if (loaderUrl === false) return;
      const loader = win.document.createElement('iframe');
      loader.style.display = 'none';
      loader.src = loaderUrl;
      win.document.documentElement.append(loader);
      setTimeout(() => loader.remove());
    }).then((found) => {
      found.registerHandler(receiver, (json, respond) => {
        for (const each of listeners) each(json as string);
        respond?.();
      });
      return found;
    }));

  return {
    send: (json) => bridge().then((found) => new Promise<string>((resolve) => found.callHandler(handler, json, (reply) => resolve(reply as string)))),
    onMessage(listener) {
      listeners.add(listener);
      void bridge();
      return () => listeners.delete(listener);
    },
  };
}
