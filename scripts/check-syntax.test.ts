import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkSyntax, SHIPPED } from './check-syntax.js';
import { lower } from './lower.js';

const folder = mkdtempSync(join(tmpdir(), 'rights-kit-syntax-'));
const file = (name: string, code: string) => {
  const path = join(folder, name);
  writeFileSync(path, code);
  return path;
};

// What TypeScript writes for `static styles = …` with `useDefineForClassFields: false`.
const STATIC_BLOCK = 'export class RightsThing extends HTMLElement { static { this.styles = ["a"]; } }\n';

describe('the syntax check at the declared matrix', () => {
  it('fails on a class static block, naming the file, the feature and the engines that lack it', () => {
    const { ok, report } = checkSyntax([file('static-block.js', STATIC_BLOCK)]);
    expect(ok).toBe(false);
    expect(report).toContain('static-block.js');
    expect(report).toMatch(/ClassStaticBlocks \(chrome 87 requires 94, safari_ios 15\.0 requires 16\.4/);
  });

  it('fails on `#field in object` (Chrome 91) and on Object.hasOwn (Safari 15.4, Chrome 93)', () => {
    const { ok, report } = checkSyntax([
      file('brand-check.js', 'export class A { static has(o) { return #x in o; } #x = 1; }\n'),
      file('has-own.js', 'export const own = (o) => Object.hasOwn(o, "a");\n'),
    ]);
    expect(ok).toBe(false);
    expect(report).toMatch(/ErgonomicBrandChecks \(chrome 87 requires 91\)/);
    expect(report).toMatch(/ObjectHasOwn \(chrome 87 requires 93, safari_ios 15\.0 requires 15\.4/);
  });

  it('passes the same class once the build has lowered it, and `??=`, which every engine in the matrix has', async () => {
    const lowered = await lower(STATIC_BLOCK, 'static-block.js');
    expect(lowered.code).not.toMatch(/static\s*\{/);
    const { ok, report } = checkSyntax([file('lowered.js', lowered.code), file('logical-assignment.js', 'export let a; a ??= 1;\n')]);
    expect(report).not.toContain('Unsupported');
    expect(ok).toBe(true);
  });

  it('passes every shipped file built so far (on a fresh clone: the drop-in and what it needs)', () => {
    const { ok, report } = checkSyntax(SHIPPED);
    expect(report).toMatch(/checking \d+ files/);
    expect(report).not.toContain('Unsupported');
    expect(ok).toBe(true);
  });
});
