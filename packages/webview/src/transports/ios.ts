import type { WebViewAdapter } from '../adapter.js';
import { CHANNEL_NAME } from '../protocol.js';
import { listenOnReceiver } from './receiver.js';

interface IosWindow {
  webkit: { messageHandlers: { [CHANNEL_NAME]: { postMessage(json: string): Promise<string> } } };
}

/**
 * iOS 14+: a `WKScriptMessageHandlerWithReply` named `rightsKit`. `postMessage` returns a Promise of
 * the app's reply; events come through `window.rightsKitReceive`.
 */
export function iosTransport(win: Window): WebViewAdapter {
  return {
    // Looked up per message rather than kept: the handler object belongs to the app, not to us.
    send: (json) => (win as unknown as IosWindow).webkit.messageHandlers[CHANNEL_NAME].postMessage(json),
    onMessage: (listener) => listenOnReceiver(win, listener),
  };
}
