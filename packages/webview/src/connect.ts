/**
 * `connectWebView()`: checks where the page runs, says `hello` to the app, and assembles what the
 * elements and the client need from what the app announced.
 */
import type { RightsBridge } from '@rights-kit/client';
import type { PlatformTransport, WebViewAdapter } from './adapter.js';
import { createBridge } from './bridge.js';
import { openChannel } from './channel.js';
import { detectHost } from './detect.js';
import { WebViewError } from './errors.js';
import { callSafely, createListeners } from './listeners.js';
import type { ReportProblem, WebViewProblem } from './problem.js';
import { isRecord, PROTOCOL_VERSION, type HostEvent } from './protocol.js';
import { DEFAULT_SETTINGS, followSettings, parseSettings, type HostSettings } from './settings.js';
import { androidTransport } from './transports/android.js';
import { harmonyTransport } from './transports/harmony.js';
import { iosTransport } from './transports/ios.js';
import { normaliseOrigins, refusal } from './trust.js';
import { VERSION } from './version.js';

export interface WebViewOptions {
  /**
   * The origins the page may run the bridge on. In any other origin, and in any sub-frame, the bridge
   * does not start and the app is never asked for a token.
   *
   * @example
   * connectWebView({ allowedOrigins: ['https://rights.bank.example'] });
   */
  allowedOrigins: readonly string[];

  /**
   * Milliseconds the app has to answer a request, `hello` included.
   *
   * @default 10000
   */
  timeout?: number;

  /**
   * Milliseconds a request that waits for the cardholder may take: `stepUp` (biometrics or PIN) and
   * `share` (the share sheet stays open until they pick).
   *
   * @default 300000
   */
  interactiveTimeout?: number;

  /**
   * The bank's own JavaScript bridge, instead of the platform transport the page detects.
   *
   * @default the iOS, Android or HarmonyOS transport when the app registered one, else none
   * @example
   * connectWebView({ allowedOrigins, adapter: dsBridgeAdapter() });
   */
  adapter?: WebViewAdapter;

  /**
   * Told about every message ignored (malformed, wrong version, unknown id, late or second reply, unknown
   * event, an event forged by page script) and every refusal to start. A problem never holds anything
   * the app, or the forger, sent.
   *
   * @default undefined
   * @example
   * connectWebView({ allowedOrigins, onProblem: (problem) => monitoring.track('rights-webview', problem) });
   */
  onProblem?: (problem: WebViewProblem) => void;

  /**
   * The window the page runs in.
   *
   * @default globalThis
   */
  window?: Window;
}

export interface WebViewConnection {
  /** How the page reaches the app: a platform transport, or `custom` for an `adapter`. */
  readonly platform: 'ios' | 'android' | 'harmony' | 'custom';
  /** The methods the app answers, from its `hello`. */
  readonly features: ReadonlySet<string>;
  /** The app's display settings, kept up to date by its `settings` events. */
  readonly settings: HostSettings;
  /** The capabilities the app announced, for `<rights-provider>.bridge`; the others are absent. */
  readonly bridge: RightsBridge;
  /** The session token from the app, for `<rights-provider>.getToken`; absent when the app does not offer it. */
  readonly getToken?: () => Promise<string>;
  /** Leaves the rights experience: the app closes its screen. Rejects with `unsupported` when the app can't. */
  close(): Promise<void>;
  /** Calls `listener` with the new settings whenever the app's settings change. Returns an unsubscribe. */
  onSettings(listener: (settings: HostSettings) => void): () => void;
  /** Calls `listener` when the app comes back to the foreground (a moment to refresh). Returns an unsubscribe. */
  onResume(listener: () => void): () => void;
  /**
   * Writes the settings as CSS on `root` and follows their changes: `font-size: <textScale × 100>%`,
   * `--rights-safe-area-top|right|bottom|left: <inset>px`, `--rights-motion: reduce|auto`. Returns a
   * function that stops following and restores the root's own inline values.
   */
  applySettings(root?: HTMLElement): () => void;
  /** Stops talking to the app: pending requests reject with `disconnected`, listeners are dropped. */
  disconnect(): void;
}

/**
 * Android needs nothing in `hello`: its events arrive on the platform's own message channel, which page
 * script cannot write to. iOS and HarmonyOS hand the app the key to their global receiver.
 */
const platformTransports: Record<'ios' | 'android' | 'harmony', (win: Window, report: ReportProblem) => PlatformTransport> = {
  ios: iosTransport,
  android: androidTransport,
  harmony: harmonyTransport,
};

