/**
 * Where the bridge may start: the main frame of an origin the bank listed. A sub-frame, or a page that
 * navigated somewhere else, must never reach the app's channel, because the channel hands out the
 * cardholder's session token.
 */
import type { WebViewProblem } from './problem.js';

/** `allowedOrigins` as origins (`https://host[:port]`); anything that is not one is a mistake to fail on. */
export function normaliseOrigins(allowedOrigins: readonly string[]): Set<string> {
  if (!Array.isArray(allowedOrigins)) throw new TypeError('connectWebView: `allowedOrigins` must be an array of origins');
  return new Set(
    allowedOrigins.map((entry) => {
      let origin = 'null';
      try {
        origin = new URL(entry).origin;
      } catch {
        // reported below
      }
      // No wildcards and no opaque origins (`file:`, `data:`): each must name exactly one site.
      if (origin === 'null' || !/^https?:$/.test(new URL(origin).protocol)) {
        throw new TypeError(`connectWebView: ${JSON.stringify(entry)} in \`allowedOrigins\` is not an http(s) origin`);
      }
      return origin;
    }),
  );
}

/** Why `win` may not talk to the app, or `undefined` when it may. */
export function refusal(win: Window, allowed: Set<string>): WebViewProblem | undefined {
  // `top` is readable across origins; a page framed by anyone (the bank's own pages included) is refused.
  if (win.top !== win) return { code: 'refused-frame', message: 'not the main frame' };
  let origin: string | undefined;
  try {
    origin = win.location.origin;
  } catch {
    // A window of another origin: its location is not ours to read, and it is not allowed.
  }
  if (origin === undefined || !allowed.has(origin)) return { code: 'refused-origin', message: 'origin not in allowedOrigins' };
  return undefined;
}
