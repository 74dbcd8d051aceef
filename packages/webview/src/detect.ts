import { CHANNEL_NAME } from './protocol.js';

export type HostPlatform = 'ios' | 'android' | 'harmony' | 'browser';

/** The objects a native host injects, as far as this page can see them. */
export interface HostWindow {
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
