// Code 128 (ISO/IEC 15417) encoder, code sets B and C, for vouchers shown as barcodes.
//
// Written here rather than taken from a package: the maintained JavaScript barcode libraries either draw
// to a canvas or the DOM themselves (jsbarcode, bwip-js, with dozens of symbologies: jsbarcode's Code 128
// alone is 2.6 KB gzip and CommonJS only, which the drop-in build cannot bundle), or are unmaintained
// CommonJS (code-128-encoder, 4 KB gzip). This module gives the bars as data, is ESM, and is about
// 1 KB gzip; it is loaded only when a barcode voucher is shown.
//
// Set B covers printable ASCII (32–127), set C packs digit pairs into one symbol. Runs of digits switch
// to C where that makes the symbol shorter (four or more at the end of the data, six or more elsewhere,
// the ISO standard's minimal-length rules); control characters (set A) and anything beyond ASCII are refused.

/**
 * The bar and space widths of symbol values 0–106, in modules, bar first. 103–105 are the start codes
 * A, B and C; 106 is the stop pattern with its final two-module bar.
 */
const PATTERNS = (
  '212222 222122 222221 121223 121322 131222 122213 122312 132212 221213 221312 231212 112232 122132 122231 113222 ' +
  '123122 123221 223211 221132 221231 213212 223112 312131 311222 321122 321221 312212 322112 322211 212123 212321 ' +
  '232121 111323 131123 131321 112313 132113 132311 211313 231113 231311 112133 112331 132131 113123 113321 133121 ' +
  '313121 211331 231131 213113 213311 213131 311123 311321 331121 312113 312311 332111 314111 221411 431111 111224 ' +
  '111422 121124 121421 141122 141221 112214 112412 122114 122411 142112 142211 241211 221114 413111 241112 134111 ' +
  '111242 121142 121241 114212 124112 124211 411212 421112 421211 212141 214121 412121 111143 111341 131141 114113 ' +
  '114311 411113 411311 113141 114131 311141 411131 211412 211214 211232 2331112'
).split(' ');

export const CODE_C = 99;
export const CODE_B = 100;
export const START_B = 104;
export const START_C = 105;
export const STOP = 106;

/** The quiet zone the standard asks for on each side of the symbol, in modules. */
export const QUIET_ZONE = 10;

/** Text that Code 128 sets B and C cannot carry: empty, control characters, or beyond ASCII. */
export class Code128Error extends Error {
  override name = 'Code128Error';
}

export interface Code128 {
  /** Symbol values in order: start code, data (with code set switches), checksum, stop. */
  values: number[];
  /** Widths of the bars and spaces, alternating and starting with a bar, in modules; no quiet zones. */
  widths: number[];
  /** The symbol's width without quiet zones, in modules: 11 for each value, 13 for the stop pattern. */
  modules: number;
}

const isDigit = (code: number) => code >= 48 && code <= 57;

/** The symbol values for `text`, checksum and stop included. */
export function code128Values(text: string): number[] {
  if (text.length === 0) throw new Code128Error('Code 128 needs at least one character');
  const codes = Array.from(text, (character) => character.codePointAt(0) ?? 0);
  const bad = codes.findIndex((code) => code < 32 || code > 127);
  if (bad >= 0) throw new Code128Error(`Code 128 set B cannot carry the character at ${bad}`);
  const at = (index: number) => codes[index] ?? 0;

  // Digits in a row from `index`.
  const digitsFrom = (index: number) => {
    let end = index;
    while (end < codes.length && isDigit(at(end))) end++;
    return end - index;
  };
  // Whether a run of `run` digits from `index` is shorter in set C: a switch costs one symbol (two with
  // the switch back), each pair saves one.
  const worthC = (index: number, run: number) => {
    const even = run - (run % 2);
    return even >= 4 && (index + run === codes.length || even >= 6);
  };

  const values: number[] = [];
  let set: 'B' | 'C';
  let index = 0;
  const leading = digitsFrom(0);
  // The standard's start rule: set C for exactly two digits, or for data that begins with four or more.
  if (leading >= 4 || (leading === 2 && codes.length === 2)) {
    set = 'C';
    values.push(START_C);
  } else {
    set = 'B';
    values.push(START_B);
  }

  while (index < codes.length) {
    if (set === 'C') {
      if (digitsFrom(index) >= 2) {
        values.push((at(index) - 48) * 10 + (at(index + 1) - 48));
        index += 2;
        continue;
      }
      values.push(CODE_B);
      set = 'B';
      continue;
    }
    const run = digitsFrom(index);
    if (run >= 4 && worthC(index, run)) {
      // An odd run leaves its first digit in set B, so set C gets whole pairs.
      if (run % 2 === 1) values.push(at(index++) - 32);
      values.push(CODE_C);
      set = 'C';
      continue;
    }
    values.push(at(index++) - 32);
  }

  const checksum = values.reduce((sum, value, position) => sum + value * Math.max(position, 1), 0) % 103;
  values.push(checksum, STOP);
  return values;
}

/** `text` as a Code 128 symbol: its values and its bars. Throws {@link Code128Error} for text it cannot carry. */
export function encodeCode128(text: string): Code128 {
  const values = code128Values(text);
  const widths = values.flatMap((value) => Array.from(PATTERNS[value] ?? '', Number));
  return { values, widths, modules: widths.reduce((sum, width) => sum + width, 0) };
}
