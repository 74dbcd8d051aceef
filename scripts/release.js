// Cuts a release with changesets: versions every published package from the pending changesets (one
// fixed version for all, see docs/releasing.md), writes each CHANGELOG.md, builds and publishes.
//   npm run release -- --dry-run   prints the next versions, the CHANGELOG entries and what each tarball
//                                  holds, and changes nothing: the versioning runs in a copy.
//   npm run release                versions, builds and publishes (`changeset publish`).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const CHANGESET = join(ROOT, 'node_modules/@changesets/cli/bin.js');

/** The packages a release publishes: every workspace package that is not private. */
export function publishedPackages(root = ROOT) {
  return readdirSync(join(root, 'packages'))
    .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8')) }))
    .filter(({ manifest }) => !manifest.private);
}

/** The newest entry of a CHANGELOG.md: from its first `## ` heading to the next. */
export function newestEntry(/** @type {string} */ changelog) {
  const [, entry = ''] = /^(## [\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog) ?? [];
  return entry.trim();
}

/**
 * Versions a copy of the repository's manifests and changesets and reports what the release would be:
 * `{ name, from, to, entry }` per published package. The repository itself is not touched.
 */
export function planRelease(root = ROOT) {
  const copy = mkdtempSync(join(tmpdir(), 'rights-kit-release-'));
  try {
    cpSync(join(root, 'package.json'), join(copy, 'package.json'));
    cpSync(join(root, '.changeset'), join(copy, '.changeset'), { recursive: true });
    const workspaces = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).workspaces ?? [];
    const folders = workspaces.flatMap((/** @type {string} */ pattern) =>
      pattern.endsWith('/*') ? readdirSync(join(root, pattern.slice(0, -2))).map((folder) => join(pattern.slice(0, -2), folder)) : [pattern],
    );
    for (const folder of folders) {
      for (const file of ['package.json', 'CHANGELOG.md']) {
        if (existsSync(join(root, folder, file))) cpSync(join(root, folder, file), join(copy, folder, file));
      }
    }
    symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'));
    try {
      execFileSync(process.execPath, [CHANGESET, 'version'], { cwd: copy, encoding: 'utf8', stdio: 'pipe' });
    } catch (error) {
      throw new Error(`changeset version failed:\n${/** @type {{ stderr?: string }} */ (error).stderr ?? error}`, { cause: error });
    }
    return publishedPackages(root).map(({ folder, manifest }) => {
      const next = JSON.parse(readFileSync(join(copy, 'packages', folder, 'package.json'), 'utf8'));
      const changelog = join(copy, 'packages', folder, 'CHANGELOG.md');
      return { name: manifest.name, from: manifest.version, to: next.version, entry: existsSync(changelog) ? newestEntry(readFileSync(changelog, 'utf8')) : '' };
    });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--dry-run')) {
    const plan = planRelease();
    for (const { name, from, to, entry } of plan) {
      console.log(`\n${name}: ${from} -> ${to}${from === to ? ' (no changesets: not released)' : ''}`);
      if (entry) console.log(entry.replace(/^/gm, '  '));
      const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', name], { cwd: ROOT, encoding: 'utf8' }));
      console.log(`  tarball: ${pack.files.length} files, ${(pack.size / 1024).toFixed(1)} KB packed, ${(pack.unpackedSize / 1024).toFixed(1)} KB unpacked`);
    }
    console.log('\nDry run: nothing was versioned, built or published.');
  } else {
    const run = (/** @type {string} */ command, /** @type {string[]} */ args) => execFileSync(command, args, { cwd: ROOT, stdio: 'inherit' });
    run(process.execPath, [CHANGESET, 'version']);
    run('npm', ['install', '--package-lock-only', '--no-audit', '--no-fund']);
    run('npm', ['run', 'build']);
    run(process.execPath, [CHANGESET, 'publish']);
  }
}