/**
 * Connects to the app hosting the page in a WebView. Resolves to `undefined` in a plain browser page
 * (no app registered the channel), and when the bridge refuses to start: in a sub-frame, on an origin
 * not in `allowedOrigins`, or when the app does not answer `hello`. The elements then use web APIs.
 *
 * @example
 * const connection = await connectWebView({ allowedOrigins: ['https://rights.bank.example'] });
 * if (connection) {
 *   provider.getToken = connection.getToken;
 *   provider.bridge = connection.bridge;
 *   connection.applySettings();
 * }
 */
export async function connectWebView(options: WebViewOptions): Promise<WebViewConnection | undefined> {
  const { timeout = 10_000, interactiveTimeout = 300_000, onProblem } = options;
  const win = options.window ?? (globalThis as unknown as Window);
  const allowed = normaliseOrigins(options.allowedOrigins);
  // The page's own monitoring must not break the bridge.
  const report = (problem: WebViewProblem) => void (onProblem && callSafely(() => onProblem(problem)));

  const { adapter: custom } = options;
  const platform = custom ? 'custom' : detectHost(win);
  // A plain browser page: nothing to refuse and nothing to report.
  if (platform === 'browser') return undefined;
  // Checked before the transport exists: a refused page neither listens to the app nor sends it anything.
  const refused = refusal(win, allowed);
  if (refused) return void report(refused);

  const settingsListeners = createListeners<HostSettings>();
  const backListeners = createListeners<undefined>();
  const resumeListeners = createListeners<undefined>();
  let settings: HostSettings | undefined;
  const onEvent = ({ event, data }: HostEvent) => {
    if (event === 'settings') {
      const next = parseSettings(data);
      if (!next) return report({ code: 'malformed', message: 'settings event without valid settings' });
      settings = next;
      settingsListeners.emit(next);
    } else if (event === 'back') backListeners.emit(undefined);
    else if (event === 'resume') resumeListeners.emit(undefined);
    else report({ code: 'unknown-event', message: 'event this version does not know' });
  };

  const transport: PlatformTransport = custom ?? platformTransports[platform as keyof typeof platformTransports](win, report);
  const channel = openChannel(transport, { timeout, report, onEvent });
  const refuse = (problem: WebViewProblem) => {
    channel.close();
    report(problem);
    return undefined;
  };

  let hello: unknown;
  try {
    // A bank's own adapter is its own business; only the built-in transports add to `hello`.
    hello = await channel.request('hello', { protocol: PROTOCOL_VERSION, version: VERSION, ...(!custom && transport.hello) });
  } catch (error) {
    return refuse({ code: 'no-hello', message: `hello: ${(error as WebViewError).code}`, method: 'hello' });
  }
  if (isRecord(hello) && hello.protocol !== PROTOCOL_VERSION) return refuse({ code: 'wrong-version', message: 'the app speaks another protocol version', method: 'hello' });
  if (!isRecord(hello) || !Array.isArray(hello.features)) return refuse({ code: 'malformed', message: 'hello result without features', method: 'hello' });
  const features: ReadonlySet<string> = new Set(hello.features.filter((feature): feature is string => typeof feature === 'string'));
  if (!settings) {
    settings = parseSettings(hello.settings);
    if (!settings) report({ code: 'malformed', message: 'hello result without valid settings; using defaults', method: 'hello' });
  }

  // Tokens this connection handed out, kept only to refuse any request that would carry one back out.
  const tokens: string[] = [];
  const carriesToken = (text: string) => tokens.some((token) => text.includes(token) || text.includes(encodeURIComponent(token)));
  const getToken = async () => {
    const result = await channel.request('getToken', {});
    const token = isRecord(result) ? result.token : undefined;
    if (typeof token !== 'string' || token === '') {
      report({ code: 'malformed', message: 'getToken result without token', method: 'getToken' });
      throw new WebViewError('failed', 'getToken');
    }
    if (!tokens.includes(token)) tokens.unshift(token);
    tokens.length = Math.min(tokens.length, 3);
    return token;
  };

  const { bridge, release } = createBridge({ channel, features, report, interactiveTimeout, carriesToken, onBackEvent: backListeners.add });
  const current = () => settings ?? DEFAULT_SETTINGS;

  return Object.freeze({
    platform,
    features,
    get settings() {
      return current();
    },
    bridge,
    ...(features.has('getToken') && { getToken }),
    close: async () => {
      if (!features.has('close')) throw new WebViewError('unsupported', 'close');
      await channel.request('close', {});
    },
    onSettings: settingsListeners.add,
    onResume: (listener: () => void) => resumeListeners.add(() => listener()),
    applySettings: (root = win.document.documentElement) => followSettings(root, current, settingsListeners.add),
    disconnect() {
      release();
      channel.close();
      for (const listeners of [settingsListeners, backListeners, resumeListeners]) listeners.clear();
    },
  });
}
