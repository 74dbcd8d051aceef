import type { WebViewAdapter } from '../adapter.js';
import { CHANNEL_NAME } from '../protocol.js';
import { listenOnReceiver } from './receiver.js';

interface HarmonyWindow {
  rightsKitHarmony: { postMessage(json: string): Promise<string> | string };
}

/**
 * HarmonyOS (ArkWeb, API 12+): a `javaScriptProxy` named `rightsKitHarmony` with `postMessage` in its
 * `methodList` (methods in `asyncMethodList` cannot return a value to the page), returning the reply
 * JSON or a Promise of it. ArkWeb injects the proxy into every frame, iframes too, which is why the page checks its own frame before using it. Events come through
 * `window.rightsKitReceive` (`controller.runJavaScript`).
 */
export function harmonyTransport(win: Window): WebViewAdapter {
  return {
    send: (json) => (win as unknown as HarmonyWindow)[`${CHANNEL_NAME}Harmony`].postMessage(json),
    onMessage: (listener) => listenOnReceiver(win, listener),
  };
}
