// 2. Long lists: a catalogue of 1,000 or 5,000 benefits. Scripting time to the first card, then a
// scripted fling to the very end (every page loaded as it comes into view), counting long tasks.
import { openPhone } from '../lib/browser.js';
import { summarize } from '../lib/stats.js';

const LONG_TASK_MS = 50;
const SCROLL_TIMEOUT_MS = 10 * 60_000;

/** Seconds of script the page has run so far (Chromium's own account, slowed CPU included). */
async function scriptSeconds(/** @type {import('playwright').CDPSession} */ cdp) {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? Number.NaN;
}

/** One load and fling of the list page at `origin`. */
async function flingOnce(/** @type {import('playwright').Browser} */ browser, /** @type {string} */ origin) {
  const phone = await openPhone(browser);
  const { page, cdp } = phone;
  try {
    await cdp.send('Performance.enable');
    await page.goto(`${origin}/list.html`);
    const firstCard = await page.evaluate(() => window.rightsBench.firstCard);
    const scriptToFirstCard = (await scriptSeconds(cdp)) * 1000;
    const fling = await page.evaluate((timeout) => window.rightsBenchScrollToEnd(timeout), SCROLL_TIMEOUT_MS);
    const longTasks = (await page.evaluate(() => window.rightsBench.longTasks)).filter(
      (task) => task.start >= fling.started && task.duration > LONG_TASK_MS,
    );
    phone.assertHealthy('the long list');
    return { firstCard, scriptToFirstCard, fling, longTasks };
  } finally {
    await phone.close();
  }
}

/** @param {{ browser: import('playwright').Browser, origin: string, runs: number }} options */
export async function measureLongList({ browser, origin, runs }) {
  const results = [];
  for (let run = 0; run < runs; run++) results.push(await flingOnce(browser, origin));
  const totals = [...new Set(results.map((result) => result.fling.total))];
  if (totals.length !== 1) throw new Error(`The runs saw catalogues of different lengths: ${totals.join(', ')}`);
  const longest = results.map((result) => Math.max(0, ...result.longTasks.map((task) => task.duration)));
  return {
    benefits: totals[0],
    scriptToFirstCardMs: summarize(results.map((result) => result.scriptToFirstCard)),
    firstCardMs: summarize(results.map((result) => result.firstCard)),
    flingMs: summarize(results.map((result) => result.fling.duration)),
    cardsInDomAtEnd: summarize(results.map((result) => result.fling.cardsInDom)),
    longTasksWhileScrolling: summarize(results.map((result) => result.longTasks.length)),
    longestTaskWhileScrollingMs: summarize(longest),
  };
}
