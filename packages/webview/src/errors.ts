import type { Method } from './protocol.js';

/**
 * Why a request to the app did not succeed:
 * - `unsupported`, `denied`, `cancelled`, `failed`: the app's answer (see PROTOCOL.md); a code this
 *   version does not know reads as `failed`;
 * - `timeout`: no answer in time; `disconnected`: the connection was closed first.
 */
export type WebViewErrorCode = 'unsupported' | 'denied' | 'cancelled' | 'failed' | 'timeout' | 'disconnected';

/**
 * A request to the app that did not succeed. The message names the method and the code only: it never
 * carries what the app sent, so it cannot carry a token either.
 */
export class WebViewError extends Error {
  override name = 'WebViewError';
  constructor(
    readonly code: WebViewErrorCode,
    readonly method: Method,
  ) {
    super(`rightsKit ${method}: ${code}`);
  }
}
