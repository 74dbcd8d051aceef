// The harness's own reads of the sandbox API, as the demo cardholder: to find a voucher to claim, to
// size a catalogue, to collect a long page. The pages themselves read it through rights-kit.
import { DEMO_TOKEN } from '../pages/session.js';

/** The JSON body of `GET path` on the sandbox at `origin`, in `locale`; throws on an error status. */
export async function readAsDemoMember(/** @type {string} */ origin, /** @type {string} */ path, locale = 'zh-CN') {
  const response = await fetch(`${origin}${path}`, { headers: { Authorization: `Bearer ${DEMO_TOKEN}`, 'Accept-Language': locale } });
  if (!response.ok) throw new Error(`GET ${path} on the sandbox answered ${response.status}.`);
  return /** @type {Promise<any>} */ (response.json());
}
