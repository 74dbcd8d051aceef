import type { Method } from './protocol.js';

/**
 * Something the page noticed and ignored rather than throw into the page:
 * - `malformed`: not JSON, not an envelope, or a result of the wrong shape;
 * - `wrong-version`: an envelope of another protocol version, or an app that speaks another one;
 * - `unknown-id`, `late-reply`, `duplicate-reply`: a reply to no request, to one that had timed out, or
 *   a second reply to one request;
 * - `unknown-event`: an event this version does not know;
 * - `forged`: a call to `window.rightsKitReceive` (iOS, HarmonyOS) without this connection's key, so
 *   made by a script on the page rather than by the app;
 * - `refused-frame`, `refused-origin`: the bridge did not start in a sub-frame, or on an origin not in
 *   `allowedOrigins`;
 * - `no-hello`: the app did not answer `hello`, so there is no connection.
 *
 * A problem holds only what the page itself wrote (a code, its own request id and method, a fixed
 * sentence), never anything the app sent: so never a token.
 */
export interface WebViewProblem {
  code:
    | 'malformed'
    | 'wrong-version'
    | 'unknown-id'
    | 'late-reply'
    | 'duplicate-reply'
    | 'unknown-event'
    | 'forged'
    | 'refused-frame'
    | 'refused-origin'
    | 'no-hello';
  /** What happened, in words the page chose. */
  message: string;
  /** The request it concerns, when it concerns one the page sent. */
  method?: Method;
  id?: string;
}

export type ReportProblem = (problem: WebViewProblem) => void;
