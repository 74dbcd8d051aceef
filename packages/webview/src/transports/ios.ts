import type { PlatformTransport } from '../adapter.js';
import type { ReportProblem } from '../problem.js';
import { CHANNEL_NAME } from '../protocol.js';
import { receiverTransport } from './receiver.js';

interface IosWindow {
  webkit: { messageHandlers: { [CHANNEL_NAME]: { postMessage(json: string): Promise<string> } } };
}

/**
 * iOS 14+: a `WKScriptMessageHandlerWithReply` named `rightsKit`. `postMessage` returns a Promise of
 * the app's reply; events come through `window.rightsKitReceive(json, key)`.
 */
export function iosTransport(win: Window, report: ReportProblem): PlatformTransport {
  // Looked up per message rather than kept: the handler object belongs to the app, not to us.
  return receiverTransport(win, report, (json) => (win as unknown as IosWindow).webkit.messageHandlers[CHANNEL_NAME].postMessage(json));
}
