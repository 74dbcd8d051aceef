// What the end-to-end tests open: a page on a mid-range phone that records what a bank's page must never
// show. One place, so every example is held to the same standard.

/** A mid-range phone: 390×844 CSS px, touch. */
export const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true };

/**
 * A phone-sized page in `browser` that records problems: uncaught errors, Content-Security-Policy
 * violations, responses of 400 or more, and the console messages `isProblem` picks (by default, every
 * one). `ignore` names URLs that are not the page's doing, such as the browser's own `/favicon.ico`.
 * @param {import('playwright').Browser} browser
 * @param {{ isProblem?: (message: import('playwright').ConsoleMessage) => boolean, ignore?: RegExp }} [options]
 */
export async function openPhonePage(browser, { isProblem = () => true, ignore } = {}) {
  const page = await browser.newPage(PHONE);
  /** @type {string[]} */
  const problems = [];
  const ignored = (/** @type {string} */ url) => ignore?.test(url) ?? false;
  page.on('console', (message) => isProblem(message) && !ignored(message.location().url) && problems.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('response', (response) => response.status() >= 400 && !ignored(response.url()) && problems.push(`${response.status()} ${response.url()}`));
  // Violations are reported to the console as errors, where the listener above finds them.
  await page.addInitScript(() =>
    document.addEventListener('securitypolicyviolation', (event) => console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`)),
  );
  return { page, problems };
}
