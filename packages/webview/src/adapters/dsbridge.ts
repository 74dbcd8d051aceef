/**
 * The DSBridge convention (wendux/DSBridge-Android, DSBridge-IOS; the `dsbridge` npm package), common in
 * Chinese hybrid apps: the page calls `dsBridge.call(method, arg, callback)`, the app answers through
 * the callback, and calls functions the page put up with `dsBridge.register(name, fn)`.
 */
import type { WebViewAdapter } from '../adapter.js';
import { CHANNEL_NAME } from '../protocol.js';

interface DsBridge {
  call(method: string, arg: unknown, callback: (value: unknown) => void): unknown;
  register(name: string, handler: (...args: unknown[]) => unknown): void;
}

export interface DsBridgeAdapterOptions {
  /**
   * The native method the page calls with each request; the app registers it with
   * `addJavascriptObject(api, "rightsKit")` and a `postMessage(arg, handler)` method.
   * @default 'rightsKit.postMessage'
   */
  method?: string;
  /**
   * The page's function the app calls with each event: `callHandler("rightsKit.receive", [json])`.
   * @default 'rightsKit.receive'
   */
  receiver?: string;
  /** @default globalThis */
  window?: Window;
}

/**
 * Talks protocol version 1 over the page's DSBridge (`window.dsBridge`, from the `dsbridge` script).
 *
 * @example
 * import 'dsbridge';
 * const connection = await connectWebView({ allowedOrigins, adapter: dsBridgeAdapter() });
 */
export function dsBridgeAdapter(options: DsBridgeAdapterOptions = {}): WebViewAdapter {
  const { method = `${CHANNEL_NAME}.postMessage`, receiver = `${CHANNEL_NAME}.receive` } = options;
  const win = (options.window ?? globalThis) as unknown as { dsBridge?: DsBridge };
  const listeners = new Set<(json: string) => void>();
  let registered = false;
  return {
    send(json) {
      const bridge = win.dsBridge;
      if (!bridge) throw new Error('DSBridge is not in this page');
      // An asynchronous call: the app's completion handler calls back; a progress call (`complete:false`)
      // may call it again, which a settled Promise ignores.
      return new Promise<string>((resolve) => bridge.call(method, json, (reply) => resolve(reply as string)));
    },
    onMessage(listener) {
      listeners.add(listener);
      // DSBridge has no unregister; one function stays registered and forwards to whoever listens now.
      if (!registered && win.dsBridge) {
        registered = true;
        win.dsBridge.register(receiver, (json) => {
          for (const each of listeners) each(json as string);
        });
      }
      return () => listeners.delete(listener);
    },
  };
}
