// CI's check that a change to what a published package ships comes with a changeset, so every release's
// CHANGELOG says what changed. Compares the branch with where it left main; on main itself, or a clone
// without main's history, there is nothing to compare and it says so.
//   npm run check-changeset
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { publishedPackages } from './release.js';

/** Whether `path` is part of what a published package ships: its source or its manifest, not its tests. */
const ships = (/** @type {string} */ path, /** @type {string[]} */ folders) =>
  folders.some((folder) => path.startsWith(`packages/${folder}/src/`) || path === `packages/${folder}/package.json`) &&
  !/\.(test|stories)\.ts$|\/src\/test\//.test(path);

/**
 * The changed files that need a changeset and have none: empty when no shipped file changed or a
 * changeset (`.changeset/*.md` other than its README) came with them.
 * @param {string[]} changed  paths relative to the repository root
 * @param {string[]} folders  the published packages' folders under packages/
 */
export function missingChangeset(changed, folders) {
  if (changed.some((path) => /^\.changeset\/(?!README\.md$)[^/]+\.md$/.test(path))) return [];
  return changed.filter((path) => ships(path, folders));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const git = (/** @type {string[]} */ args) => execFileSync('git', args, { encoding: 'utf8' }).trim();
  const base = ['origin/main', 'main'].find((ref) => {
    try {
      return git(['merge-base', 'HEAD', ref]) !== git(['rev-parse', 'HEAD']);
    } catch {
      return false;
    }
  });
  if (!base) {
    console.log('check-changeset: no base branch to compare with (this is main, or a clone without it): nothing to check.');
  } else {
    const changed = git(['diff', '--name-only', `${git(['merge-base', 'HEAD', base])}...HEAD`]).split('\n').filter(Boolean);
    const missing = missingChangeset(changed, publishedPackages().map(({ folder }) => folder));
    if (missing.length > 0) {
      console.error(`check-changeset: these changes to published packages come with no changeset (run \`npx changeset\`):\n  ${missing.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log(`check-changeset: ${changed.length} changed files since ${base}; every change to a published package has a changeset.`);
    }
  }
}
