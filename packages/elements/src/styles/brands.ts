import type { RightsLocale } from '@rights-kit/client';
import type { SysToken } from './tokens.js';

/**
 * Example bank brands: what a bank's designer hands over, as data. A brand is a handful of
 * `--rights-sys-*` overrides (see docs/theming.md); every role it leaves out keeps rights-kit's value.
 * Storybook's theme toolbar and the Foundations pages render them. They are examples, not exported by the
 * package: the three banks are the sandbox's tenants, so the brand matches the cards on screen.
 */
export interface Brand {
  /** The sandbox tenant the brand belongs to. */
  id: string;
  name: Record<RightsLocale, string>;
  /** Roles that are the same in light and dark: type, corners. */
  shared: Partial<Record<SysToken, string>>;
  /** Colour roles in the light theme. */
  light: Partial<Record<SysToken, string>>;
  /** Colour roles in the dark theme. */
  dark: Partial<Record<SysToken, string>>;
}

export type BrandMode = 'light' | 'dark';

export const BRANDS = [
  {
    id: 'jade',
    name: { 'zh-CN': '翡翠银行', 'zh-HK': '翡翠銀行', en: 'Jade Bank' },
    shared: { 'radius-medium': '1rem', 'radius-small': '0.625rem' },
    light: {
      'color-primary': '#00704a',
      'color-on-primary': '#ffffff',
      'color-primary-container': '#d3f0e2',
      'color-on-primary-container': '#002a1a',
    },
    dark: {
      'color-primary': '#7fd8b0',
      'color-on-primary': '#003822',
      'color-primary-container': '#005236',
      'color-on-primary-container': '#c7f3de',
    },
  },
  {
    id: 'harbour',
    name: { 'zh-CN': '海港银行', 'zh-HK': '海港銀行', en: 'Harbour Bank' },
    shared: { 'radius-medium': '0.25rem', 'radius-small': '0.25rem', 'radius-full': '0.375rem' },
    light: {
      'color-primary': '#004b87',
      'color-on-primary': '#ffffff',
      'color-primary-container': '#dce9f6',
      'color-on-primary-container': '#002a4d',
      'color-surface-container': '#eef2f7',
    },
    dark: {
      'color-primary': '#9ccaff',
      'color-on-primary': '#00325a',
      'color-primary-container': '#0b3f6b',
      'color-on-primary-container': '#d3e6ff',
      'color-surface': '#0f141a',
      'color-surface-container': '#1a212b',
    },
  },
  {
    id: 'greatwall',
    name: { 'zh-CN': '长城商业银行', 'zh-HK': '長城商業銀行', en: 'Great Wall Commercial Bank' },
    shared: {
      'font-family': "'Noto Serif SC', 'Songti SC', 'STSong', 'Source Han Serif SC', Georgia, serif",
      'radius-medium': '1.25rem',
    },
    light: {
      'color-primary': '#6a1b6e',
      'color-on-primary': '#ffffff',
      'color-primary-container': '#f6dff3',
      'color-on-primary-container': '#3a0a3d',
    },
    dark: {
      'color-primary': '#f0b2ec',
      'color-on-primary': '#4f1352',
      'color-primary-container': '#5a235b',
      'color-on-primary-container': '#ffd6f9',
    },
  },
] as const satisfies readonly Brand[];

export type BrandId = (typeof BRANDS)[number]['id'];

/** The brand with `id`, if there is one. */
export function findBrand(id: string | undefined): Brand | undefined {
  return BRANDS.find((brand) => brand.id === id);
}

/** Every override the brand makes in `mode`, by role. */
export function brandOverrides(brand: Brand, mode: BrandMode): Partial<Record<SysToken, string>> {
  return { ...brand.shared, ...brand[mode] };
}

/** The brand in `mode` as declarations for a `style` attribute or a rule: `--rights-sys-x: v;…`. */
export function brandDeclarations(brand: Brand, mode: BrandMode): string {
  return Object.entries(brandOverrides(brand, mode))
    .map(([role, value]) => `--rights-sys-${role}: ${value};`)
    .join(' ');
}

/** The stylesheet a bank would ship for the brand: light on the provider, dark under `theme="dark"`. */
export function brandStylesheet(brand: Brand, selector = 'rights-provider'): string {
  const block = (entries: Partial<Record<SysToken, string>>) =>
    Object.entries(entries)
      .map(([role, value]) => `  --rights-sys-${role}: ${value};`)
      .join('\n');
  return `${selector} {\n${block({ ...brand.shared, ...brand.light })}\n}\n${selector}[theme='dark'] {\n${block(brand.dark)}\n}\n`;
}
