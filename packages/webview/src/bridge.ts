/**
 * The `RightsBridge` the elements consume, made of the capabilities the app announced in `hello`: a
 * method the app did not list is absent, so the elements fall back to the web's own way.
 */
import type { RightsBridge, RightsHaptic, RightsReminder, RightsShare, StepUpChallenge } from '@rights-kit/client';
import type { Channel } from './channel.js';
import { WebViewError } from './errors.js';
import { callSafely } from './listeners.js';
import type { ReportProblem } from './problem.js';
import { isRecord, type Method } from './protocol.js';

export interface BridgeParts {
  channel: Channel;
  features: ReadonlySet<string>;
  report: ReportProblem;
  /** For requests that wait for the cardholder (step-up, the share sheet). */
  interactiveTimeout: number;
  /** Whether `text` holds a token the app handed out; such a request is refused before it leaves. */
  carriesToken(text: string): boolean;
  /** Subscribes to the app's `back` event for the connection's lifetime. */
  onBackEvent(listener: () => void): void;
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether the app may be handed `url`: `https:`, or `http:` on loopback for a sandbox on the developer's
 * machine — the rule the contract's `isSafeUrl` applies to the platform's links.
 */
const isAppUrl = (url: unknown) => {
  try {
    const parsed = new URL(url as string);
    return typeof url === 'string' && (parsed.protocol === 'https:' || (parsed.protocol === 'http:' && LOOPBACK_HOSTS.has(parsed.hostname)));
  } catch {
    return false;
  }
};

/** The bridge, and `release()` to hand the back button back to the app before the page disconnects. */
export function createBridge({ channel, features, report, interactiveTimeout, carriesToken, onBackEvent }: BridgeParts): { bridge: RightsBridge; release(): void } {
  const send = async (method: Method, params: object, timeout?: number) => {
    // Tokens never travel to openUrl, share or a notification, whatever the page was tricked into passing.
    if (carriesToken(JSON.stringify(params))) throw new WebViewError('denied', method);
    return channel.request(method, params, timeout);
  };
  const done = () => undefined;
  const bridge: RightsBridge = {};
  let release = done;
  const has = (method: Method) => features.has(method);

  if (has('openUrl')) {
    bridge.openUrl = async (url) => {
      if (!isAppUrl(url)) throw new TypeError('openUrl: only https: URLs (or http: on loopback) open in the app');
      await send('openUrl', { url });
    };
  }
  if (has('stepUp')) {
    bridge.stepUp = async ({ method, path }: StepUpChallenge) => {
      const result = await send('stepUp', { method, path }, interactiveTimeout);
      const proof = isRecord(result) ? result.proof : undefined;
      if (typeof proof === 'string' || proof === null) return proof;
      report({ code: 'malformed', message: 'stepUp result without proof', method: 'stepUp' });
      throw new WebViewError('failed', 'stepUp');
    };
  }
  if (has('scheduleReminder')) {
    bridge.scheduleReminder = ({ id, title, body, at }: RightsReminder) => send('scheduleReminder', { id, title, body, at }).then(done);
  }
  if (has('share')) {
    bridge.share = async ({ title, text, url }: RightsShare) => {
      if (url !== undefined && !isAppUrl(url)) throw new TypeError('share: only https: URLs (or http: on loopback) are shared');
      await send('share', { title, text, url }, interactiveTimeout);
    };
  }
  if (has('haptic')) {
    // Fire and forget: a tap that did not happen is not worth an error.
    bridge.haptic = (style: RightsHaptic) => void send('haptic', { style }).catch(done);
  }
  if (has('backHandling')) {
    const handlers: (() => boolean)[] = [];
    const backHandling = (enabled: boolean) => void send('backHandling', { enabled }).catch(done);
    // Listened to for the connection's lifetime, not per handler: a press that crosses a
    // `backHandling: false` on the way still ends in `close` rather than nowhere.
    onBackEvent(() => {
      // The innermost (latest) handler goes back first; when none can, the page leaves the experience.
      for (const handler of [...handlers].reverse()) if (callSafely(handler) === true) return;
      if (has('close')) void channel.request('close', {}).catch(done);
    });
    release = () => {
      if (handlers.splice(0).length > 0) backHandling(false);
    };
    bridge.onBack = (handler) => {
      handlers.push(handler);
      if (handlers.length === 1) backHandling(true);
      let subscribed = true;
      return () => {
        if (!subscribed) return;
        const index = handlers.indexOf(handler);
        subscribed = false;
        if (index < 0) return; // released already
        handlers.splice(index, 1);
        if (handlers.length === 0) backHandling(false);
      };
    };
  }
  return { bridge: Object.freeze(bridge), release };
}
