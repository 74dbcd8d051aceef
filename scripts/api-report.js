// The API reports of the published packages: for every typed entry, the public signatures as API
// Extractor reads them from the built declarations, committed in packages/<name>/etc/, so a change to
// what a bank's code compiles against shows in review as a diff of one file.
//   npm run api-report            writes the reports after a build (`npm run build` first)
//   npm run api-report -- --check fails, with the diff, when a built signature differs from its report
// The elements' report is their manifest (tags, attributes, properties, events, parts, CSS properties):
// packages/elements/etc/elements.api.md, written by `npm run api-docs` with the other files rendered
// from custom-elements.json. Not reported here: `./define/*` only registers tags, the drop-in's global
// re-exports the main entry, and `./react` and `./vue` are rendered from the manifest.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Extractor, ExtractorConfig, ExtractorLogLevel, ExtractorMessageCategory } from '@microsoft/api-extractor';
import { publishedPackages } from './release.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
/** Subpaths whose API another report holds (see above). */
const REPORTED_ELSEWHERE = /^\.\/(define\/|rights-kit\.iife\.js$|react$|vue$)/;

/**
 * The entries of a package that get a report: `{ name, declarations }`, e.g. `contract-openapi` for
 * `@rights-kit/contract/openapi`, read from package.json's `exports`.
 * @param {{ name: string, exports?: Record<string, unknown> }} manifest
 */
export function reportedEntries(manifest) {
  const unscoped = manifest.name.replace(/^@[^/]+\//, '');
  return Object.entries(manifest.exports ?? {}).flatMap(([subpath, target]) => {
    const types = typeof target === 'object' && target ? /** @type {{ types?: string }} */ (target).types : undefined;
    if (!types?.endsWith('.d.ts') || REPORTED_ELSEWHERE.test(subpath)) return [];
    return [
      {
        name: subpath === '.' ? unscoped : `${unscoped}-${subpath.slice(2).replaceAll('/', '-')}`,
        declarations: types,
      },
    ];
  });
}

/**
 * Runs API Extractor on one entry and returns the report it reads, written to a temporary folder, with
 * what the committed report at `packages/<folder>/etc/<name>.api.md` is.
 * @param {string} packageFolder  absolute
 * @param {{ name: string, declarations: string }} entry
 */
export function extractReport(packageFolder, { name, declarations }) {
  const temp = mkdtempSync(join(tmpdir(), 'rights-kit-api-'));
  try {
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: packageFolder,
        mainEntryPointFilePath: join(packageFolder, declarations),
        compiler: {
          // As a consumer compiles the built package: Node's ESM resolution, the DOM, and nothing of ours.
          overrideTsconfig: {
            compilerOptions: {
              module: 'nodenext',
              moduleResolution: 'nodenext',
              target: 'es2022',
              lib: ['es2022', 'dom', 'dom.iterable'],
              strict: true,
              skipLibCheck: true,
              types: [],
            },
            files: [join(packageFolder, declarations)],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName: name,
          reportFolder: join(packageFolder, 'etc'),
          reportTempFolder: temp,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        messages: {
          compilerMessageReporting: {
            default: { logLevel: ExtractorLogLevel.Error },
          },
          // Release tags (@public, @beta) are not how this project marks its API; a type used by the API
          // but not exported is worth seeing in review, so it is written into the report.
          extractorMessageReporting: {
            default: { logLevel: ExtractorLogLevel.None },
            'ae-forgotten-export': {
              logLevel: ExtractorLogLevel.None,
              addToApiReportFile: true,
            },
          },
          tsdocMessageReporting: {
            default: { logLevel: ExtractorLogLevel.None },
          },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(packageFolder, 'package.json'),
    });
    /** @type {string[]} */
    const problems = [];
    Extractor.invoke(config, {
      localBuild: false,
      messageCallback: (message) => {
        // The comparison with the committed report is this script's own (console-api-report-*).
        const serious = message.logLevel === ExtractorLogLevel.Error || message.logLevel === ExtractorLogLevel.Warning;
        if (serious && message.category !== ExtractorMessageCategory.Console) problems.push(message.formatMessageWithLocation(packageFolder));
        message.handled = true;
      },
    });
    if (problems.length > 0) throw new Error(`API Extractor could not read ${declarations} of ${packageFolder}:\n${problems.join('\n')}`);
    const committed = join(packageFolder, 'etc', `${name}.api.md`);
    return {
      path: committed,
      report: readFileSync(join(temp, `${name}.api.md`), 'utf8'),
      committed: existsSync(committed) ? readFileSync(committed, 'utf8') : undefined,
    };
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/** A unified diff of two texts, for the failure message. */
function diff(/** @type {string} */ path, /** @type {string} */ before, /** @type {string} */ after) {
  const temp = mkdtempSync(join(tmpdir(), 'rights-kit-api-diff-'));
  try {
    const [a, b] = [join(temp, 'committed'), join(temp, 'built')];
    writeFileSync(a, before);
    writeFileSync(b, after);
    try {
      execFileSync('git', ['diff', '--no-index', '--no-color', '--no-prefix', '--', a, b], { encoding: 'utf8' });
      return '';
    } catch (error) {
      return /** @type {{ stdout: string }} */ (error).stdout.replaceAll(a, `${path} (committed)`).replaceAll(b, `${path} (built)`);
    }
  } finally {
    rmSync(temp, { recursive: true, force: true });
  }
}

/**
 * Compares (or, with `write`, updates) every report of the packages under `root`. Returns the reports
 * that differ from what is committed, each with its diff.
 */
export function apiReports({ root = ROOT, write = false } = {}) {
  /** @type {{ path: string, diff: string }[]} */
  const changed = [];
  for (const { folder, manifest } of publishedPackages(root)) {
    const packageFolder = join(root, 'packages', folder);
    for (const entry of reportedEntries(manifest)) {
      const { path, report, committed } = extractReport(packageFolder, entry);
      if (report === committed) continue;
      if (write) {
        mkdirSync(join(packageFolder, 'etc'), { recursive: true });
        writeFileSync(path, report);
      }
      changed.push({
        path: path.slice(root.length),
        diff: diff(path.slice(root.length), committed ?? '', report),
      });
    }
  }
  return changed;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const check = process.argv.includes('--check');
  const changed = apiReports({ write: !check });
  if (!check) for (const { path } of changed) console.log(`wrote ${path}`);
  else if (changed.length === 0) console.log('The API reports match the built packages.');
  else {
    for (const { diff: text } of changed) console.log(text);
    console.log(`The public API changed without its report: ${changed.map(({ path }) => path).join(', ')}.`);
    console.log('If the change is meant, run `npm run build && npm run api-report` and commit the reports; the diff is what a reviewer reads.');
    process.exitCode = 1;
  }
}
