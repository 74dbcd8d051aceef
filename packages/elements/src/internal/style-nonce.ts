/**
 * The nonce Lit puts on the `<style>` elements it writes when a browser has no constructable stylesheets
 * (Safari before 16.4: iOS 15 to 16.3). A strict `style-src` without `'unsafe-inline'` blocks those
 * styles unless they carry the page's nonce, and the elements would show unstyled.
 *
 * The host gives it before the first element renders, by either of:
 * - `<meta property="csp-nonce" nonce="…">` in the page (the convention Vite's `html.cspNonce` follows);
 * - `window.litNonce = '…'`, Lit's own setting, which also covers a Lit of the host's own.
 * A meta's nonce is handed to Lit as `litNonce` unless the host set one; nothing else on the page changes.
 */
export function adoptStyleNonce(): void {
  const global = globalThis as { litNonce?: string };
  if (global.litNonce !== undefined || typeof document === 'undefined') return;
  // `.nonce`, not the attribute: browsers hide a nonce attribute's value once the page has loaded.
  const nonce = document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce;
  if (nonce) global.litNonce = nonce;
}
