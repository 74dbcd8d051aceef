/**
 * The wire format of PROTOCOL.md, version 1: encoding requests and checking what the app sends back.
 * Everything the app sends is untrusted input here; nothing in this module throws.
 */

/** The message protocol's version; native hosts check it before they answer. */
export const PROTOCOL_VERSION = 1;

/** The name every native host registers its message channel under. */
export const CHANNEL_NAME = 'rightsKit';

/** What the page can ask the app. */
export type Method = 'hello' | 'getToken' | 'openUrl' | 'close' | 'share' | 'stepUp' | 'scheduleReminder' | 'haptic' | 'backHandling';

/** The app's reasons for saying no, as the protocol lists them. */
export type ReplyErrorCode = 'unsupported' | 'denied' | 'cancelled' | 'failed';

export type Reply = { id: string; ok: true; result: unknown } | { id: string; ok: false; code: ReplyErrorCode };

export interface HostEvent {
  event: string;
  data?: unknown;
}

/** One message from the app, checked: a reply, an event, or why it is neither. */
export type Incoming =
  | { reply: Reply }
  | { event: HostEvent }
  | { problem: 'malformed' | 'wrong-version'; message: string; id?: unknown };

const ERROR_CODES: readonly string[] = ['unsupported', 'denied', 'cancelled', 'failed'];

export const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

export function encodeRequest(id: string, method: Method, params: object): string {
  return JSON.stringify({ rk: PROTOCOL_VERSION, id, method, params });
}

export function decodeMessage(json: unknown): Incoming {
  // Every message is a JSON string on every platform; an object means a host that skipped the encoding.
  if (typeof json !== 'string') return { problem: 'malformed', message: 'not a JSON string' };
  let message: unknown;
  try {
    message = JSON.parse(json);
  } catch {
    return { problem: 'malformed', message: 'not JSON' };
  }
  if (!isRecord(message)) return { problem: 'malformed', message: 'not an object' };
  const { rk, id, event } = message;
  if (rk !== PROTOCOL_VERSION) return { problem: 'wrong-version', message: 'unknown protocol version', id };
  if (id === undefined && typeof event === 'string') return { event: { event, data: message.data } };
  if (typeof id !== 'string') return { problem: 'malformed', message: 'neither a reply nor an event' };
  if (message.ok === true && 'result' in message) return { reply: { id, ok: true, result: message.result } };
  const error = message.error;
  if (message.ok === false && isRecord(error) && typeof error.code === 'string') {
    // Codes are open, like the API's enums: one added in a later version reads as `failed`.
    const code = (ERROR_CODES.includes(error.code) ? error.code : 'failed') as ReplyErrorCode;
    return { reply: { id, ok: false, code } };
  }
  return { problem: 'malformed', message: 'reply without result or error', id };
}
