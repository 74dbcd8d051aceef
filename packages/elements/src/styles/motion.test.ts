import { html } from 'lit';
import { delay, http } from 'msw';
import { describe, expect, it } from 'vitest';
import { demoToken } from '@rights-kit/mock';
import '../define/all.js';
import { fixture, queryDeep, useSandbox } from '../test/fixture.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();

/** The loading skeleton's pulse, in seconds, with `--rights-motion` set on the page around the provider. */
async function pulseSeconds(motion: string | undefined): Promise<number> {
  // The catalogue stays loading, so its skeleton stays on screen.
  (await sandbox).use(http.get('/v1/benefits', () => delay('infinite')));
  const page = await fixture<HTMLElement>(html`<div style=${motion ? `--rights-motion: ${motion}` : ''}>
    <rights-provider base-url="" locale="en" .getToken=${getToken}><rights-catalog></rights-catalog></rights-provider>
  </div>`);
  await expect.poll(() => queryDeep(page, '.skeleton').length).toBeGreaterThan(0);
  return Number.parseFloat(getComputedStyle(queryDeep(page, '.skeleton')[0]!).animationDuration);
}

describe('motion', () => {
  it('pulses the loading skeleton by default', async () => {
    expect(await pulseSeconds(undefined)).toBe(1.2);
  });

  it("stills every animation when the app asks for reduced motion (--rights-motion: reduce), as a WebView host does", async () => {
    expect(await pulseSeconds('reduce')).toBeLessThan(0.001);
  });

  it('keeps moving for any other value', async () => {
    expect(await pulseSeconds('auto')).toBe(1.2);
  });
});
