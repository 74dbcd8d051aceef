import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CODE_B, CODE_C, Code128Error, START_B, START_C, STOP, code128Values, encodeCode128 } from './code128.js';

/** Widths as the bar/space string barcode references print: 1 for a dark module, 0 for a light one. */
const modules = (widths: readonly number[]) => widths.map((width, index) => (index % 2 === 0 ? '1' : '0').repeat(width)).join('');

/** Reads the data back out of symbol values, following the code set switches. */
function decode(values: readonly number[]): string {
  let set = values[0] === START_C ? 'C' : 'B';
  let text = '';
  for (const value of values.slice(1, -2)) {
    // 99 is the pair "99" in set C, but the switch to C in set B; 100 the switch to B in set C.
    if (set === 'B' && value === CODE_C) set = 'C';
    else if (set === 'C' && value === CODE_B) set = 'B';
    else text += set === 'C' ? String(value).padStart(2, '0') : String.fromCharCode(value + 32);
  }
  return text;
}

const printableAscii = fc.string({ unit: fc.integer({ min: 32, max: 127 }).map((code) => String.fromCharCode(code)), minLength: 1, maxLength: 64 });
const voucherLike = fc.stringMatching(/^[A-Za-z0-9-]{4,64}$/);
const digits = fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: 40 });

describe('Code 128', () => {
  // References: "Wikipedia" in set B (checksum 88), the example most Code 128 descriptions work through,
  // and a digits-only symbol in set C; the module strings are those an independent encoder (JsBarcode) prints.
  it('encodes text in set B: start B, data, checksum, stop', () => {
    const symbol = encodeCode128('Wikipedia');
    expect(symbol.values).toEqual([START_B, 55, 73, 75, 73, 80, 69, 68, 73, 65, 88, STOP]);
    expect(modules(symbol.widths)).toBe(
      '11010010000111010001101000011010011000010010100001101001010011110010110010000100001001101000011010010010110000111100100101100011101011',
    );
    expect(symbol.modules).toBe(134);
  });

  it('packs digits in pairs in set C', () => {
    const symbol = encodeCode128('1234567890');
    expect(symbol.values).toEqual([START_C, 12, 34, 56, 78, 90, 85, STOP]);
    expect(modules(symbol.widths)).toBe('110100111001011001110010001011000111000101101100001010011011110110100111100101100011101011');
  });

  it('encodes a sandbox voucher code', () => {
    expect(code128Values('RK-7K2M-9QXA')).toEqual([START_B, 50, 43, 13, 23, 43, 18, 45, 13, 25, 49, 56, 33, 59, STOP]);
  });

  it.each([
    // Four digits in the middle save nothing: set B throughout. Four at the end: set C.
    ['RK-1234-5678', [START_B, 50, 43, 13, 17, 18, 19, 20, 13, CODE_C, 56, 78, 14, STOP]],
    // Six in the middle: set C and back.
    ['A123456B', [START_B, 33, CODE_C, 12, 34, 56, CODE_B, 34, 80, STOP]],
    // An odd run at the start: pairs in C, the last digit in B.
    ['12345', [START_C, 12, 34, CODE_B, 21, 54, STOP]],
    // An odd run at the end: its first digit in B, then pairs.
    ['AB12345', [START_B, 33, 34, 17, CODE_C, 23, 45, 7, STOP]],
    ['0123', [START_C, 1, 23, 49, STOP]],
    ['99', [START_C, 99, 101, STOP]],
    ['7', [START_B, 23, 24, STOP]],
  ])('switches between sets B and C where it shortens %s', (text, values) => {
    expect(code128Values(text)).toEqual(values);
  });

  it.each([
    ['', 'nothing'],
    ['RK\n1234', 'a control character'],
    ['优惠券', 'Chinese'],
    ['café', 'a letter beyond ASCII'],
    ['RK-😀', 'an emoji'],
  ])('refuses %j (%s) with a Code128Error', (text) => {
    expect(() => encodeCode128(text)).toThrow(Code128Error);
  });

  it('gives a well-formed symbol for every text it accepts', () => {
    fc.assert(
      fc.property(fc.oneof(printableAscii, voucherLike, digits), (text) => {
        const { values, widths, modules: width } = encodeCode128(text);
        expect([START_B, START_C]).toContain(values[0]);
        expect(values.at(-1)).toBe(STOP);
        // The checksum: the start value plus each value times its position, modulo 103.
        const body = values.slice(0, -2);
        expect(values.at(-2)).toBe(body.reduce((sum, value, position) => sum + value * Math.max(position, 1), 0) % 103);
        expect(decode(values)).toBe(text);
        // Never longer than set B alone would be.
        expect(values.length).toBeLessThanOrEqual(text.length + 3);

        // Each value is 3 bars and 3 spaces over 11 modules, bars summing to an even count; the stop is 13.
        expect(widths).toHaveLength(6 * (values.length - 1) + 7);
        expect(width).toBe(11 * (values.length - 1) + 13);
        for (let index = 0; index < values.length - 1; index++) {
          const pattern = widths.slice(6 * index, 6 * index + 6);
          expect(pattern.every((module) => module >= 1 && module <= 4)).toBe(true);
          expect(pattern.reduce((sum, module) => sum + module, 0)).toBe(11);
          expect((pattern[0]! + pattern[2]! + pattern[4]!) % 2).toBe(0);
        }
        expect(widths.slice(-7)).toEqual([2, 3, 3, 1, 1, 1, 2]);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the same symbol for the same text', () => {
    fc.assert(
      fc.property(voucherLike, (text) => {
        expect(encodeCode128(text)).toEqual(encodeCode128(text));
      }),
    );
  });
});
