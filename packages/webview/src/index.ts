/**
 * The bridge between rights-kit and a native app hosting it in a WebView: protocol version 1 over the
 * iOS, Android and HarmonyOS transports, or over a bank's own JavaScript bridge.
 */
export { connectWebView, type WebViewOptions, type WebViewConnection } from './connect.js';
export type { WebViewAdapter } from './adapter.js';
export { dsBridgeAdapter, type DsBridgeAdapterOptions } from './adapters/dsbridge.js';
export { webViewJavascriptBridgeAdapter, type WebViewJavascriptBridgeAdapterOptions } from './adapters/webviewjavascriptbridge.js';
export { detectHost, type HostPlatform } from './detect.js';
export { WebViewError, type WebViewErrorCode } from './errors.js';
export type { WebViewProblem } from './problem.js';
export { PROTOCOL_VERSION, CHANNEL_NAME, type Method } from './protocol.js';
export { DEFAULT_SETTINGS, type HostSettings, type SafeArea } from './settings.js';
export { VERSION } from './version.js';
