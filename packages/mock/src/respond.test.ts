import { benefitSummary } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { sandboxJson } from './respond.js';

const summary = {
  id: 'museum-pass',
  kind: 'voucher',
  category: 'culture',
  title: 'Museum pass',
  partner: { name: 'MuseumGo' },
  availability: 'available',
  image: { url: 'https://cdn.rights.example/art/museum.svg', alt: '' },
};

describe('sandboxJson', () => {
  it('sends what fits the contract, with a request id', async () => {
    const response = sandboxJson(benefitSummary, { ...summary, subtitle: undefined });
    expect(response.headers.get('X-Request-Id')).toMatch(/^sbx-/);
    expect(await response.json()).toEqual(summary);
  });

  it('refuses to send even a value a client would drop and do without', () => {
    expect(() => sandboxJson(benefitSummary, { ...summary, image: { url: 'javascript:alert(1)', alt: '' } })).toThrow(/break the contract: image$/);
    expect(() => sandboxJson(benefitSummary, { ...summary, id: '../me' })).toThrow();
  });
});
