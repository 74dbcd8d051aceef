// `npm run bench`: builds the packages and the bench's pages, serves them with the sandbox on loopback,
// measures in a phone-sized Chromium with the CPU slowed, and writes reports/bench/report.{md,json}.
// See docs/performance.md for what each figure means and the targets it is held to.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { arch, cpus, platform, release, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { CPU_SLOWDOWN, launchBrowser } from './lib/browser.js';
import { toMarkdown } from './lib/report.js';
import { buildSite, OUT, ROOT } from './lib/site.js';
import { judge } from './lib/targets.js';
import { measureClientParse, thousandBenefitPage } from './measures/client-parse.js';
import { measureFirstScreen } from './measures/first-screen.js';
import { measureLongList } from './measures/long-lists.js';
import { measureMemory } from './measures/memory.js';
import { measureRequests } from './measures/requests.js';
import { measureSizes } from './measures/sizes.js';

const MEASURES = ['first-screen', 'long-lists', 'memory', 'requests', 'client', 'size'];
const LONG_LISTS = [1000, 5000];

const USAGE = `Usage: npm run bench -- [options]

  --only <list>   measure only these, comma-separated: ${MEASURES.join(', ')}
  --quick         fewer runs, to check the harness works (figures are rough)
  --no-build      use the packages' dist as it is (after your own \`npm run build\`)
  --help          show this help

Writes reports/bench/report.md and reports/bench/report.json.`;

const { values: options } = parseArgs({
  options: { only: { type: 'string' }, quick: { type: 'boolean', default: false }, 'no-build': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
});
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}
const selected = options.only ? options.only.split(',').map((name) => name.trim()) : MEASURES;
const unknown = selected.filter((name) => !MEASURES.includes(name));
if (unknown.length > 0) {
  console.error(`Unknown measurement: ${unknown.join(', ')}\n\n${USAGE}`);
  process.exit(1);
}
const wants = (/** @type {string} */ name) => selected.includes(name);
// Enough runs for a median to mean something; the long fling is slow, so it runs fewer times.
const RUNS = options.quick ? { firstScreen: 3, longLists: 1, memory: 1, parse: 5 } : { firstScreen: 15, longLists: 3, memory: 3, parse: 30 };

const step = (/** @type {string} */ message) => console.log(`· ${message}`);

if (!options['no-build']) {
  step('building the packages (npm run build)');
  const build = spawnSync('npm', ['run', 'build', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
step('building the bench pages');
const site = await buildSite();
// Imported once the packages are built: the sandbox runs from the mock package's dist.
const { serveCatalogOf, serveSeed } = await import('./lib/sandbox.js');

const browser = await launchBrowser();
const chromiumVersion = browser.version();
const sandbox = await serveSeed();
/** @type {Record<string, unknown>} */
const results = {};
try {
  if (wants('size')) {
    step('sizes');
    results.sizes = measureSizes({ hub: site.pages.hub ?? [], client: site.client, everyElement: site.everyElement, dropInPath: new URL('packages/elements/dist/rights-kit.iife.js', ROOT).pathname });
  }
  if (wants('first-screen')) {
    step(`first screen: the hub and the floor page, ${RUNS.firstScreen} runs each`);
    results.firstScreen = await measureFirstScreen({ browser, origin: sandbox.url, runs: RUNS.firstScreen });
  }
  if (wants('requests')) {
    step('API requests: first screen, revisited tabs, a claim');
    results.requests = await measureRequests({ browser, origin: sandbox.url });
  }
  if (wants('memory')) {
    step(`memory: 100 mount / unmount cycles of the hub, ${RUNS.memory} runs`);
    results.memory = await measureMemory({ browser, origin: sandbox.url, runs: RUNS.memory });
  }
  if (wants('long-lists') || wants('client')) {
    const lists = [];
    for (const size of LONG_LISTS) {
      const large = await serveCatalogOf(size);
      try {
        if (wants('long-lists')) {
          step(`long list: ${size} benefits, ${RUNS.longLists} flings to the end`);
          lists.push(await measureLongList({ browser, origin: large.url, runs: RUNS.longLists }));
        }
        if (wants('client') && size === LONG_LISTS[0]) {
          step(`client: a 1,000-benefit page, ${RUNS.parse} runs`);
          results.clientParse = await measureClientParse({ browser, origin: sandbox.url, body: await thousandBenefitPage(large.url), runs: RUNS.parse });
        }
      } finally {
        await large.close();
      }
    }
    if (lists.length > 0) results.longLists = lists;
  }
} finally {
  await sandbox.close();
  await browser.close();
}

const cpu = cpus();
const report = {
  date: new Date().toISOString(),
  commit: execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim(),
  machine: {
    cpu: cpu[0]?.model ?? 'unknown CPU',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()} ${arch()}`,
    node: process.versions.node,
    chromium: chromiumVersion,
  },
  settings: { viewport: '390×844', cpuSlowdown: CPU_SLOWDOWN, quick: options.quick, runs: RUNS },
  results,
  targets: judge(results),
};

writeFileSync(new URL('report.json', OUT), `${JSON.stringify(report, null, 2)}\n`);
const markdown = toMarkdown(report);
writeFileSync(new URL('report.md', OUT), markdown);
console.log(`\n${markdown}\nWritten: reports/bench/report.md, reports/bench/report.json`);
