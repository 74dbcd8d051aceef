// 6. Size: bytes on the wire, gzip (level 9) and brotli (quality 11), of the one-file drop-in, the hub's
// first screen and each chunk it loads later, and the client alone.
import { readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** @param {string} code */
export function compressed(code) {
  const bytes = Buffer.from(code);
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
}

/** A chunk's name without its content hash: `chunks/wallet-1a2b3c.js` → `wallet`. */
const chunkName = (/** @type {string} */ file) => file.replace(/^chunks\//, '').replace(/-[\w-]{8}\.js$|\.js$/, '');

/**
 * @param {{ hub: import('../lib/site.js').BuiltChunk[], client: string, everyElement: string, dropInPath: string }} built
 */
export function measureSizes({ hub, client, everyElement, dropInPath }) {
  const initial = hub.filter((chunk) => chunk.initial);
  return {
    dropIn: compressed(readFileSync(dropInPath, 'utf8')),
    everyElementOneFile: compressed(everyElement),
    client: compressed(client),
    // The first screen as the phone fetches it: each initial file compressed on its own, summed.
    hubFirstScreen: sum(initial.map((chunk) => compressed(chunk.code))),
    hubFirstScreenFiles: initial.map((chunk) => chunk.file),
    lazy: Object.fromEntries(hub.filter((chunk) => !chunk.initial).map((chunk) => [chunkName(chunk.file), compressed(chunk.code)])),
  };
}

/** @param {ReturnType<typeof compressed>[]} sizes */
function sum(sizes) {
  return sizes.reduce((total, size) => ({ minified: total.minified + size.minified, gzip: total.gzip + size.gzip, brotli: total.brotli + size.brotli }), {
    minified: 0,
    gzip: 0,
    brotli: 0,
  });
}
