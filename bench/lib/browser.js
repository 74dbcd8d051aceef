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

/** Notes when the first benefit card is painted, and every long task (see the file). */
const FIRST_CARD_PROBE = { path: new URL('../pages/first-card.js', import.meta.url).pathname };

/**
 * A fresh phone page: its own context (a cold cache, no cookies or storage from an earlier run), the CPU
 * slowed, and every console error or uncaught error kept, so a broken page fails the run instead of
 * giving a fast figure. Unless `watchCards` is off, every page it loads runs the first-card probe.
 * @param {import('playwright').Browser} browser
 * @param {{ slowdown?: number, watchCards?: boolean }} [options]
 */
export async function openPhone(browser, { slowdown = CPU_SLOWDOWN, watchCards = true } = {}) {
  const context = await browser.newContext({ ...PHONE, deviceScaleFactor: 3 });
  const page = await context.newPage();
  if (watchCards) await page.addInitScript(FIRST_CARD_PROBE);
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
