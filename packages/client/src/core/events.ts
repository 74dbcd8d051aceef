/**
 * What the client reports to `onEvent`, for the bank's monitoring. Events carry the method and path of a
 * request (never its query, body, headers or token) and no personal data.
 */
export type RightsEvent =
  | { type: 'request'; method: string; path: string; attempt: number }
  | { type: 'response'; method: string; path: string; attempt: number; status: number; durationMs: number; requestId: string | undefined }
  | { type: 'retry'; method: string; path: string; attempt: number; delayMs: number; code: string }
  | { type: 'error'; method: string; path: string; code: string; status: number | undefined; requestId: string | undefined }
  /**
   * A 2xx answer was used without values that broke the contract where it can do without them (a picture,
   * a logo, a link; see the contract's `degrade.ts`): `dropped` says where they were, e.g. `items.3.image`.
   */
  | { type: 'degraded'; method: string; path: string; requestId: string | undefined; dropped: string[] }
  | { type: 'session-refreshed' }
  | { type: 'session-expired' }
  | { type: 'step-up'; method: string; path: string };

export type EventSink = (event: RightsEvent) => void;

/** Calls the host's listener without ever letting it break a request. */
export function createEventSink(listener: ((event: RightsEvent) => void) | undefined): EventSink {
  return (event) => {
    if (!listener) return;
    try {
      listener(event);
    } catch (error) {
      console.warn('rights-kit: onEvent threw; the request goes on.', error);
    }
  };
}
