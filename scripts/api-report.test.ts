// The API report check, on a small package of its own: it passes while the built declarations match the
// committed report and fails, with the diff, when a public signature changes without it.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { apiReports, reportedEntries } from './api-report.js';

let root: string | undefined;
afterEach(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

/** A repository with one published package, `@example/wallet`, whose built entry is `declarations`. */
function repository(declarations: string) {
  root ??= `${mkdtempSync(join(tmpdir(), 'rights-kit-api-test-'))}/`;
  mkdirSync(join(root, 'packages/wallet/dist'), { recursive: true });
  const manifest = {
    name: '@example/wallet',
    version: '1.0.0',
    type: 'module',
    exports: {
      '.': { types: './dist/index.d.ts', default: './dist/index.js' },
      './package.json': './package.json',
    },
  };
  writeFileSync(join(root, 'packages/wallet/package.json'), JSON.stringify(manifest));
  writeFileSync(join(root, 'packages/wallet/dist/index.d.ts'), declarations);
  return root;
}

describe('npm run api-report', () => {
  it('names a report for each typed entry and none for the JSON ones or what other reports hold', () => {
    const exports = {
      '.': { types: './dist/index.d.ts' },
      './openapi': { types: './dist/openapi.d.ts' },
      './define/*': { types: './dist/define/*.d.ts' },
      './react': { types: './frameworks/react.d.ts' },
      './openapi.json': './dist/openapi.json',
    };
    expect(reportedEntries({ name: '@rights-kit/contract', exports })).toEqual([
      { name: 'contract', declarations: './dist/index.d.ts' },
      { name: 'contract-openapi', declarations: './dist/openapi.d.ts' },
    ]);
  });

  it('passes while the signatures match the committed report, and fails with the diff when one changes', () => {
    const before = 'export declare function claim(benefitId: string): Promise<void>;\n';
    const written = apiReports({ root: repository(before), write: true });
    expect(written.map(({ path }) => path)).toEqual(['packages/wallet/etc/wallet.api.md']);
    expect(apiReports({ root: repository(before) })).toEqual([]);

    const changed = apiReports({
      root: repository('export declare function claim(benefitId: string, cardId: string): Promise<void>;\n'),
    });
    expect(changed.map(({ path }) => path)).toEqual(['packages/wallet/etc/wallet.api.md']);
    expect(changed[0]!.diff).toContain('-export function claim(benefitId: string): Promise<void>;');
    expect(changed[0]!.diff).toContain('+export function claim(benefitId: string, cardId: string): Promise<void>;');
  });
});
