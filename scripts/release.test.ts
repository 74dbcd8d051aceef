import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { missingChangeset } from './check-changeset.js';
import { newestEntry, planRelease } from './release.js';

const FOLDERS = ['client', 'contract', 'elements'];

describe('the release dry run', () => {
  it('gives every published package its next version and CHANGELOG entry, and leaves the repository as it was', () => {
    const status = () => execFileSync('git', ['status', '--porcelain'], { encoding: 'utf8' });
    const before = status();
    const plan = planRelease();
    expect(plan.map(({ name }) => name).sort()).toEqual(['@rights-kit/client', '@rights-kit/contract', '@rights-kit/elements', '@rights-kit/mock', '@rights-kit/server', '@rights-kit/webview']);
    // One fixed version for every package.
    expect(new Set(plan.map(({ to }) => to)).size).toBe(1);
    for (const { from, to, entry } of plan) {
      if (from === to) continue;
      expect(entry).toMatch(new RegExp(`^## ${to.replaceAll('.', '\\.')}\\n`));
    }
    expect(status()).toBe(before);
  }, 30_000);

  it('reads the newest entry of a CHANGELOG', () => {
    expect(newestEntry('# @rights-kit/client\n\n## 0.3.0\n\n- Newer\n\n## 0.2.0\n\n- Older\n')).toBe('## 0.3.0\n\n- Newer');
  });
});

describe('the changeset check', () => {
  it('asks for a changeset when what a package ships changed', () => {
    expect(missingChangeset(['packages/client/src/core/retry.ts', 'docs/client.md'], FOLDERS)).toEqual(['packages/client/src/core/retry.ts']);
    expect(missingChangeset(['packages/elements/package.json'], FOLDERS)).toEqual(['packages/elements/package.json']);
  });

  it('is satisfied by a changeset, and asks none for tests, docs or unpublished folders', () => {
    expect(missingChangeset(['packages/client/src/core/retry.ts', '.changeset/brave-owls-sing.md'], FOLDERS)).toEqual([]);
    expect(missingChangeset(['packages/client/src/core/retry.ts', '.changeset/README.md'], FOLDERS)).toEqual(['packages/client/src/core/retry.ts']);
    expect(missingChangeset(['packages/client/src/core/retry.test.ts', 'packages/elements/src/test/fixture.ts', 'examples/bank-app/main.ts', 'README.md'], FOLDERS)).toEqual([]);
  });
});
