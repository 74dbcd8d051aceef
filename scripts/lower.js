// Lowers what the build writes to the declared browser matrix (scripts/browser-support.js): esbuild
// rewrites syntax the oldest engine lacks (class static blocks before Safari 16.4 and Chrome 94, `#x in`
// before Chrome 91) into what it parses, and leaves alone what every engine in the matrix has. It runs on
// each rendered chunk, so the dependencies a bundle inlines (Lit in the drop-in) are lowered too.
import { transform } from 'esbuild';
import { ESBUILD_TARGET } from './browser-support.js';

/** `code` (JavaScript) lowered to the matrix, with a source map and esbuild's warnings. */
export async function lower(/** @type {string} */ code, /** @type {string} */ fileName) {
  return transform(code, { loader: 'js', target: ESBUILD_TARGET, sourcemap: 'external', sourcefile: fileName });
}

/** @returns {import('rollup').Plugin} */
export function lowerToMatrix() {
  return {
    name: 'lower-to-matrix',
    async renderChunk(code, chunk) {
      const lowered = await lower(code, chunk.fileName);
      for (const warning of lowered.warnings) this.warn(`${chunk.fileName}: ${warning.text}`);
      return { code: lowered.code, map: lowered.map };
    },
  };
}
