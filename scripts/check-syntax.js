// The syntax check over what ships: every `.js` file the build wrote must parse, and call no built-in,
// on the oldest engine of the declared matrix (package.json's `browserslist`, docs/browser-support.md).
// es-check reads the same browserslist and names the file and the feature, with the versions that lack it.
//   npm run check-syntax                    every package's dist, the drop-in among them
//   node scripts/check-syntax.js 'dir/**/*.js'
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ES_CHECK = `${ROOT}node_modules/.bin/es-check`;

/** What `npm run build` ships: each package's ESM and the drop-in. */
export const SHIPPED = ['packages/*/dist/**/*.js'];

/**
 * Checks the files `patterns` match (globs relative to the repository root); resolves with whether all
 * passed and es-check's report, which names each failing file and feature.
 * @param {string[]} patterns
 */
export function checkSyntax(patterns) {
  // `checkBrowser` takes the ES version and the engines from the browserslist; `checkFeatures` also
  // looks for built-ins (Object.hasOwn, Array.prototype.at) newer than those engines.
  const run = spawnSync(ES_CHECK, ['checkBrowser', ...patterns, '--module', '--checkFeatures', '--noColor'], { cwd: ROOT, encoding: 'utf8' });
  const report = `${run.stdout}${run.stderr}`
    .split('\n')
    .filter((line) => !/^\s+at /.test(line))
    .join('\n');
  return { ok: run.status === 0, report };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { ok, report } = checkSyntax(process.argv.length > 2 ? process.argv.slice(2) : SHIPPED);
  console.log(report.trim());
  process.exitCode = ok ? 0 : 1;
}
