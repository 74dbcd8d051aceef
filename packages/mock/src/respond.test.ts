import { benefitSummary } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { sandboxJson } from './respond.js';
import { sampleBenefit } from './sample.js';

const lounge = sampleBenefit('lounge-domestic', 'en', 'https://rights.test');

describe('sandboxJson', () => {
  it('sends what fits the contract, as JSON, with a request id', async () => {
    const response = sandboxJson(benefitSummary, { ...lounge, subtitle: undefined });
    expect(response.headers.get('X-Request-Id')).toMatch(/^sbx-/);
    expect(await response.json()).toEqual({ ...lounge, subtitle: undefined });
  });

  it('refuses to send even a value a client would drop and do without', () => {
    expect(lounge.image).toBeDefined();
    expect(() => sandboxJson(benefitSummary, { ...lounge, image: { url: 'javascript:alert(1)', alt: '' } })).toThrow(/break the contract: image$/);
    expect(() => sandboxJson(benefitSummary, { ...lounge, id: '../me' })).toThrow();
  });
});
