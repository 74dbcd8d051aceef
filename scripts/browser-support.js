// The declared browser matrix (docs/browser-support.md) as the build and the checks read it: one query,
// kept in the root package.json's `browserslist`, so the syntax the build lowers to, the syntax check
// over what it writes and the lint of the APIs the sources call can never disagree.
import browserslist from 'browserslist';
import browserslistToEsbuild from 'browserslist-to-esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The browserslist query: every engine rights-kit supports, at its oldest version. */
export const BROWSERSLIST = /** @type {string[]} */ (browserslist.loadConfig({ path: ROOT }));
if (!BROWSERSLIST) throw new Error(`No browserslist in ${ROOT}package.json: it declares the browser matrix.`);

/** The same matrix as esbuild targets (`['chrome87', 'ios15', 'safari15']`), for lowering syntax. */
export const ESBUILD_TARGET = browserslistToEsbuild(BROWSERSLIST);
