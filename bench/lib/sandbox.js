// The sandbox the pages talk to, on loopback, serving the bench's pages beside the API.
import { readAsDemoMember } from './api.js';
import { SITE } from './site.js';

const { startSandbox } = await import('@rights-kit/mock/server');

/** The sandbox with its seed catalogue. */
export const serveSeed = () => startSandbox({ port: 0, staticDir: SITE.pathname });

/** How many benefits the demo cardholder sees: the sum of the categories' counts. */
async function visibleBenefits(/** @type {string} */ origin) {
  const { items } = await readAsDemoMember(origin, '/v1/categories');
  return items.reduce((/** @type {number} */ total, /** @type {{ count: number }} */ category) => total + category.count, 0);
}

/**
 * A sandbox in which the demo cardholder sees exactly `benefits` benefits. The sandbox grows the whole
 * catalogue, of which a member sees the part their bank offers, so the size is found by asking: each
 * step moves it by the shortfall, and what a member sees grows by at most one per benefit added.
 */
export async function serveCatalogOf(/** @type {number} */ benefits) {
  let catalogSize = benefits;
  for (let attempt = 0; attempt < 10; attempt++) {
    const sandbox = await startSandbox({ port: 0, staticDir: SITE.pathname, catalogSize });
    const shortfall = benefits - (await visibleBenefits(sandbox.url));
    if (shortfall === 0) return sandbox;
    await sandbox.close();
    catalogSize += shortfall;
  }
  throw new Error(`Could not grow the sandbox so the demo cardholder sees ${benefits} benefits.`);
}
