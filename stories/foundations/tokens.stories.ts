import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import { expect } from 'storybook/test';
import { BRANDS } from '../../packages/elements/src/styles/brands.js';
import { PALETTE, type SysToken } from '../../packages/elements/src/styles/tokens.js';
import { THEMES, type ThemeChoice } from '../../.storybook/environment.js';
import { brandStyle, contrast, measureThemes, SYS_TOKENS, TEXT_PAIRS, tokensStartingWith, type ThemeValues } from './measure.js';

type Measured = Record<string, ThemeValues>;

const byMode = (mode: 'light' | 'dark') => THEMES.filter((theme) => theme.mode === mode);

// The page around the tables keeps one neutral look, whatever the toolbar's theme: the tables show them all.
const page = (content: TemplateResult) => html`<style>
    .foundations { font-family: system-ui, sans-serif; color: ${PALETTE['neutral-10']}; background: ${PALETTE['neutral-100']}; padding: 1rem; max-width: 72rem; }
    .foundations table { border-collapse: collapse; width: 100%; }
    .foundations th, .foundations td { border-bottom: 1px solid ${PALETTE['neutral-85']}; padding: 0.5rem; text-align: start; vertical-align: middle; }
    .foundations code { font-size: 0.8125rem; }
    .foundations .swatch { display: inline-block; width: 2.5rem; height: 1.75rem; border-radius: 0.375rem; border: 1px solid ${PALETTE['neutral-72']}; vertical-align: middle; margin-inline-end: 0.5rem; }
    .foundations .scroll { overflow-x: auto; }
    .foundations .scroll:focus-visible { outline: 2px solid ${PALETTE['neutral-10']}; outline-offset: 2px; }
    .foundations .note { color: ${PALETTE['neutral-35']}; max-width: 48rem; }
    .foundations .fail { color: ${PALETTE['red-40']}; font-weight: 600; }
  </style>
  <div class="foundations">${content}</div>`;

const tokenName = (token: SysToken) => html`<code>--rights-sys-${token}</code>`;

/**
 * A table wider than a phone scrolls sideways inside a named region the keyboard can reach and scroll with
 * the arrow keys: a data table keeps its columns rather than reflowing (WCAG 2.2, 1.4.10 and 2.1.1).
 */
const scrollRegion = (label: string, table: TemplateResult) => html`<div class="scroll" role="region" aria-label=${label} tabindex="0">${table}</div>`;

const meta = {
  title: 'Foundations/Tokens',
  tags: ['!autodocs'],
  parameters: { layout: 'fullscreen' },
  // The values as the provider declares them under each theme and brand.
  loaders: [async () => ({ measured: await measureThemes() })],
} satisfies Meta;

export default meta;
type Story = StoryObj;

