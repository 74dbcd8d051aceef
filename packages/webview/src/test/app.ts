/**
 * A simulated native app speaking protocol version 1, and the platform shapes it is reached through
 * (iOS, Android, HarmonyOS, DSBridge, WebViewJavascriptBridge), for the Chromium tests.
 */

export const ORIGIN = 'https://rights.bank.example';
export const TOKEN = 'rk_sess_7f3a9c2e4b1d8f6a0c5e3b9d7a1f4c2e';
export const SETTINGS = { textScale: 1.3, reducedMotion: true, safeArea: { top: 47, right: 0, bottom: 34, left: 0 } };
export const ALL_FEATURES = ['getToken', 'openUrl', 'close', 'share', 'stepUp', 'scheduleReminder', 'haptic', 'backHandling'];

export interface AppRequest {
  rk: number;
  id: string;
  method: string;
  params: Record<string, unknown>;
}

/** What the app answers one request with: a reply JSON string, or `undefined` to stay silent. */
export type Answer = (request: AppRequest, app: SimulatedApp) => string | undefined;

export const ok = (request: AppRequest, result: unknown = {}) => JSON.stringify({ rk: 1, id: request.id, ok: true, result });
export const fail = (request: AppRequest, code: string) => JSON.stringify({ rk: 1, id: request.id, ok: false, error: { code, message: 'said no' } });

export class SimulatedApp {
  readonly requests: AppRequest[] = [];
  /** Messages that reached the app but were not protocol requests. */
  readonly rejected: unknown[] = [];
  features = ALL_FEATURES;
  settings: unknown = SETTINGS;
  proof: string | null = 'proof-42';
  /** The key the page sent in `hello` (iOS, HarmonyOS), which the app passes with every event. */
  receiverKey: unknown;
  /** How the platform delivers an app-to-page message; set by the platform simulator. */
  deliver: (json: string) => void = () => {
    throw new Error('no platform installed');
  };
  private readonly answers = new Map<string, Answer>();

  /** Answers `method` with `answer` instead of the default. */
  on(method: string, answer: Answer): this {
    this.answers.set(method, answer);
    return this;
  }

  /** The app's side of one message: returns the reply JSON, or `undefined` when it stays silent. */
  handle(json: unknown): string | undefined {
    let request: AppRequest;
    try {
      request = JSON.parse(json as string) as AppRequest;
    } catch {
      this.rejected.push(json);
      return undefined;
    }
    if (typeof json !== 'string' || request.rk !== 1 || typeof request.id !== 'string') {
      this.rejected.push(json);
      return undefined;
    }
    this.requests.push(request);
    if (request.method === 'hello') this.receiverKey = request.params.receiverKey;
    const answer = this.answers.get(request.method);
    if (answer) return answer(request, this);
    if (request.method === 'hello') return ok(request, { protocol: 1, features: this.features, settings: this.settings, platform: 'ios' });
    if (!this.features.includes(request.method)) return fail(request, 'unsupported');
    if (request.method === 'getToken') return ok(request, { token: TOKEN, expiresAt: '2030-01-01T00:00:00+08:00' });
    if (request.method === 'stepUp') return ok(request, { proof: this.proof });
    return ok(request);
  }

  /** Sends an event to the page. */
  emit(event: string, data?: unknown) {
    this.deliver(JSON.stringify(data === undefined ? { rk: 1, event } : { rk: 1, event, data }));
  }

  methods() {
    return this.requests.map((request) => request.method);
  }

  last(method: string) {
    return this.requests.filter((request) => request.method === method).at(-1);
  }
}

/** A main-frame window on `origin` (the test's own window is a frame inside vitest's runner page). */
export function mainFrame(origin = ORIGIN): Window & Record<string, unknown> {
  const win = { location: { origin }, document } as unknown as Window & Record<string, unknown>;
  (win as { top: unknown }).top = win;
  return win;
}

const later = (run: () => void) => setTimeout(run, 1);

/** Calls `window.rightsKitReceive` as the iOS and HarmonyOS apps do, with the key they learnt in `hello`. */
const receiveWithKey = (win: Window & Record<string, unknown>, app: SimulatedApp) => (json: string) =>
  (win.rightsKitReceive as (json: string, key: unknown) => void)(json, app.receiverKey);

/** iOS: `WKScriptMessageHandlerWithReply`; events by `evaluateJavaScript("window.rightsKitReceive(…, key)")`. */
export function installIos(win: Window & Record<string, unknown>, app = new SimulatedApp()) {
  win.webkit = {
    messageHandlers: {
      rightsKit: {
        postMessage: (json: unknown) =>
          new Promise((resolve) => {
            const reply = app.handle(json);
            if (reply !== undefined) later(() => resolve(reply));
          }),
      },
    },
  };
  app.deliver = receiveWithKey(win, app);
  return app;
}

