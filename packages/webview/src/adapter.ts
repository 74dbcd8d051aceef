/**
 * How the page reaches the app: the one seam between the protocol and a platform. The built-in
 * transports (iOS, Android, HarmonyOS) and the DSBridge and WebViewJavascriptBridge adapters all fit it,
 * and so does a bank's own JavaScript bridge in a few lines:
 *
 * @example
 * const adapter: WebViewAdapter = {
 *   send: (json) => bankBridge.invoke('rightsKit', json), // a Promise of the reply JSON
 *   onMessage: (listener) => bankBridge.on('rightsKitEvent', listener),
 * };
 * const connection = await connectWebView({ allowedOrigins: ['https://rights.bank.example'], adapter });
 */
export interface WebViewAdapter {
  /**
   * Hands one request envelope (a JSON string) to the app. Return the reply JSON (or a Promise of it)
   * when the bridge answers that way; return nothing when replies arrive through `onMessage` instead.
   * Throw or reject when the message could not be delivered: the request then fails at once.
   */
  // `void` rather than `undefined` so that `(json) => bankBridge.post(json)` fits when `post` returns void.
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type
  send(json: string): Promise<string | void> | string | void;
  /**
   * Calls `listener` with every JSON string the app sends the page: events, and replies on bridges that
   * do not return them from `send`. Returns a function that stops listening. Nothing is sent before the
   * page subscribes.
   */
  onMessage(listener: (json: string) => void): () => void;
}

/**
 * A built-in platform transport: an adapter, and what the app must learn in `hello` to reach the page
 * (the iOS and HarmonyOS receiver's key). Not part of the package's API.
 */
export interface PlatformTransport extends WebViewAdapter {
  readonly hello?: Readonly<Record<string, string>>;
}
