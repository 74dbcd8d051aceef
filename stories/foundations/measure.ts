// Reads the design tokens as the provider actually declares them, for each theme and brand: the
// Foundations pages show what ships, not a copy of it that could drift.
import { LIGHT, type SysToken } from '../../packages/elements/src/styles/tokens.js';
import { brandOverrides } from '../../packages/elements/src/styles/brands.js';
import { THEMES, type ThemeChoice } from '../../.storybook/environment.js';

/** Every system role in the registry, in its order. */
export const SYS_TOKENS = Object.keys(LIGHT) as SysToken[];

export const tokensStartingWith = (prefix: string) => SYS_TOKENS.filter((token) => token.startsWith(prefix));

export type ThemeValues = Record<SysToken, string>;

/** The `style` a provider gets for `theme`'s brand: the same overrides the story decorator applies. */
export function brandStyle(theme: ThemeChoice): string {
  return theme.brand
    ? Object.entries(brandOverrides(theme.brand, theme.mode))
        .map(([role, value]) => `--rights-sys-${role}: ${value}`)
        .join('; ')
    : '';
}

/** Every role's value under each theme, read from a real `<rights-provider>`. */
export async function measureThemes(themes: readonly ThemeChoice[] = THEMES): Promise<Record<string, ThemeValues>> {
  const box = document.createElement('div');
  box.hidden = true;
  document.body.append(box);
  try {
    const providers = themes.map((theme) => {
      const provider = document.createElement('rights-provider');
      provider.setAttribute('theme', theme.mode);
      provider.setAttribute('style', brandStyle(theme));
      box.append(provider);
      return { theme, provider };
    });
    await Promise.all(providers.map(({ provider }) => provider.updateComplete));
    return Object.fromEntries(
      providers.map(({ theme, provider }) => {
        const style = getComputedStyle(provider);
        const values = Object.fromEntries(SYS_TOKENS.map((token) => [token, style.getPropertyValue(`--rights-sys-${token}`).trim()]));
        return [theme.value, values as ThemeValues];
      }),
    );
  } finally {
    box.remove();
  }
}

/** WCAG 2.2 relative luminance of `#rgb`, `#rrggbb` or `rgb(r g b)`. */
export function luminance(colour: string): number {
  const hex = colour.trim().match(/^#([0-9a-f]{3}|[0-9a-f]{6})$/i)?.[1];
  const channels = hex
    ? (hex.length === 3 ? [...hex].map((digit) => digit + digit) : (hex.match(/../g) ?? [])).map((pair) => parseInt(pair, 16))
    : (colour.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number);
  if (channels.length !== 3 || channels.some((channel) => Number.isNaN(channel))) throw new Error(`Not a colour: ${colour}`);
  const [r, g, b] = channels.map((channel) => {
    const value = channel / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The WCAG contrast ratio of two colours, 1 to 21. */
export function contrast(foreground: string, background: string): number {
  const [light, dark] = [luminance(foreground), luminance(background)].sort((a, b) => b - a) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Text and the surface it sits on: each pair must reach 4.5:1 (WCAG AA, body text) in every theme. */
export const TEXT_PAIRS: readonly [SysToken, SysToken][] = [
  ['color-on-surface', 'color-surface'],
  ['color-on-surface', 'color-surface-container'],
  ['color-on-surface-variant', 'color-surface'],
  ['color-on-surface-variant', 'color-surface-container'],
  ['color-primary', 'color-surface'],
  ['color-on-primary', 'color-primary'],
  ['color-on-primary-container', 'color-primary-container'],
  ['color-on-warning-container', 'color-warning-container'],
  ['color-error', 'color-surface'],
  ['color-success', 'color-surface'],
];