/** Android: `addWebMessageListener`'s injected object; replies and events through `replyProxy.postMessage`. */
export function installAndroid(win: Window & Record<string, unknown>, app = new SimulatedApp()) {
  const injected = new EventTarget() as EventTarget & { postMessage(json: unknown): void };
  app.deliver = (json) => void injected.dispatchEvent(new MessageEvent('message', { data: json }));
  injected.postMessage = (json) => {
    const reply = app.handle(json);
    if (reply !== undefined) later(() => app.deliver(reply));
  };
  win.rightsKit = injected;
  return app;
}

/** HarmonyOS: ArkWeb `javaScriptProxy`; `postMessage` in `methodList`, returning a Promise or a plain string. */
export function installHarmony(win: Window & Record<string, unknown>, app = new SimulatedApp(), { sync = false } = {}) {
  win.rightsKitHarmony = {
    postMessage: (json: unknown) => {
      const reply = app.handle(json);
      if (sync) return reply ?? '';
      return new Promise((resolve) => reply !== undefined && later(() => resolve(reply)));
    },
  };
  app.deliver = receiveWithKey(win, app);
  return app;
}

/**
 * DSBridge as its `dsbridge.js` does it: `call` wraps the argument as `{data, _dscbstub}`, stores the
 * callback as a `dscbN` global, and the app later calls that global with the return value; the app
 * calls functions the page registered by name with an argument array.
 */
export function installDsBridge(win: Window & Record<string, unknown>, app = new SimulatedApp(), { method = 'rightsKit.postMessage', progress = false } = {}) {
  const registered: Record<string, (...args: unknown[]) => unknown> = {};
  let next = 0;
  win.dsBridge = {
    call(name: string, args: unknown, callback: (value: unknown) => void) {
      const arg: Record<string, unknown> = { data: args };
      const stub = `dscb${next++}`;
      win[stub] = callback;
      arg._dscbstub = stub;
      const native = JSON.parse(JSON.stringify(arg)) as { data: unknown; _dscbstub: string };
      if (name !== method) return undefined;
      const reply = app.handle(native.data);
      if (reply === undefined) return undefined;
      later(() => {
        const back = win[native._dscbstub] as (value: unknown) => void;
        // A progress update first (`complete: false`), then the value, as a chatty app might.
        if (progress) back(reply);
        back(reply);
        Reflect.deleteProperty(win, native._dscbstub);
      });
      return undefined;
    },
    register(name: string, handler: (...args: unknown[]) => unknown) {
      registered[name] = handler;
    },
  };
  app.deliver = (json) => void registered['rightsKit.receive']?.apply(undefined, [json]);
  return { app, registered };
}

/**
 * WebViewJavascriptBridge: `callHandler` / `registerHandler`, injected at once, or when the page loads the
 * iOS loader iframe (then `WVJBCallbacks` are called), or announced by a `WebViewJavascriptBridgeReady`
 * document event (Android's JsBridge).
 */
export function installWvjb(
  win: Window & Record<string, unknown>,
  app = new SimulatedApp(),
  { arrival = 'now' as 'now' | 'loader' | 'ready-event' | 'never', handler = 'rightsKit', receiver = 'rightsKit' } = {},
) {
  const handlers: Record<string, (data: unknown, respond?: (response?: unknown) => void) => void> = {};
  const responses: unknown[] = [];
  const bridge = {
    callHandler(name: string, data: unknown, callback: (response: unknown) => void) {
      if (name !== handler) return;
      const reply = app.handle(data);
      if (reply !== undefined) later(() => callback(reply));
    },
    registerHandler(name: string, handler: (data: unknown, respond?: (response?: unknown) => void) => void) {
      handlers[name] = handler;
    },
  };
  app.deliver = (json) => handlers[receiver]?.(json, (response) => responses.push(response));
  const inject = () => {
    win.WebViewJavascriptBridge = bridge;
  };
  const loaders: string[] = [];
  let observer: MutationObserver | undefined;
  if (arrival === 'now') inject();
  if (arrival === 'loader') {
    // The iOS library injects its script when the page navigates a frame to its loader URL.
    observer = new MutationObserver((records) => {
      for (const node of records.flatMap((record) => [...record.addedNodes])) {
        if (!(node instanceof HTMLIFrameElement)) continue;
        loaders.push(node.src);
        if (node.src !== 'https://__bridge_loaded__/') continue;
        inject();
        const callbacks = win.WVJBCallbacks as ((found: unknown) => void)[];
        delete win.WVJBCallbacks;
        for (const callback of callbacks) callback(bridge);
      }
    });
    observer.observe(document.documentElement, { childList: true });
  }
  if (arrival === 'ready-event') {
    later(() => {
      inject();
      document.dispatchEvent(new Event('WebViewJavascriptBridgeReady'));
    });
  }
  return { app, handlers, responses, loaders, stop: () => observer?.disconnect() };
}

/** Collects what `onProblem` was told. */
export function problems() {
  const seen: { code: string; message: string; method?: string; id?: string }[] = [];
  return { seen, onProblem: (problem: (typeof seen)[number]) => void seen.push(problem), codes: () => seen.map((problem) => problem.code) };
}
