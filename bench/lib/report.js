// The report: JSON for tools and history, Markdown for people (and docs/performance.md).
import { formatSummary } from './stats.js';
import { judge } from './targets.js';

const kb = (/** @type {number} */ bytes) => (bytes / 1024).toFixed(2);

/** @param {{ minified: number, gzip: number, brotli: number }} size */
const sizeCells = (size) => `${kb(size.minified)} | ${kb(size.gzip)} | ${kb(size.brotli)}`;

/** @param {any} report @returns {string} */
export function toMarkdown(report) {
  const { machine, settings, results } = report;
  const lines = [
    `# rights-kit benchmark`,
    '',
    `${report.date} · commit \`${report.commit}\` · ${machine.cpu} (${machine.cores} cores), ${machine.memoryGiB} GiB, ${machine.os} · Node ${machine.node} · Chromium ${machine.chromium}`,
    `Phone: ${settings.viewport}, touch, CPU slowed ${settings.cpuSlowdown}×; sandbox on loopback. Figures are medians with their interquartile range (IQR) and number of runs (n).`,
    '',
    '## Targets',
    '',
    '| target | figure | met |',
    '| --- | --- | --- |',
    ...judge(results).map((verdict) => `| ${verdict.target} | ${verdict.figure} | ${verdict.met === undefined ? 'not run' : verdict.met ? 'yes' : '**no**'} |`),
  ];
  const { firstScreen, longLists, memory, requests, clientParse, sizes } = results;
  if (firstScreen) {
    lines.push(
      '',
      '## 1. First screen: navigation to the first benefit card painted',
      '',
      `- \`<rights-hub>\`: ${formatSummary(firstScreen.hub)}`,
      `- floor page (plain HTML, \`fetch\`, DOM): ${formatSummary(firstScreen.floor)}`,
      `- ratio: **${firstScreen.ratio.toFixed(2)}×**`,
    );
  }
  if (longLists) {
    lines.push('', '## 2. Long lists: first card, then a scripted fling to the end', '', '| benefits | script to first card | first card | fling to the end | cards in the DOM at the end | long tasks (> 50 ms) while scrolling | longest |', '| --- | --- | --- | --- | --- | --- | --- |');
    for (const list of longLists) {
      lines.push(
        `| ${list.benefits} | ${formatSummary(list.scriptToFirstCardMs)} | ${formatSummary(list.firstCardMs)} | ${formatSummary(list.flingMs)} | ${list.cardsInDomAtEnd.median} | ${list.longTasksWhileScrolling.median} (max ${list.longTasksWhileScrolling.max}) | ${formatSummary(list.longestTaskWhileScrollingMs)} |`,
      );
    }
  }
  if (memory) {
    lines.push(
      '',
      `## 3. Memory: ${memory.cycles} mount / unmount cycles of the hub`,
      '',
      `- heap after GC before the cycles: ${formatSummary(memory.heapBeforeKB, 'KB', 0)}`,
      `- growth: **${formatSummary(memory.growthKB, 'KB', 0)}**`,
      `- one cycle (mount, first card painted, unmount): ${formatSummary(memory.cycleMs)}`,
    );
  }
  if (requests) {
    const list = (/** @type {string[]} */ items) => (items.length === 0 ? 'none' : items.map((item) => `\`${item}\``).join(', '));
    lines.push(
      '',
      '## 4. API requests',
      '',
      '| step | requests | which |',
      '| --- | --- | --- |',
      ...Object.entries({
        'first screen': requests.firstScreen,
        'wallet tab, first visit': requests.walletFirstVisit,
        'back to the benefits tab': requests.catalogRevisit,
        'wallet tab again': requests.walletRevisit,
        'open a voucher benefit': requests.openBenefit,
        'claim it': requests.claim,
      }).map(([step, items]) => `| ${step} | ${items.length} | ${list(items)} |`),
    );
  }
  if (clientParse) {
    lines.push(
      '',
      `## 5. Client: a page of ${clientParse.items} benefits (${kb(clientParse.bytes)} KB of JSON)`,
      '',
      `- \`client.benefits.list()\` (fetch, JSON, validation, zod JIT off): ${formatSummary(clientParse.clientMs, 'ms', 1)}`,
      `- bare \`fetch\` + \`response.json()\`: ${formatSummary(clientParse.fetchJsonMs, 'ms', 1)}`,
      `- ratio: **${clientParse.ratio.toFixed(2)}×**`,
      `- of which \`JSON.parse\` alone: ${formatSummary(clientParse.jsonParseMs, 'ms', 1)}; the contract's validation alone: ${formatSummary(clientParse.validateMs, 'ms', 1)}`,
    );
  }
  if (sizes) {
    lines.push(
      '',
      '## 6. Size (KB; minified, gzip -9, brotli 11)',
      '',
      '| what | minified | gzip | brotli |',
      '| --- | --- | --- | --- |',
      `| drop-in \`rights-kit.iife.js\` (one file) | ${sizeCells(sizes.dropIn)} |`,
      `| every element in one file (not shipped) | ${sizeCells(sizes.everyElementOneFile)} |`,
      `| hub first screen, ESM (${sizes.hubFirstScreenFiles.length} file${sizes.hubFirstScreenFiles.length === 1 ? '' : 's'}) | ${sizeCells(sizes.hubFirstScreen)} |`,
      ...Object.entries(sizes.lazy).map(([name, size]) => `| lazy: ${name} | ${sizeCells(/** @type {any} */ (size))} |`),
      `| client alone (\`createRightsClient\`, \`isRightsError\`) | ${sizeCells(sizes.client)} |`,
    );
  }
  return `${lines.join('\n')}\n`;
}
