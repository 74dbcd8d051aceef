import { css, unsafeCSS, type CSSResult } from 'lit';

/**
 * The design tokens. Three tiers, each reading the one below:
 * - `--rights-ref-*`: the palette, raw values (`--rights-ref-red-40`);
 * - `--rights-sys-*`: roles (surface, primary, …) — a bank's brand is a handful of overrides here;
 * - `--rights-<component>-*`: one component's knobs, defaulting to a role.
 * Sizes are in rem/em so the host's text size carries through.
 */
export const PALETTE = {
  'neutral-100': '#ffffff',
  'neutral-96': '#f3f4f7',
  'neutral-90': '#e6e7ec',
  'neutral-85': '#d5d8df',
  'neutral-72': '#b4b7c1',
  'neutral-35': '#53565f',
  'neutral-25': '#3b3e47',
  'neutral-15': '#23252b',
  'neutral-10': '#1b1c20',
  'neutral-8': '#17181c',
  'red-92': '#ffdad5',
  'red-90': '#fde3df',
  'red-80': '#ffb4a9',
  'red-40': '#b3261e',
  'red-30': '#7a1c15',
  'red-20': '#5b0f0a',
  'green-80': '#8fd8a5',
  'green-30': '#1e6b3a',
  'amber-90': '#fff1cc',
  'amber-85': '#ffe08a',
  'amber-25': '#4a3800',
  'amber-20': '#5c4300',
} as const;

export type PaletteTone = keyof typeof PALETTE;

/** Colour roles in the light theme, as palette tones. */
const LIGHT_COLOURS = {
  'color-surface': 'neutral-100',
  'color-surface-container': 'neutral-96',
  'color-on-surface': 'neutral-10',
  'color-on-surface-variant': 'neutral-35',
  'color-outline': 'neutral-85',
  'color-primary': 'red-40',
  'color-on-primary': 'neutral-100',
  'color-primary-container': 'red-90',
  'color-on-primary-container': 'red-20',
  'color-error': 'red-40',
  'color-success': 'green-30',
  'color-warning-container': 'amber-90',
  'color-on-warning-container': 'amber-20',
} as const satisfies Record<string, PaletteTone>;

type ColourRole = keyof typeof LIGHT_COLOURS;

/** The same roles in the dark theme. */
const DARK_COLOURS: Record<ColourRole, PaletteTone> = {
  'color-surface': 'neutral-8',
  'color-surface-container': 'neutral-15',
  'color-on-surface': 'neutral-90',
  'color-on-surface-variant': 'neutral-72',
  'color-outline': 'neutral-25',
  'color-primary': 'red-80',
  'color-on-primary': 'red-20',
  'color-primary-container': 'red-30',
  'color-on-primary-container': 'red-92',
  'color-error': 'red-80',
  'color-success': 'green-80',
  'color-warning-container': 'amber-25',
  'color-on-warning-container': 'amber-85',
};

/** Roles that are not colours: the same in both themes but for the shadow. */
const SHARED = {
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

/** Every system role's resolved light value: the fallback `sys()` writes into component styles. */
export const LIGHT = {
  ...(Object.fromEntries(Object.entries(LIGHT_COLOURS).map(([role, tone]) => [role, PALETTE[tone]])) as Record<ColourRole, string>),
  ...SHARED,
};

export type SysToken = keyof typeof LIGHT;

/**
 * A system role for use in component styles: `var(--rights-sys-x, <light value>)`. The fallback keeps
 * an element presentable when it is used without a provider.
 */
export function sys(token: SysToken): CSSResult {
  return unsafeCSS(`var(--rights-sys-${token}, ${LIGHT[token]})`);
}

const declare = (entries: Record<string, string>, prefix: string) =>
  unsafeCSS(
    Object.entries(entries)
      .map(([name, value]) => `--rights-${prefix}-${name}: ${value};`)
      .join(''),
  );

const roles = (colours: Record<ColourRole, PaletteTone>) =>
  declare(Object.fromEntries(Object.entries(colours).map(([role, tone]) => [role, `var(--rights-ref-${tone})`])), 'sys');

/** The themes, declared on the provider's host so every descendant inherits them. */
export const themeStyles = css`
  :host {
    ${declare(PALETTE, 'ref')}
    ${roles(LIGHT_COLOURS)}
    ${declare(SHARED, 'sys')}
    color-scheme: light;
  }
  :host([theme='dark']) {
    ${roles(DARK_COLOURS)}
    --rights-sys-elevation-1: 0 1px 2px rgb(0 0 0 / 0.5);
    color-scheme: dark;
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${roles(DARK_COLOURS)}
      --rights-sys-elevation-1: 0 1px 2px rgb(0 0 0 / 0.5);
      color-scheme: dark;
    }
  }
`;
