// 5. Client: reading a 1,000-benefit page through the client (fetch, JSON, validation by the contract
// with zod's JIT off, as shipped) against bare `fetch` + `JSON.parse`. The browser answers the page
// itself, so the network is the same for both and small next to the work measured.
import { readAsDemoMember } from '../lib/api.js';
import { openPhone } from '../lib/browser.js';
import { summarize } from '../lib/stats.js';

export const PAGE_ITEMS = 1000;

/** A page of `PAGE_ITEMS` benefits as the sandbox at `origin` renders them (it pages by 100 at most). */
export async function thousandBenefitPage(/** @type {string} */ origin) {
  /** @type {unknown[]} */
  const items = [];
  let cursor = '';
  while (items.length < PAGE_ITEMS) {
    const page = await readAsDemoMember(origin, `/v1/benefits?limit=100${cursor && `&cursor=${cursor}`}`);
    items.push(...page.items);
    if (!page.nextCursor) break;
    cursor = page.nextCursor;
  }
  if (items.length < PAGE_ITEMS) throw new Error(`The sandbox at ${origin} has only ${items.length} benefits for the demo cardholder.`);
  return JSON.stringify({ items: items.slice(0, PAGE_ITEMS), nextCursor: null });
}

/** @param {{ browser: import('playwright').Browser, origin: string, body: string, runs: number }} options */
export async function measureClientParse({ browser, origin, body, runs }) {
  // No probe: its frame-by-frame search would run beside the timings on a page that has no cards.
  const phone = await openPhone(browser, { watchCards: false });
  try {
    await phone.page.route('**/parse-api/v1/benefits**', (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
    await phone.page.goto(`${origin}/parse.html`);
    const result = await phone.page.evaluate((count) => window.rightsBenchParse(count), runs);
    phone.assertHealthy('the parse page');
    const client = summarize(result.times.client);
    const fetchJson = summarize(result.times.fetchJson);
    const jsonParse = summarize(result.times.jsonParse);
    const validate = summarize(result.times.validate);
    return {
      items: result.items,
      bytes: result.bytes,
      clientMs: client,
      fetchJsonMs: fetchJson,
      ratio: client.median / fetchJson.median,
      jsonParseMs: jsonParse,
      validateMs: validate,
    };
  } finally {
    await phone.close();
  }
}
