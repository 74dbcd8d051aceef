import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rollup } from 'rollup';
import { describe, expect, it } from 'vitest';
import configs from '../rollup.config.js';
import { dropInProblem } from './drop-in.js';

describe('the drop-in build', () => {
  it("inlines Lit's production build even when started from a test run", async () => {
    // vitest sets NODE_ENV=test, as a bank's own test run would when it builds the drop-in.
    expect(process.env.NODE_ENV).toBe('test');
    const dropIn = configs.at(-1)!;
    const bundle = await rollup({ ...dropIn, onwarn: () => {} });
    try {
      const { output } = await bundle.generate(dropIn.output);
      expect(output[0].code).not.toContain('Lit is in dev mode');
      expect(output[0].code).toContain('customElements');
      // Minified, yet a host's logs still say which error it was (`error.name` is the class's name).
      for (const name of ['RightsError', 'ApiError', 'NotFoundError', 'SessionExpiredError', 'NetworkError']) expect(output[0].code).toMatch(new RegExp(`class ${name}\\b`));
    } finally {
      await bundle.close();
    }
  }, 120_000);

  it('counts a drop-in left by a development build as one to build again, as it does a missing one', () => {
    const folder = mkdtempSync(join(tmpdir(), 'rights-kit-drop-in-'));
    const development = join(folder, 'development.js');
    const production = join(folder, 'production.js');
    writeFileSync(development, 'console.warn("Lit is in dev mode. Not recommended for production!");');
    writeFileSync(production, '(function(){customElements.define("rights-provider",class extends HTMLElement{})})();');
    expect(dropInProblem(development)).toBe("built with Lit's development build");
    expect(dropInProblem(join(folder, 'missing.js'))).toBe('missing');
    expect(dropInProblem(production)).toBeUndefined();
  });
});
