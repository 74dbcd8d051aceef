// The .d.ts files a package ships name only modules its consumers get types for: its own dependencies
// (with their @types/ package when the dependency has no types of its own) and, for `node:` modules,
// @types/node. Otherwise a consumer type-checking with `skipLibCheck: false` fails in our files (TS7016,
// TS2307). Checked on what `npm run build` writes for the packages that run in Node, which the node tests'
// global setup builds.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const require = createRequire(import.meta.url);

/** Every bare module specifier the package's .d.ts files import or reference. */
function importedModules(dist: string): Set<string> {
  const specifiers = new Set<string>();
  for (const file of readdirSync(dist, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.d.ts'))) {
    const text = readFileSync(`${dist}/${file}`, 'utf8');
    for (const [, specifier] of text.matchAll(/(?:from|import\()\s*['"]([^'".][^'"]*)['"]/g)) specifiers.add(specifier!);
  }
  return specifiers;
}

/** The package a specifier belongs to: `@scope/name` or `name`. */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Whether a dependency ships types of its own. */
function hasOwnTypes(name: string): boolean {
  const manifest = JSON.parse(readFileSync(require.resolve(`${name}/package.json`, { paths: [ROOT] }), 'utf8')) as Record<string, unknown>;
  return Boolean(manifest.types ?? manifest.typings) || JSON.stringify(manifest.exports ?? {}).includes('"types"') || existsSync(`${ROOT}node_modules/${name}/index.d.ts`);
}

describe.each(['contract', 'mock', 'server'])('@rights-kit/%s’s shipped types', (name) => {
  it('import only what its package.json gives a consumer types for', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}packages/${name}/package.json`, 'utf8')) as { dependencies?: Record<string, string>; peerDependencies?: Record<string, string> };
    const declared = new Set([...Object.keys(pkg.dependencies ?? {}), ...Object.keys(pkg.peerDependencies ?? {})]);
    const imported = importedModules(`${ROOT}packages/${name}/dist`);
    expect(imported.size, 'a build of the package (the node tests’ global setup makes one)').toBeGreaterThan(0);
    const unresolvable = [...imported].filter((specifier) => {
      if (specifier.startsWith('node:')) return !declared.has('@types/node');
      const dependency = packageOf(specifier);
      if (!declared.has(dependency)) return true;
      return !hasOwnTypes(dependency) && !declared.has(`@types/${dependency.replace(/^@([^/]+)\//, '$1__')}`);
    });
    expect(unresolvable).toEqual([]);
  });
});
