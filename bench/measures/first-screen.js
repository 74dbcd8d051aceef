// 1. First screen: navigation to the first benefit card painted, the hub against the floor page, run by
// run in alternating order so drift in the machine falls on both.
import { openPhone } from '../lib/browser.js';
import { summarize } from '../lib/stats.js';

/** Milliseconds from navigation to the first card painted on `page` (a path on `origin`). */
async function timeFirstCard(/** @type {import('playwright').Browser} */ browser, /** @type {string} */ url) {
  const phone = await openPhone(browser);
  try {
    await phone.page.goto(url);
    const painted = await phone.page.evaluate(() => window.rightsBench.firstCard);
    phone.assertHealthy(url);
    return painted;
  } finally {
    await phone.close();
  }
}

/** @param {{ browser: import('playwright').Browser, origin: string, runs: number }} options */
export async function measureFirstScreen({ browser, origin, runs }) {
  const pages = { hub: `${origin}/hub.html`, floor: `${origin}/floor.html` };
  // One unrecorded load of each warms the sandbox and the disk cache.
  for (const url of Object.values(pages)) await timeFirstCard(browser, url);
  /** @type {{ hub: number[], floor: number[] }} */
  const times = { hub: [], floor: [] };
  for (let run = 0; run < runs; run++) {
    const order = run % 2 === 0 ? /** @type {const} */ (['hub', 'floor']) : /** @type {const} */ (['floor', 'hub']);
    for (const name of order) times[name].push(await timeFirstCard(browser, pages[name]));
  }
  const hub = summarize(times.hub);
  const floor = summarize(times.floor);
  return { hub, floor, ratio: hub.median / floor.median };
}
