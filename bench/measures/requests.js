// 4. Requests: what the hub asks the API for on its first screen, on returning to a tab it has shown,
// and for a claim. Each step's requests are listed in the report, so a new one shows up by name.
import { readAsDemoMember } from '../lib/api.js';
import { openPhone } from '../lib/browser.js';

/** A step is over once the API has been quiet this long with nothing in flight. */
const QUIET_MS = 1000;

/** A voucher the demo cardholder can claim with no step-up, found through the API as a page would. */
async function claimableVoucher(/** @type {string} */ origin) {
  const page = await readAsDemoMember(origin, '/v1/benefits?limit=100', 'en');
  const voucher = page.items.find((/** @type {any} */ benefit) => benefit.kind === 'voucher' && benefit.availability === 'available');
  if (!voucher) throw new Error('The sandbox offers the demo cardholder no voucher to claim.');
  return /** @type {{ id: string, title: string }} */ (voucher);
}

/** @param {{ browser: import('playwright').Browser, origin: string }} options */
export async function measureRequests({ browser, origin }) {
  const voucher = await claimableVoucher(origin);
  const phone = await openPhone(browser);
  const { page } = phone;
  /** @type {string[]} */
  const requests = [];
  let inFlight = 0;
  let lastActivity = Date.now();
  // Every request counts as activity (a lazy chunk loading comes before the requests its view makes);
  // only API requests are listed.
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/v1/')) requests.push(`${request.method()} ${url.pathname}${url.search}`);
    inFlight++;
    lastActivity = Date.now();
  });
  const settled = () => {
    inFlight--;
    lastActivity = Date.now();
  };
  page.on('requestfinished', settled);
  page.on('requestfailed', settled);

  /** The API requests `action` causes, counted once the API has gone quiet. */
  async function during(/** @type {() => Promise<unknown>} */ action) {
    const from = requests.length;
    await action();
    while (inFlight > 0 || Date.now() - lastActivity < QUIET_MS) await page.waitForTimeout(100);
    return requests.slice(from);
  }
  const tab = (/** @type {string} */ name) => page.locator(`#tab-${name}`).click();

  try {
    const firstScreen = await during(async () => {
      await page.goto(`${origin}/hub.html?locale=en`);
      await page.evaluate(() => window.rightsBench.firstCard);
    });
    const walletFirstVisit = await during(async () => {
      await tab('wallet');
      await page.locator('rights-wallet [part~="base"][aria-busy="false"]').waitFor();
    });
    const catalogRevisit = await during(() => tab('catalog'));
    const walletRevisit = await during(() => tab('wallet'));
    await during(() => tab('catalog'));
    const openBenefit = await during(async () => {
      await page.locator('rights-benefit-card', { hasText: voucher.title }).first().click();
      await page.getByRole('button', { name: 'Claim', exact: true }).waitFor();
    });
    const claim = await during(async () => {
      await page.getByRole('button', { name: 'Claim', exact: true }).click();
      await page.getByRole('button', { name: 'Confirm', exact: true }).click();
      await page.getByRole('heading', { name: 'Voucher claimed' }).waitFor();
    });
    phone.assertHealthy('the requests page');
    const claims = claim.filter((request) => request.startsWith('POST ') && request.endsWith('/claims'));
    if (claims.length !== 1) throw new Error(`A claim sent ${claims.length} claim requests: ${claim.join(', ')}`);
    return { firstScreen, walletFirstVisit, catalogRevisit, walletRevisit, openBenefit, claim };
  } finally {
    await phone.close();
  }
}
