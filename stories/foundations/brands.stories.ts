import { sampleBenefit } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { BRANDS, brandStylesheet, type Brand } from '../../packages/elements/src/styles/brands.js';
import { PALETTE } from '../../packages/elements/src/styles/tokens.js';
import { THEMES, type ThemeChoice } from '../../.storybook/environment.js';
import { queryDeep } from '../../packages/elements/src/test/stories.js';
import { brandStyle } from './measure.js';

/**
 * rights-kit's own look beside three example banks, in light and dark, on the same benefit cards: and the
 * CSS each bank ships for it. The brands are data in packages/elements/src/styles/brands.ts.
 */
const meta = {
  title: 'Foundations/Brands',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;
type Story = StoryObj;

const cards = (theme: ThemeChoice, locale: 'zh-CN' | 'zh-HK' | 'en') => {
  const lounge = sampleBenefit('lounge-domestic', locale);
  return html`<rights-provider
    theme=${theme.mode}
    locale=${locale}
    data-theme=${theme.value}
    style="display: grid; gap: 0.75rem; padding: 1rem; background: var(--rights-sys-color-surface-container); ${brandStyle(theme)}"
  >
    <div role="heading" aria-level="2" style="margin: 0; font: 600 1rem var(--rights-sys-font-family); color: var(--rights-sys-color-on-surface)">${theme.title}</div>
    <rights-benefit-card .benefit=${lounge}></rights-benefit-card>
    <rights-benefit-card .benefit=${{ ...lounge, availability: 'sold_out' }}></rights-benefit-card>
  </rights-provider>`;
};

const handoff = (brand: Brand) => html`<section>
  <h2>${brand.name.en} · ${brand.name['zh-CN']}</h2>
  <!-- Long lines wrap rather than scroll, so the CSS reflows on a phone at large text and needs no keyboard scrolling. -->
  <pre style="background: ${PALETTE['neutral-96']}; color: ${PALETTE['neutral-10']}; padding: 1rem; border-radius: 0.5rem; white-space: pre-wrap; overflow-wrap: anywhere"><code>${brandStylesheet(brand)}</code></pre>
</section>`;

/** Side by side in the toolbar's language; each column is one provider, themed and branded. */
export const SideBySide: Story = {
  render: (_args, { globals }) => {
    const locale = (['zh-CN', 'zh-HK', 'en'] as const).find((candidate) => candidate === globals.locale) ?? 'zh-CN';
    return html`<div style="display: grid; gap: 1rem; padding: 1rem; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr))">
      ${THEMES.map((theme) => cards(theme, locale))}
    </div>`;
  },
  play: async ({ canvasElement }) => {
    // Each brand's container colour reaches the quota badge inside its provider, through the card's shadow root.
    for (const theme of THEMES.filter(({ brand }) => brand)) {
      const badge = queryDeep(canvasElement.querySelector(`[data-theme="${theme.value}"]`)!, '[part~="quota"]')[0]!;
      await expect(getComputedStyle(badge).backgroundColor).toBe(rgb(theme.brand![theme.mode]['color-primary-container']!));
    }
  },
};

/** `#rrggbb` as the browser reports a computed colour. */
const rgb = (hex: string) => `rgb(${hex.match(/[0-9a-f]{2}/gi)!.map((pair) => parseInt(pair, 16)).join(', ')})`;

/** What each bank adds to its stylesheet: a handful of role overrides, light and dark. */
export const Handoff: Story = {
  render: () =>
    html`<div style="font-family: system-ui, sans-serif; padding: 1rem; background: ${PALETTE['neutral-100']}; color: ${PALETTE['neutral-10']}">
      <h1>Brand CSS to hand off</h1>
      <p>Put it in the bank's own stylesheet; no build step and no JavaScript. Roles not listed keep rights-kit's values.</p>
      ${BRANDS.map(handoff)}
    </div>`,
  play: async ({ canvasElement }) => {
    const blocks = [...canvasElement.querySelectorAll('pre')].map((pre) => pre.textContent ?? '');
    await expect(blocks).toHaveLength(BRANDS.length);
    for (const [index, brand] of BRANDS.entries()) {
      await expect(blocks[index]).toContain(`--rights-sys-color-primary: ${brand.light['color-primary']};`);
      await expect(blocks[index]).toContain(`rights-provider[theme='dark']`);
    }
  },
};