const colourTable = (label: string, themes: readonly ThemeChoice[], measured: Measured) =>
  scrollRegion(
    label,
    html`<table>
      <thead>
        <tr>
          <th scope="col">Role</th>
          ${themes.map((theme) => html`<th scope="col">${theme.title}</th>`)}
        </tr>
      </thead>
      <tbody>
        ${tokensStartingWith('color-').map(
          (token) => html`<tr data-token=${token}>
            <th scope="row">${tokenName(token)}</th>
            ${themes.map((theme) => {
              const value = measured[theme.value]![token];
              return html`<td data-theme=${theme.value}><span class="swatch" style="background: ${value}"></span><code>${value}</code></td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>`,
  );

/**
 * Every colour role, in light and in dark, for rights-kit and the three example brands. A brand changes a
 * few roles; the rest keep rights-kit's values.
 */
export const ColourRoles: Story = {
  render: (_args, { loaded }) =>
    page(html`<h1>Colour roles</h1>
      <p class="note">
        Elements never use a colour directly: they read a role (<code>--rights-sys-color-primary</code>), and each role points at the
        palette. Override a role on <code>rights-provider</code> to brand every element at once.
      </p>
      <h2>Light</h2>
      ${colourTable('Colour roles, light', byMode('light'), loaded.measured as Measured)}
      <h2>Dark</h2>
      ${colourTable('Colour roles, dark', byMode('dark'), loaded.measured as Measured)}`),
  play: async ({ canvasElement, loaded }) => {
    const measured = loaded.measured as Measured;
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(2 * tokensStartingWith('color-').length);
    // Each brand's own primary reaches the provider, in both modes; rights-kit's stays the palette's red.
    for (const brand of BRANDS) {
      await expect(measured[brand.id]!['color-primary']).toBe(brand.light['color-primary']);
      await expect(measured[`${brand.id}-dark`]!['color-primary']).toBe(brand.dark['color-primary']);
    }
    await expect(measured.light!['color-primary']).toBe(PALETTE['red-40']);
    await expect(measured.dark!['color-primary']).toBe(PALETTE['red-80']);
  },
};

/** The raw colours the roles point at. A bank may re-tone one (`--rights-ref-red-40`) and every role using it follows. */
export const Palette: Story = {
  render: () =>
    page(html`<h1>Palette</h1>
      <table>
        <thead>
          <tr><th scope="col">Tone</th><th scope="col">Value</th></tr>
        </thead>
        <tbody>
          ${Object.entries(PALETTE).map(
            ([tone, value]) => html`<tr>
              <th scope="row"><code>--rights-ref-${tone}</code></th>
              <td><span class="swatch" style="background: ${value}"></span><code>${value}</code></td>
            </tr>`,
          )}
        </tbody>
      </table>`),
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll('tbody tr')).toHaveLength(Object.keys(PALETTE).length);
  },
};

/** Text against the surface it sits on, in every theme: WCAG AA asks 4.5:1 for body text. */
export const Contrast: Story = {
  render: (_args, { loaded }) => {
    const measured = loaded.measured as Measured;
    return page(html`<h1>Contrast</h1>
      <p class="note">A brand's colours must keep these pairs at 4.5:1 or more; this page's test fails when one does not.</p>
      ${scrollRegion(
        'Contrast of text on its surface, by theme',
        html`<table>
          <thead>
            <tr>
              <th scope="col">Text on surface</th>
              ${THEMES.map((theme) => html`<th scope="col">${theme.title}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${TEXT_PAIRS.map(
              ([text, surface]) => html`<tr>
                <th scope="row">${tokenName(text)} on ${tokenName(surface)}</th>
                ${THEMES.map((theme) => {
                  const ratio = contrast(measured[theme.value]![text], measured[theme.value]![surface]);
                  return html`<td class=${ratio < 4.5 ? 'fail' : ''} data-ratio=${ratio.toFixed(2)}>
                    ${ratio.toFixed(1)}:1 ${ratio < 4.5 ? '(below AA)' : nothing}
                  </td>`;
                })}
              </tr>`,
            )}
          </tbody>
        </table>`,
      )}`);
  },
  play: async ({ loaded }) => {
    const measured = loaded.measured as Measured;
    const failures = THEMES.flatMap((theme) =>
      TEXT_PAIRS.filter(([text, surface]) => contrast(measured[theme.value]![text], measured[theme.value]![surface]) < 4.5).map(
        ([text, surface]) => `${theme.title}: ${text} on ${surface}`,
      ),
    );
    await expect(failures).toEqual([]);
  },
};

const SAMPLES = [
  { lang: 'zh-CN', text: '机场贵宾厅 · 本年剩 6/6 次 · ¥88.00' },
  { lang: 'zh-HK', text: '機場貴賓室 · 今年尚餘 6/6 次 · HK$88.00' },
  { lang: 'en', text: 'Airport lounges · 6 of 6 left this year · CN¥88.00' },
];

/**
 * One typeface role for every element. Sizes are in rem and em, so the phone's text size (the toolbar's
 * "Text size") scales everything; nothing is set in px.
 */
export const Typography: Story = {
  render: (_args, { loaded }) => {
    const measured = loaded.measured as Measured;
    return page(html`<h1>Typography</h1>
      <p class="note">
        Role ${tokenName('font-family')}. The page's root text size is now
        <strong data-root-size>${getComputedStyle(document.documentElement).fontSize}</strong>: 1rem in every element.
      </p>
      ${byMode('light').map(
        (theme) => html`<section data-theme=${theme.value}>
          <h2>${theme.title}</h2>
          <p><code>${measured[theme.value]!['font-family']}</code></p>
          <rights-provider theme="light" style=${brandStyle(theme)}>
            <div style="font-family: var(--rights-sys-font-family)">
              ${SAMPLES.map(({ lang, text }) => html`<p lang=${lang} style="font-size: 1.25rem; margin: 0.25rem 0">${text}</p>`)}
            </div>
          </rights-provider>
        </section>`,
      )}`);
  },
  play: async ({ canvasElement }) => {
    const greatWall = canvasElement.querySelector('[data-theme="greatwall"] [lang="en"]')!;
    await expect(getComputedStyle(greatWall).fontFamily).toContain('Georgia');
    const plain = canvasElement.querySelector('[data-theme="light"] [lang="en"]')!;
    await expect(getComputedStyle(plain).fontFamily).toContain('system-ui');
  },
};

const remToPx = (value: string) => (value.endsWith('rem') ? `${parseFloat(value) * parseFloat(getComputedStyle(document.documentElement).fontSize)}px` : value);

/** The spacing steps every element lays out with. */
export const Spacing: Story = {
  render: (_args, { loaded }) => {
    const light = (loaded.measured as Measured).light!;
    return page(html`<h1>Spacing</h1>
      <table>
        <tbody>
          ${tokensStartingWith('space-').map(
            (token) => html`<tr>
              <th scope="row">${tokenName(token)}</th>
              <td><code>${light[token]}</code> (${remToPx(light[token])} now)</td>
              <td><span data-token=${token} style="display: block; height: 1rem; width: var(--space); --space: ${light[token]}; background: ${PALETTE['red-40']}"></span></td>
            </tr>`,
          )}
        </tbody>
      </table>`);
  },
  play: async ({ canvasElement }) => {
    const widths = [...canvasElement.querySelectorAll<HTMLElement>('[data-token]')].map((bar) => bar.getBoundingClientRect().width);
    await expect(widths.length).toBe(tokensStartingWith('space-').length);
    await expect(widths).toEqual([...widths].sort((a, b) => a - b));
  },
};

/** Corner radii, with each brand's own: small (chips' inner parts), medium (cards), full (buttons, chips). */
export const Radii: Story = {
  render: (_args, { loaded }) => {
    const measured = loaded.measured as Measured;
    return page(html`<h1>Radii</h1>
      <table>
        <thead>
          <tr>
            <th scope="col">Role</th>
            ${byMode('light').map((theme) => html`<th scope="col">${theme.title}</th>`)}
          </tr>
        </thead>
        <tbody>
          ${tokensStartingWith('radius-').map(
            (token) => html`<tr>
              <th scope="row">${tokenName(token)}</th>
              ${byMode('light').map(
                (theme) => html`<td>
                  <span
                    data-token=${token}
                    data-theme=${theme.value}
                    style="display: inline-block; width: 4rem; height: 2.75rem; border: 2px solid ${PALETTE['neutral-35']}; border-radius: ${measured[theme.value]![token]}; vertical-align: middle; margin-inline-end: 0.5rem"
                  ></span>
                  <code>${measured[theme.value]![token]}</code>
                </td>`,
              )}
            </tr>`,
          )}
        </tbody>
      </table>`);
  },
  play: async ({ loaded }) => {
    const measured = loaded.measured as Measured;
    for (const brand of BRANDS) {
      for (const [token, value] of Object.entries(brand.shared)) {
        if (token.startsWith('radius-')) await expect(measured[brand.id]![token as SysToken]).toBe(value);
      }
    }
  },
};

/** The one elevation role: a card lifted off the page, lighter in light themes, deeper in dark ones. */
export const Elevation: Story = {
  render: (_args, { loaded }) => {
    const measured = loaded.measured as Measured;
    return page(html`<h1>Elevation</h1>
      <div style="display: flex; flex-wrap: wrap; gap: 1rem">
        ${[THEMES[0]!, THEMES[1]!].map(
          (theme) => html`<rights-provider theme=${theme.mode} style="display: block; padding: 1.5rem; background: var(--rights-sys-color-surface-container); border-radius: 0.75rem">
            <div
              data-theme=${theme.value}
              style="width: 14rem; padding: 1rem; border-radius: var(--rights-sys-radius-medium); background: var(--rights-sys-color-surface); color: var(--rights-sys-color-on-surface); box-shadow: var(--rights-sys-elevation-1)"
            >
              <strong>${theme.title}</strong>
              <p style="margin: 0.5rem 0 0"><code>${measured[theme.value]!['elevation-1']}</code></p>
            </div>
          </rights-provider>`,
        )}
      </div>`);
  },
  play: async ({ canvasElement }) => {
    const light = getComputedStyle(canvasElement.querySelector('[data-theme="light"]')!).boxShadow;
    const dark = getComputedStyle(canvasElement.querySelector('[data-theme="dark"]')!).boxShadow;
    await expect(light).not.toBe('none');
    await expect(dark).not.toBe(light);
  },
};

/**
 * How long transitions take, and how reduced motion reaches the elements: the toolbar's "Motion: reduced"
 * sets `--rights-motion: reduce` on the story root and the duration role to zero on the provider, as a
 * host app does when the phone asks for less motion. Elements also follow `prefers-reduced-motion` itself.
 */
export const Motion: Story = {
  render: (_args, { loaded, globals }) => {
    const light = (loaded.measured as Measured).light!;
    return page(html`<h1>Motion</h1>
      <table>
        <tbody>
          <tr><th scope="row">${tokenName('motion-duration')}</th><td><code>${light['motion-duration']}</code></td></tr>
          <tr>
            <th scope="row"><code>--rights-motion</code> on this story</th>
            <td><code>${globals.motion === 'reduce' ? 'reduce' : 'not set (full motion)'}</code></td>
          </tr>
        </tbody>
      </table>`);
  },
  play: async ({ canvasElement, globals }) => {
    const root = canvasElement.querySelector('.rights-story')!;
    await expect(getComputedStyle(root).getPropertyValue('--rights-motion').trim()).toBe(globals.motion === 'reduce' ? 'reduce' : '');
  },
};

// Keeps the registry and these pages in step: a new role must find its place on one of them.
export const Coverage: Story = {
  name: 'Every role has a page',
  render: () =>
    page(html`<h1>Every role has a page</h1>
      <ul>
        ${SYS_TOKENS.map((token) => html`<li>${tokenName(token)}</li>`)}
      </ul>`),
  play: async () => {
    const shown = ['color-', 'space-', 'radius-', 'elevation-', 'font-', 'motion-'].flatMap(tokensStartingWith);
    await expect(SYS_TOKENS.filter((token) => !shown.includes(token))).toEqual([]);
  },
};
