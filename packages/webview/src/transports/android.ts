import type { WebViewAdapter } from '../adapter.js';
import { CHANNEL_NAME } from '../protocol.js';

type MessageListener = (event: { data: unknown }) => void;

interface AndroidWindow {
  [CHANNEL_NAME]: {
    postMessage(json: string): void;
    addEventListener(type: 'message', listener: MessageListener): void;
    removeEventListener?(type: 'message', listener: MessageListener): void;
  };
}

/**
 * Android: `WebViewCompat.addWebMessageListener` injects `rightsKit` into frames whose origin matches the
 * app's `allowedOriginRules` (never `addJavascriptInterface`, which every frame can call). Requests go
 * out by `postMessage`; replies and events come back as `message` events from the app's `replyProxy`.
 */
export function androidTransport(win: Window): WebViewAdapter {
  const injected = () => (win as unknown as AndroidWindow)[CHANNEL_NAME];
  return {
    send: (json) => injected().postMessage(json),
    onMessage(listener) {
      // The channel checks that `data` is a string; an ArrayBuffer reply is reported as malformed.
      const onMessage: MessageListener = (event) => listener(event.data as string);
      injected().addEventListener('message', onMessage);
      return () => injected().removeEventListener?.('message', onMessage);
    },
  };
}
