import { describe, expect, it } from 'vitest';
import { apiPath } from './path.js';

describe('apiPath', () => {
  it('encodes each parameter as one path segment', () => {
    expect(apiPath`/v1/benefits/${'lounge-domestic'}/claims`).toBe('/v1/benefits/lounge-domestic/claims');
    expect(apiPath`/v1/wallet/${'w 1+2'}`).toBe('/v1/wallet/w%201%2B2');
    expect(apiPath`/v1/benefits/${'贵宾厅'}`).toBe('/v1/benefits/%E8%B4%B5%E5%AE%BE%E5%8E%85');
  });

  it.each(['', '.', '..', '../me', 'a/b', 'a?b', 'a#b', 'a\\b', '%2e%2e'])('refuses %j, which could address another endpoint', (param) => {
    expect(() => apiPath`/v1/benefits/${param}`).toThrow(TypeError);
  });
});
