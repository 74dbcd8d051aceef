// The budgets the figures are held to (see docs/performance.md). Each target reads the results and says
// what it found and whether that is within the budget; nothing here fails the run, the report says it.

const KB = 1024;

/**
 * @typedef {object} Verdict
 * @property {string} target
 * @property {string} figure
 * @property {boolean | undefined} met `undefined` when the measurement was not run.
 */

/** The requests of a claim that were neither the claim nor a reload of the benefit on screen. */
export function extraClaimRequests(/** @type {string[]} */ claim) {
  return claim.filter((request) => !/^POST \/v1\/benefits\/[^/]+\/claims$/.test(request) && !/^GET \/v1\/benefits\/[^/?]+$/.test(request));
}

/** @param {any} results @returns {Verdict[]} */
export function judge(results) {
  const { firstScreen, longLists, memory, requests, sizes } = results;
  const fiveThousand = longLists?.find((/** @type {any} */ list) => list.benefits >= 5000);
  const kb = (/** @type {number} */ bytes) => `${(bytes / KB).toFixed(2)} KB`;
  const claimPosts = requests?.claim.filter((/** @type {string} */ request) => request.startsWith('POST ')).length;
  const lazyNames = Object.keys(sizes?.lazy ?? {});
  const mustBeLazy = ['wallet', 'cashback', 'summary', 'benefit-detail', 'voucher', 'uqr'];
  return [
    {
      target: 'First screen at most 1.3× the floor page',
      figure: firstScreen ? `${firstScreen.ratio.toFixed(2)}× (${firstScreen.hub.median.toFixed(0)} ms vs ${firstScreen.floor.median.toFixed(0)} ms)` : '—',
      met: firstScreen && firstScreen.ratio <= 1.3,
    },
    {
      target: '5,000 benefits: no long task over 50 ms while scrolling',
      figure: fiveThousand
        ? `${fiveThousand.longTasksWhileScrolling.max} at most in ${fiveThousand.longTasksWhileScrolling.runs} runs; longest ${fiveThousand.longestTaskWhileScrollingMs.max.toFixed(0)} ms`
        : '—',
      met: fiveThousand && fiveThousand.longTasksWhileScrolling.max === 0,
    },
    {
      target: 'Heap growth under 1 MB over 100 mount / unmount cycles',
      figure: memory ? `${memory.growthKB.median.toFixed(0)} KB (largest run ${memory.growthKB.max.toFixed(0)} KB)` : '—',
      met: memory && memory.growthKB.max < KB,
    },
    {
      target: 'First screen at most 2 API requests',
      figure: requests ? String(requests.firstScreen.length) : '—',
      met: requests && requests.firstScreen.length <= 2,
    },
    {
      target: 'A revisited tab makes 0 requests',
      figure: requests ? `${requests.catalogRevisit.length} (benefits), ${requests.walletRevisit.length} (wallet)` : '—',
      met: requests && requests.catalogRevisit.length + requests.walletRevisit.length === 0,
    },
    {
      target: 'A claim makes 1 request plus the refreshes it must cause',
      figure: requests ? `${claimPosts} claim + ${requests.claim.length - claimPosts} refresh (${requests.claim.join(', ')})` : '—',
      met: requests && claimPosts === 1 && extraClaimRequests(requests.claim).length === 0,
    },
    {
      target: 'The whole drop-in as one file at most 40 KB gzipped',
      figure: sizes ? `${kb(sizes.dropIn.gzip)} (every element in one file: ${kb(sizes.everyElementOneFile.gzip)})` : '—',
      met: sizes && sizes.dropIn.gzip <= 40 * KB,
    },
    {
      target: "The hub's first screen as ESM at most 30 KB gzipped",
      figure: sizes ? kb(sizes.hubFirstScreen.gzip) : '—',
      met: sizes && sizes.hubFirstScreen.gzip <= 30 * KB,
    },
    {
      target: 'The other views and the QR code load lazily',
      figure: sizes ? `lazy: ${lazyNames.join(', ')}` : '—',
      met: sizes && mustBeLazy.every((name) => lazyNames.includes(name)),
    },
  ];
}
