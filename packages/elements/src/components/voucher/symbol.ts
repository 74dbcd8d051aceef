// A voucher code as the geometry of an SVG QR code or Code 128 barcode. The encoders are imported on
// demand, so a page that never shows a QR code or a barcode never loads them: in the ESM build each is a
// chunk of its own (the drop-in IIFE inlines them, as it must be one file).
//
// QR: `uqr` (unjs, MIT, no dependencies; its `encode` alone is about 3.8 KB gzip). It gives the module
// matrix and nothing else, so the drawing here stays ours: one SVG path, crisp at any pixel ratio.
// Code 128: ./code128.ts, see there for why.

/** A QR code or barcode as an SVG draws it: `path` in a `width` × `height` box of modules, quiet zones included. */
export interface CodeSymbol {
  kind: 'qr' | 'barcode';
  /** Width and height of the whole symbol, quiet zones included, in modules. */
  width: number;
  height: number;
  /** The dark modules or bars, as SVG path data in module units. */
  path: string;
  /** For a QR code, its version (1–40). */
  version?: number;
}

/** The light margin around a QR code that the standard asks for, in modules. */
export const QR_QUIET_ZONE = 4;

/**
 * Larger versions pack modules too small for a phone screen and a merchant's scanner; a code that needs
 * more is shown as text. Version 10 holds 174 alphanumeric characters at level M, far above any voucher code.
 */
const QR_MAX_VERSION = 10;

/** The dark modules of a QR matrix as one path: each row's runs of dark modules as rectangles. */
export function qrPath(matrix: readonly (readonly boolean[])[], quiet = QR_QUIET_ZONE): string {
  let path = '';
  matrix.forEach((row, y) => {
    let x = 0;
    while (x < row.length) {
      if (!row[x]) {
        x++;
        continue;
      }
      const start = x;
      while (row[x]) x++;
      path += `M${start + quiet} ${y + quiet}h${x - start}v1h${start - x}z`;
    }
  });
  return path;
}

/** Bars as one path: `widths` alternate bar, space, bar…, each `height` modules tall, after a `quiet` margin. */
export function barsPath(widths: readonly number[], height: number, quiet: number): string {
  let path = '';
  let x = quiet;
  widths.forEach((width, index) => {
    if (index % 2 === 0) path += `M${x} 0h${width}v${height}h${-width}z`;
    x += width;
  });
  return path;
}

/** A QR code for `code`, error correction level M (raised where the version has room to spare). */
export async function qrSymbol(code: string): Promise<CodeSymbol> {
  const { encode } = await import('uqr');
  const { data, size, version } = encode(code, { ecc: 'M', boostEcc: true, border: 0, maxVersion: QR_MAX_VERSION });
  const width = size + 2 * QR_QUIET_ZONE;
  return { kind: 'qr', width, height: width, path: qrPath(data), version };
}

/** A Code 128 barcode for `code`; throws for text Code 128 sets B and C cannot carry. */
export async function barcodeSymbol(code: string): Promise<CodeSymbol> {
  const { encodeCode128, QUIET_ZONE } = await import('./code128.js');
  const { widths, modules } = encodeCode128(code);
  const width = modules + 2 * QUIET_ZONE;
  // ISO/IEC 15417 asks for bars at least 15% of the symbol's width; taller bars forgive a tilted scanner.
  const height = Math.max(40, Math.round(width * 0.3));
  return { kind: 'barcode', width, height, path: barsPath(widths, height, QUIET_ZONE) };
}

/**
 * The CSS size that gives every module the same whole number of device pixels, at most `available` CSS
 * pixels wide; undefined until the space is known. Scaling a symbol to an arbitrary width makes some
 * modules a device pixel wider than others, which a barcode scanner reads as a different bar.
 */
export function fitToPixels(symbol: Pick<CodeSymbol, 'width' | 'height'>, available: number | undefined, pixelRatio: number): { width: number; height: number } | undefined {
  if (!available || available <= 0) return undefined;
  const ratio = pixelRatio > 0 ? pixelRatio : 1;
  const devicePixels = Math.max(1, Math.floor((available * ratio) / symbol.width));
  const module = devicePixels / ratio;
  return { width: module * symbol.width, height: module * symbol.height };
}
