import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { QUIET_ZONE } from './code128.js';
import { QR_QUIET_ZONE, barcodeSymbol, barsPath, fitToPixels, qrPath, qrSymbol } from './symbol.js';

/** The dark modules of a drawn symbol, read back from its path: `grid[y][x]`. */
function gridFromPath(path: string, width: number, height: number): boolean[][] {
  const grid = Array.from({ length: height }, () => Array.from({ length: width }, () => false));
  for (const [, x, y, w, h] of path.matchAll(/M(\d+) (\d+)h(\d+)v(\d+)h-\d+z/g)) {
    for (let row = Number(y); row < Number(y) + Number(h); row++) {
      for (let column = Number(x); column < Number(x) + Number(w); column++) grid[row]![column] = true;
    }
  }
  return grid;
}

/** Whether the 7×7 finder pattern (dark ring, light ring, dark 3×3 core) has its corner at `x`, `y`. */
function hasFinder(grid: boolean[][], x: number, y: number): boolean {
  for (let row = 0; row < 7; row++) {
    for (let column = 0; column < 7; column++) {
      const ring = Math.max(Math.abs(row - 3), Math.abs(column - 3));
      if (grid[y + row]![x + column] !== (ring !== 2)) return false;
    }
  }
  return true;
}

/** Whether the 5×5 alignment pattern is centred at `x`, `y`. */
function hasAlignment(grid: boolean[][], x: number, y: number): boolean {
  for (let row = -2; row <= 2; row++) {
    for (let column = -2; column <= 2; column++) {
      if (grid[y + row]![x + column] !== (Math.max(Math.abs(row), Math.abs(column)) !== 1)) return false;
    }
  }
  return true;
}

/** Checks what a scanner looks for first: a light margin, three finders, timing lines, the dark module. */
function expectQrStructure(grid: boolean[][], version: number) {
  const size = 17 + 4 * version;
  const q = QR_QUIET_ZONE;
  expect(grid).toHaveLength(size + 2 * q);
  grid.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (x < q || y < q || x >= q + size || y >= q + size) expect(dark, `quiet zone at ${x},${y}`).toBe(false);
    }),
  );
  expect(hasFinder(grid, q, q)).toBe(true);
  expect(hasFinder(grid, q + size - 7, q)).toBe(true);
  expect(hasFinder(grid, q, q + size - 7)).toBe(true);
  // No finder in the fourth corner: that is how a scanner knows which way up the code is.
  expect(hasFinder(grid, q + size - 7, q + size - 7)).toBe(false);
  for (let i = 8; i < size - 8; i++) {
    expect(grid[q + 6]![q + i]).toBe(i % 2 === 0);
    expect(grid[q + i]![q + 6]).toBe(i % 2 === 0);
  }
  expect(grid[q + 4 * version + 9]![q + 8]).toBe(true);
}

describe('QR symbols', () => {
  it('draws a sandbox voucher code as a version 1 QR code with a four-module quiet zone', async () => {
    const symbol = await qrSymbol('RK-7K2M-9QXA');
    expect(symbol).toMatchObject({ kind: 'qr', version: 1, width: 29, height: 29 });
    expectQrStructure(gridFromPath(symbol.path, symbol.width, symbol.height), 1);
  });

  it('grows the version with the data, with an alignment pattern from version 2', async () => {
    // 40 alphanumeric characters need version 3 at error correction level M.
    const symbol = await qrSymbol('RK-ABCD-EFGH-JKLM-NPQR-STUV-WXYZ-2345-67');
    expect(symbol.version).toBe(3);
    expect(symbol.width).toBe(29 + 2 * QR_QUIET_ZONE);
    const grid = gridFromPath(symbol.path, symbol.width, symbol.height);
    expectQrStructure(grid, 3);
    expect(hasAlignment(grid, QR_QUIET_ZONE + 22, QR_QUIET_ZONE + 22)).toBe(true);
  });

  it('keeps its structure for any code the contract allows', async () => {
    await fc.assert(
      fc.asyncProperty(fc.stringMatching(/^[A-Za-z0-9-]{4,64}$/), async (code) => {
        const symbol = await qrSymbol(code);
        expect(symbol.version).toBeLessThanOrEqual(5);
        expectQrStructure(gridFromPath(symbol.path, symbol.width, symbol.height), symbol.version!);
      }),
      { numRuns: 40 },
    );
  });

  it('refuses data too long to scan from a phone, rather than drawing it unreadably small', async () => {
    await expect(qrSymbol('A'.repeat(400))).rejects.toThrow();
  });

  it('draws each run of dark modules in a row as one rectangle', () => {
    expect(qrPath([[true, true, false, true]], 4)).toBe('M4 4h2v1h-2zM7 4h1v1h-1z');
  });
});

describe('barcode symbols', () => {
  it('draws Code 128 bars with a ten-module quiet zone each side, taller than 15% of the width', async () => {
    const symbol = await barcodeSymbol('RK-7K2M-9QXA');
    // 13 values of 11 modules and a 13-module stop: 167, plus the quiet zones.
    expect(symbol).toMatchObject({ kind: 'barcode', width: 167 + 2 * QUIET_ZONE });
    expect(symbol.height).toBeGreaterThanOrEqual(0.15 * symbol.width);
    const row = gridFromPath(symbol.path, symbol.width, symbol.height)[0]!;
    const bits = row.map((dark) => (dark ? '1' : '0')).join('');
    expect(bits.slice(0, QUIET_ZONE)).toBe('0'.repeat(QUIET_ZONE));
    expect(bits.slice(-QUIET_ZONE)).toBe('0'.repeat(QUIET_ZONE));
    // Start B, and the stop pattern with its final bar.
    expect(bits.slice(QUIET_ZONE, QUIET_ZONE + 11)).toBe('11010010000');
    expect(bits.slice(-QUIET_ZONE - 13, -QUIET_ZONE)).toBe('1100011101011');
  });

  it('refuses text Code 128 cannot carry', async () => {
    await expect(barcodeSymbol('优惠券')).rejects.toThrow();
  });

  it('draws bars only, after the quiet zone', () => {
    expect(barsPath([2, 1, 1, 3, 1], 5, 10)).toBe('M10 0h2v5h-2zM13 0h1v5h-1zM17 0h1v5h-1z');
  });
});

describe('fitting a symbol to whole device pixels', () => {
  it.each([1, 1.5, 2, 2.625, 3])('gives every module the same whole number of device pixels at a ratio of %d', (ratio) => {
    for (const symbol of [{ width: 29, height: 29 }, { width: 187, height: 56 }]) {
      const size = fitToPixels(symbol, 300, ratio)!;
      const devicePixels = (size.width * ratio) / symbol.width;
      expect(devicePixels).toBeCloseTo(Math.round(devicePixels), 9);
      expect(devicePixels).toBeGreaterThanOrEqual(1);
      expect(size.width).toBeLessThanOrEqual(300);
      expect(size.height / size.width).toBeCloseTo(symbol.height / symbol.width, 9);
    }
  });

  it('waits for the space to be known', () => {
    expect(fitToPixels({ width: 29, height: 29 }, undefined, 2)).toBeUndefined();
    expect(fitToPixels({ width: 29, height: 29 }, 0, 2)).toBeUndefined();
  });
});
