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

/**
 * How the page's first benefit card got its styles: adopted stylesheets, or `<style>` elements and whether
 * each carries a nonce; and a border radius only the card's styles give it. For tests of engines without
 * constructable stylesheets, where unstyled cards would have none.
 * @param {import('playwright').Page} page
 */
export function firstCardStyles(page) {
  return page.locator('rights-benefit-card').first().evaluate((element) => {
    const root = /** @type {ShadowRoot} */ (element.shadowRoot);
    const styles = [...root.querySelectorAll('style')];
    const base = root.querySelector('[part~="base"]') ?? /** @type {Element} */ (root.firstElementChild);
    return {
      adopted: 'adoptedStyleSheets' in root,
      nonced: styles.length > 0 && styles.every((style) => style.nonce !== ''),
      radius: Number.parseFloat(getComputedStyle(base).borderTopLeftRadius),
    };
  });
}
