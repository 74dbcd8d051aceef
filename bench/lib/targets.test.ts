import { describe, expect, it } from 'vitest';
import { extraClaimRequests, judge } from './targets.js';

const summary = (median: number, max = median) => ({ median, q1: median, q3: median, min: median, max, runs: 3 });
const size = (gzip: number) => ({ minified: gzip * 3, gzip, brotli: gzip - 100 });

const results = {
  firstScreen: { hub: summary(260), floor: summary(200), ratio: 1.3 },
  longLists: [{ benefits: 5000, longTasksWhileScrolling: summary(0), longestTaskWhileScrollingMs: summary(0) }],
  memory: { growthKB: summary(200, 900) },
  requests: {
    firstScreen: ['GET /v1/categories', 'GET /v1/benefits'],
    catalogRevisit: [],
    walletRevisit: [],
    claim: ['POST /v1/benefits/b1/claims', 'GET /v1/benefits/b1'],
  },
  sizes: {
    dropIn: size(40 * 1024),
    everyElementOneFile: size(60 * 1024),
    hubFirstScreen: size(30 * 1024),
    lazy: Object.fromEntries(['wallet', 'cashback', 'summary', 'benefit-detail', 'voucher', 'uqr'].map((name) => [name, size(1000)])),
  },
};

describe('judge', () => {
  it('meets every target at its bound', () => {
    expect(judge(results).map((verdict) => verdict.met)).toEqual(Array(9).fill(true));
  });

  it('misses each target just past its bound', () => {
    const missed = judge({
      firstScreen: { ...results.firstScreen, ratio: 1.31 },
      longLists: [{ benefits: 5000, longTasksWhileScrolling: summary(0, 1), longestTaskWhileScrollingMs: summary(0, 51) }],
      memory: { growthKB: summary(200, 1024) },
      requests: { ...results.requests, firstScreen: ['a', 'b', 'c'], walletRevisit: ['GET /v1/wallet'], claim: ['POST /v1/benefits/b1/claims', 'GET /v1/wallet'] },
      sizes: { ...results.sizes, dropIn: size(40 * 1024 + 1), hubFirstScreen: size(30 * 1024 + 1), lazy: { wallet: size(1) } },
    });
    expect(missed.map((verdict) => verdict.met)).toEqual(Array(9).fill(false));
  });

  it('says a target was not measured rather than met', () => {
    expect(judge({}).every((verdict) => !verdict.met && verdict.figure === '—')).toBe(true);
  });
});

describe('extraClaimRequests', () => {
  it('allows the claim and a reload of the benefit, nothing else', () => {
    expect(extraClaimRequests(['POST /v1/benefits/b1/claims', 'GET /v1/benefits/b1', 'GET /v1/benefits?limit=20', 'GET /v1/me'])).toEqual([
      'GET /v1/benefits?limit=20',
      'GET /v1/me',
    ]);
  });
});
