import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens. Three tiers, each reading the one below:
 * - `--rights-ref-*`: the palette, raw values;
 * - `--rights-sys-*`: roles (surface, primary, …) — a bank's brand is a handful of overrides here;
 * - `--rights-<component>-*`: one component's knobs, defaulting to a role.
 * Sizes are in rem/em so the host's text size carries through.
 */
export const LIGHT = {
  'color-surface': '#ffffff',
  'color-surface-container': '#f3f4f7',
  'color-on-surface': '#1b1c20',
  'color-on-surface-variant': '#53565f',
  'color-outline': '#d5d8df',
  'color-primary': '#b3261e',
  'color-on-primary': '#ffffff',
  'color-primary-container': '#fde3df',
  'color-on-primary-container': '#5b0f0a',
  'color-error': '#b3261e',
  'color-success': '#1e6b3a',
  'color-warning-container': '#fff1cc',
  'color-on-warning-container': '#5c4300',
  'font-family': "system-ui, -apple-system, 'PingFang SC', 'Hiragino Sans GB', 'Microsoft YaHei', 'Noto Sans CJK SC', sans-serif",
  'radius-small': '0.5rem',
  'radius-medium': '0.75rem',
  'radius-full': '999px',
  'space-1': '0.25rem',
  'space-2': '0.5rem',
  'space-3': '0.75rem',
  'space-4': '1rem',
  'space-6': '1.5rem',
  'elevation-1': '0 1px 2px rgb(0 0 0 / 0.08), 0 1px 3px rgb(0 0 0 / 0.06)',
  'motion-duration': '200ms',
} as const;

export type SysToken = keyof typeof LIGHT;

/** Colour roles that change in the dark theme; everything else is shared. */
export const DARK: Partial<Record<SysToken, string>> = {
  'color-surface': '#17181c',
  'color-surface-container': '#23252b',
  'color-on-surface': '#e6e7ec',
  'color-on-surface-variant': '#b4b7c1',
  'color-outline': '#3b3e47',
  'color-primary': '#ffb4a9',
  'color-on-primary': '#5b0f0a',
  'color-primary-container': '#7a1c15',
  'color-on-primary-container': '#ffdad5',
  'color-error': '#ffb4a9',
  'color-success': '#8fd8a5',
  'color-warning-container': '#4a3800',
  'color-on-warning-container': '#ffe08a',
  'elevation-1': '0 1px 2px rgb(0 0 0 / 0.5)',
};

/**
 * A system role for use in component styles: `var(--rights-sys-x, <light value>)`. The fallback keeps
 * an element presentable when it is used without a provider.
 */
export function sys(token: SysToken): CSSResult {
  return unsafeCSS(`var(--rights-sys-${token}, ${LIGHT[token]})`);
}

const declarations = (tokens: Partial<Record<SysToken, string>>) =>
  unsafeCSS(
    Object.entries(tokens)
      .map(([token, value]) => `--rights-sys-${token}: ${value};`)
      .join(''),
  );

/** The themes, declared on the provider's host so every descendant inherits them. */
export const themeStyles = css`
  :host {
    ${declarations(LIGHT)}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${declarations(DARK)}
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${declarations(DARK)}
      color-scheme: dark;
    }
  }
`;
