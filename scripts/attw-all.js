// Packs every published package and asks "Are the types wrong?" (attw) about each of its entries, as a
// consumer's TypeScript would resolve them. The packages are ESM only, so the esm-only profile: CommonJS
// resolution is out of scope, a wrong or missing type under node16 or a bundler is a failure. A wildcard
// export (`./define/*`) is checked through every file it matches in the built package.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { publishedPackages } from './release.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const ATTW = join(ROOT, 'node_modules/@arethetypeswrong/cli/dist/index.js');

/** `./define/*` → `./define/all`, `./define/catalog`, … from the built files the pattern maps to. */
function wildcardEntries(/** @type {string} */ folder, /** @type {Record<string, unknown>} */ exports) {
  return Object.entries(exports).flatMap(([subpath, target]) => {
    if (!subpath.includes('*')) return [];
    const file = typeof target === 'string' ? target : /** @type {{ default: string }} */ (target).default;
    const [dir, suffix] = [file.slice(0, file.lastIndexOf('/')), file.slice(file.indexOf('*') + 1)];
    return readdirSync(join(ROOT, 'packages', folder, dir))
      .filter((name) => name.endsWith(suffix))
      .map((name) => subpath.replace('*', name.slice(0, -suffix.length)));
  });
}

let failed = 0;
for (const { folder, manifest } of publishedPackages()) {
  const extra = wildcardEntries(folder, manifest.exports ?? {});
  const args = [ATTW, '--pack', '.', '--profile', 'esm-only', '--format', 'table-flipped', ...(extra.length ? ['--include-entrypoints', ...extra] : [])];
  try {
    execFileSync(process.execPath, args, {
      cwd: join(ROOT, 'packages', folder),
      encoding: 'utf8',
      stdio: 'pipe',
    });
    console.log(`${manifest.name}: all good (${Object.keys(manifest.exports ?? {}).length - (extra.length ? 1 : 0) + extra.length} entries)`);
  } catch (error) {
    failed += 1;
    console.log(`${manifest.name}:\n${/** @type {{ stdout?: string }} */ (error).stdout ?? error}`);
  }
}
process.exitCode = failed === 0 ? 0 : 1;
