import { CHANNEL_NAME } from '../protocol.js';

/** The global the iOS and HarmonyOS apps call with events: `window.rightsKitReceive(json)`. */
export const RECEIVER_NAME = `${CHANNEL_NAME}Receive`;

/**
 * Installs `window.rightsKitReceive` for as long as someone listens. Those apps can only reach the page
 * by evaluating script, so a global function is the one door; it is removed again on unsubscribe so a
 * disconnected page does not keep accepting events.
 */
export function listenOnReceiver(win: Window, listener: (json: string) => void): () => void {
  const host = win as unknown as Record<string, unknown>;
  const receive = (json: string) => listener(json);
  host[RECEIVER_NAME] = receive;
  return () => {
    if (host[RECEIVER_NAME] === receive) Reflect.deleteProperty(host, RECEIVER_NAME);
  };
}
