import type { PlatformTransport } from '../adapter.js';
import type { ReportProblem } from '../problem.js';
import { CHANNEL_NAME } from '../protocol.js';
import { randomHex } from '../random.js';

/** The global the iOS and HarmonyOS apps call with events: `window.rightsKitReceive(json, key)`. */
export const RECEIVER_NAME = `${CHANNEL_NAME}Receive`;

/** 256 bits: a key no script on the page can guess in the life of a connection. */
const KEY_BYTES = 32;

/**
 * Compares in time that depends on the length only (which is public), so a script timing its forged
 * calls learns nothing about how much of a guessed key was right.
 */
function sameKey(presented: unknown, key: string): boolean {
  if (typeof presented !== 'string' || presented.length !== key.length) return false;
  let difference = 0;
  for (let index = 0; index < key.length; index++) difference |= presented.charCodeAt(index) ^ key.charCodeAt(index);
  return difference === 0;
}

/**
 * The iOS and HarmonyOS apps can only reach the page by evaluating script, so their door is a global
 * function, `window.rightsKitReceive`, which any script on the page can call as well. A key of this
 * connection's own tells the app's calls apart: the page makes it, keeps it in this closure (never on a
 * global), and tells the app in `hello`, over the app's own channel; the app passes it with every call.
 * A call without it is ignored and reported, never thrown at and never repeated back. The function is
 * removed again on unsubscribe, so a disconnected page accepts nothing.
 */
export function receiverTransport(win: Window, report: ReportProblem, send: PlatformTransport['send']): PlatformTransport {
  const key = randomHex(KEY_BYTES);
  return {
    send,
    hello: { receiverKey: key },
    onMessage(listener) {
      const host = win as unknown as Record<string, unknown>;
      const receive = (json: unknown, presented?: unknown): void => {
        if (!sameKey(presented, key)) return report({ code: 'forged', message: `${RECEIVER_NAME} called without this connection's key` });
        listener(json as string);
      };
      host[RECEIVER_NAME] = receive;
      return () => {
        if (host[RECEIVER_NAME] === receive) Reflect.deleteProperty(host, RECEIVER_NAME);
      };
    },
  };
}
