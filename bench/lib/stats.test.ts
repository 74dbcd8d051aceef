import { describe, expect, it } from 'vitest';
import { formatSummary, summarize } from './stats.js';

describe('summarize', () => {
  it('gives the median and quartiles of unsorted runs', () => {
    expect(summarize([5, 1, 4, 2, 3])).toEqual({ median: 3, q1: 2, q3: 4, min: 1, max: 5, runs: 5 });
  });

  it('interpolates between the middle runs of an even count', () => {
    expect(summarize([10, 20, 30, 40]).median).toBe(25);
  });

  it('is not moved by one outlier', () => {
    expect(summarize([100, 101, 99, 100, 5000]).median).toBe(100);
  });

  it('refuses no runs, or a run that gave no number', () => {
    expect(() => summarize([])).toThrow(/every run/);
    expect(() => summarize([1, Number.NaN])).toThrow(/every run/);
  });

  it('formats with the spread and the number of runs', () => {
    expect(formatSummary(summarize([118, 123, 130]))).toBe('123 ms (IQR 121–127, n 3)');
  });
});
