// The client's cost of reading a page of benefits, against the least a page can do: `fetch` and
// `JSON.parse`. The harness answers `/parse-api/v1/benefits` with a 1,000-benefit page for both.
import { createRightsClient } from '@rights-kit/client';
import { benefitPage } from '@rights-kit/contract';
import { DEMO_TOKEN } from './session.js';

const BASE_URL = '/parse-api';
const PAGE_URL = `${BASE_URL}/v1/benefits`;
const HEADERS = { Authorization: `Bearer ${DEMO_TOKEN}`, 'Accept-Language': 'zh-CN' };

/** Milliseconds `work` takes. */
async function time(/** @type {() => unknown} */ work) {
  const started = performance.now();
  await work();
  return performance.now() - started;
}

window.rightsBenchParse = async (/** @type {number} */ runs) => {
  const text = await (await fetch(PAGE_URL, { headers: HEADERS })).text();
  const body = JSON.parse(text);
  const schema = benefitPage['~standard'];
  if (/** @type {{ issues?: unknown }} */ (schema.validate(body)).issues) throw new Error('The 1,000-benefit page does not fit the contract.');
  /** @type {Record<'fetchJson' | 'client' | 'jsonParse' | 'validate', number[]>} */
  const times = { fetchJson: [], client: [], jsonParse: [], validate: [] };
  for (let run = 0; run < runs; run++) {
    times.fetchJson.push(await time(async () => (await fetch(PAGE_URL, { headers: HEADERS })).json()));
    // A new client each run: nothing cached, so every run fetches, parses and validates.
    const client = createRightsClient({ baseUrl: BASE_URL, getToken: async () => DEMO_TOKEN, locale: 'zh-CN' });
    times.client.push(await time(() => client.benefits.list()));
    times.jsonParse.push(await time(() => JSON.parse(text)));
    times.validate.push(await time(() => schema.validate(body)));
  }
  return { items: body.items.length, bytes: text.length, times };
};
