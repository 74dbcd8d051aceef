/**
 * The bridge between rights-kit and a native app hosting it in a WebView. This module is the version
 * of the message protocol and the detection of which host, if any, is listening.
 */

/** The message protocol's version; native hosts check it before they answer. */
export const PROTOCOL_VERSION = 1;

/** The name every native host registers its message channel under. */
export const CHANNEL_NAME = 'rightsKit';

export type HostPlatform = 'ios' | 'android' | 'harmony' | 'browser';

interface HostWindow {
  webkit?: { messageHandlers?: Record<string, { postMessage?: unknown } | undefined> };
  [name: string]: unknown;
}

/**
 * Which native host has registered the rights-kit channel in this page:
 * - iOS: a `WKScriptMessageHandlerWithReply` named `rightsKit` (`webkit.messageHandlers.rightsKit`);
 * - Android: `WebViewCompat.addWebMessageListener` with `rightsKit`, injected as a `rightsKit` object
 *   with `postMessage` and `addEventListener`;
 * - HarmonyOS: an ArkWeb `javaScriptProxy` registered as `rightsKitHarmony`;
 * - otherwise `browser`: a plain page, where the elements use web APIs instead.
 */
export function detectHost(win: object = globalThis): HostPlatform {
  const host = win as HostWindow;
  if (typeof host.webkit?.messageHandlers?.[CHANNEL_NAME]?.postMessage === 'function') return 'ios';
  const android = host[CHANNEL_NAME] as { postMessage?: unknown; addEventListener?: unknown } | undefined;
  if (typeof android?.postMessage === 'function' && typeof android.addEventListener === 'function') return 'android';
  const harmony = host[`${CHANNEL_NAME}Harmony`] as { postMessage?: unknown } | undefined;
  if (typeof harmony?.postMessage === 'function') return 'harmony';
  return 'browser';
}
