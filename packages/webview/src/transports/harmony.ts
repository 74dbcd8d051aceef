import type { PlatformTransport } from '../adapter.js';
import type { ReportProblem } from '../problem.js';
import { CHANNEL_NAME } from '../protocol.js';
import { receiverTransport } from './receiver.js';

interface HarmonyWindow {
  rightsKitHarmony: { postMessage(json: string): Promise<string> | string };
}

/**
 * HarmonyOS (ArkWeb, API 12+): a `javaScriptProxy` named `rightsKitHarmony` with `postMessage` in its
 * `methodList` (methods in `asyncMethodList` cannot return a value to the page), returning the reply
 * JSON or a Promise of it. ArkWeb injects the proxy into every frame, iframes too, which is why the page checks its own frame before using it. Events come through
 * `window.rightsKitReceive(json, key)` (`controller.runJavaScript`).
 */
export function harmonyTransport(win: Window, report: ReportProblem): PlatformTransport {
  return receiverTransport(win, report, (json) => (win as unknown as HarmonyWindow)[`${CHANNEL_NAME}Harmony`].postMessage(json));
}
