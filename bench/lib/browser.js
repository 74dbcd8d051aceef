// The phone every measurement runs on: the system Chromium, a 390×844 touch screen, and the CPU slowed
// four times, roughly a mid-range Android phone next to a laptop core.
import { chromium } from 'playwright';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { PHONE } from '../../scripts/phone-page.js';

export const CPU_SLOWDOWN = 4;

/** Starts the browser. Headless, with the flags the tests use. */
export function launchBrowser() {
  return chromium.launch({ executablePath: chromiumPath(), headless: true, args: CHROMIUM_ARGS });
}

/**
 * A fresh phone page: its own context (a cold cache, no cookies or storage from an earlier run), the CPU
 * slowed, and every console error or uncaught error kept, so a broken page fails the run instead of
 * giving a fast figure.
 * @param {import('playwright').Browser} browser
 * @param {{ slowdown?: number }} [options]
 */
export async function openPhone(browser, { slowdown = CPU_SLOWDOWN } = {}) {
  const context = await browser.newContext({ ...PHONE, deviceScaleFactor: 3 });
  const page = await context.newPage();
  /** @type {string[]} */
  const problems = [];
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: slowdown });
  return {
    page,
    cdp,
    /** Throws when the page reported a problem: a figure from a broken page means nothing. */
    assertHealthy(/** @type {string} */ what) {
      if (problems.length > 0) throw new Error(`${what}: the page reported problems:\n  ${problems.join('\n  ')}`);
    },
    close: () => context.close(),
  };
}
