// 3. Memory: the JS heap after garbage collection, before and after 100 mount / unmount cycles of the
// hub under one provider. The first cycle is not counted: it loads code and fills the client's cache,
// which a page keeps on purpose.
import { openPhone } from '../lib/browser.js';
import { summarize } from '../lib/stats.js';

export const CYCLES = 100;

/** Bytes of JS heap in use once garbage is collected (twice, so objects freed by finalisers go too). */
async function heapAfterGc(/** @type {import('playwright').CDPSession} */ cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize;
}

/** @param {{ browser: import('playwright').Browser, origin: string, runs: number }} options */
export async function measureMemory({ browser, origin, runs }) {
  /** @type {number[]} */ const growth = [];
  /** @type {number[]} */ const before = [];
  /** @type {number[]} */ const cycleMs = [];
  for (let run = 0; run < runs; run++) {
    const phone = await openPhone(browser);
    try {
      await phone.page.goto(`${origin}/memory.html`);
      await phone.page.evaluate(() => window.rightsBenchMountCycles(1));
      const start = await heapAfterGc(phone.cdp);
      const started = Date.now();
      await phone.page.evaluate((cycles) => window.rightsBenchMountCycles(cycles), CYCLES);
      cycleMs.push((Date.now() - started) / CYCLES);
      const end = await heapAfterGc(phone.cdp);
      phone.assertHealthy('the memory page');
      before.push(start / 1024);
      growth.push((end - start) / 1024);
    } finally {
      await phone.close();
    }
  }
  return { cycles: CYCLES, heapBeforeKB: summarize(before), growthKB: summarize(growth), cycleMs: summarize(cycleMs) };
}
