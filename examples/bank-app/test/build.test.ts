// The demo's production build as `npm start` makes it: no warning on the way, and every file it ships
// parses on the oldest engine of the declared browser matrix (docs/browser-support.md).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, createLogger } from 'vite';
import { describe, expect, it } from 'vitest';
import { checkSyntax } from '../../../scripts/check-syntax.js';

const CONFIG = fileURLToPath(new URL('../vite.config.ts', import.meta.url));

describe('the demo build', () => {
  it('warns of nothing and ships only what the matrix parses', async () => {
    const outDir = mkdtempSync(join(tmpdir(), 'rights-kit-demo-build-'));
    const warnings: string[] = [];
    const logger = createLogger('warn');
    logger.warn = (message) => void warnings.push(message);
    logger.warnOnce = logger.warn;
    await build({ configFile: CONFIG, customLogger: logger, build: { outDir } });
    expect(warnings).toEqual([]);

    const { ok, report } = checkSyntax([`${outDir}/**/*.js`]);
    expect(report).not.toContain('Unsupported');
    expect(ok).toBe(true);
  }, 120_000);
});
