/**
 * Request/response correlation over an adapter: ids, one timeout per request, and the bookkeeping that
 * tells a late or second reply from one that belongs to nothing.
 */
import type { WebViewAdapter } from './adapter.js';
import { WebViewError } from './errors.js';
import type { ReportProblem } from './problem.js';
import { decodeMessage, encodeRequest, type HostEvent, type Method } from './protocol.js';
import { randomHex } from './random.js';

export interface Channel {
  /** Sends `method` and resolves with the app's `result`, or rejects with a `WebViewError`. */
  request(method: Method, params: object, timeout?: number): Promise<unknown>;
  /** Stops listening; pending requests reject with `disconnected`, later messages are dropped unread. */
  close(): void;
}

interface Pending {
  method: Method;
  resolve(result: unknown): void;
  reject(error: WebViewError): void;
  timer: ReturnType<typeof setTimeout>;
}

/** How many answered or abandoned ids are remembered to recognise a late or repeated reply. */
const REMEMBERED = 64;

/** Random, so a reply can't be forged by guessing; `randomUUID` needs a secure context, hence the fallback. */
const newId = (): string =>
  // eslint-disable-next-line compat/compat -- called only where it exists (Safari 15.4, Chrome 92)
  crypto.randomUUID?.() ?? randomHex(16);

export function openChannel(
  adapter: WebViewAdapter,
  options: { timeout: number; report: ReportProblem; onEvent(event: HostEvent): void },
): Channel {
  const { report } = options;
  const pending = new Map<string, Pending>();
  // Settled ids: `true` when the page gave up waiting (a reply now is late), `false` once answered.
  const settled = new Map<string, { method: Method; late: boolean }>();
  let open = true;

  const settle = (id: string, call: Pending, late: boolean) => {
    clearTimeout(call.timer);
    pending.delete(id);
    settled.set(id, { method: call.method, late });
    if (settled.size > REMEMBERED) {
      const [oldest] = settled.keys();
      settled.delete(oldest as string);
    }
  };

  /** An id the page itself issued, so it may appear in a problem report. */
  const ownId = (id: unknown) => {
    const known = typeof id === 'string' ? (pending.get(id) ?? settled.get(id)) : undefined;
    return known ? { id: id as string, method: known.method } : {};
  };

  const receive = (json: unknown) => {
    if (!open) return;
    const message = decodeMessage(json);
    if ('problem' in message) return report({ code: message.problem, message: message.message, ...ownId(message.id) });
    if ('event' in message) return options.onEvent(message.event);
    const { reply } = message;
    const call = pending.get(reply.id);
    if (!call) {
      const past = settled.get(reply.id);
      if (!past) return report({ code: 'unknown-id', message: 'reply to no request' });
      report({ code: past.late ? 'late-reply' : 'duplicate-reply', message: past.late ? 'reply after the timeout' : 'second reply', id: reply.id, method: past.method });
      past.late = false;
      return;
    }
    settle(reply.id, call, false);
    if (reply.ok) call.resolve(reply.result);
    else call.reject(new WebViewError(reply.code, call.method));
  };

  const stopListening = adapter.onMessage(receive);

  return {
    request(method, params, timeout = options.timeout) {
      if (!open) return Promise.reject(new WebViewError('disconnected', method));
      const id = newId();
      return new Promise((resolve, reject) => {
        const fail = (code: 'failed' | 'timeout') => {
          const call = pending.get(id);
          if (!call) return;
          settle(id, call, true);
          reject(new WebViewError(code, method));
        };
        pending.set(id, { method, resolve, reject, timer: setTimeout(() => fail('timeout'), timeout) });
        let sent: ReturnType<WebViewAdapter['send']>;
        try {
          sent = adapter.send(encodeRequest(id, method, params));
        } catch {
          return fail('failed');
        }
        // Bridges that answer in the return value (iOS, HarmonyOS, DSBridge, WVJB); others answer through onMessage.
        Promise.resolve(sent).then(
          (reply) => reply == null || receive(reply),
          () => fail('failed'),
        );
      });
    },
    close() {
      if (!open) return;
      open = false;
      stopListening();
      for (const [id, call] of pending) {
        settle(id, call, true);
        call.reject(new WebViewError('disconnected', call.method));
      }
    },
  };
}
