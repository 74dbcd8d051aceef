// The toolbar: what every story renders in (theme and brand, language, text size, motion, network), as
// Storybook globals, and the decorator that applies them. Viewports are Storybook's own feature, configured
// in preview.ts with the phone and tablet sizes below.
import type { Decorator } from '@storybook/web-components-vite';
import { html } from 'lit';
import type { RightsLocale } from '@rights-kit/client';
import { BRANDS, type Brand } from '../packages/elements/src/styles/brands.js';
import { PALETTE } from '../packages/elements/src/styles/tokens.js';
import { NETWORK_SCENARIOS, type NetworkCondition, type ProviderArgs } from '../packages/elements/src/test/stories.js';

export interface ThemeChoice {
  value: string;
  title: string;
  mode: 'light' | 'dark';
  brand?: Brand;
}

/** Light and dark, then each example brand in light and in dark. */
const DEFAULT_THEME: ThemeChoice = { value: 'light', title: 'Light', mode: 'light' };

export const THEMES: readonly ThemeChoice[] = [
  DEFAULT_THEME,
  { value: 'dark', title: 'Dark', mode: 'dark' },
  ...BRANDS.flatMap((brand): ThemeChoice[] => [
    { value: brand.id, title: brand.name.en, mode: 'light', brand },
    { value: `${brand.id}-dark`, title: `${brand.name.en} · dark`, mode: 'dark', brand },
  ]),
];

export const LOCALES: readonly { value: RightsLocale; title: string }[] = [
  { value: 'zh-CN', title: '简体中文 (zh-CN)' },
  { value: 'zh-HK', title: '繁體中文 (zh-HK)' },
  { value: 'en', title: 'English (en)' },
];

/** The phone's text size setting, as a percentage of the default: the elements size everything in rem/em. */
export const TEXT_SIZES = [100, 130, 200] as const;

export const NETWORKS: readonly { value: NetworkCondition; title: string }[] = [
  { value: 'normal', title: 'Network: normal' },
  { value: 'slow', title: 'Network: slow (2.5 s a request)' },
  { value: 'offline', title: 'Network: offline' },
  { value: 'errors', title: 'Network: platform errors (500)' },
];

/** Phone and tablet sizes in CSS px, for Storybook's viewport toolbar. */
export const VIEWPORTS = {
  phoneSmall: { name: 'Small phone (360 × 640)', styles: { width: '360px', height: '640px' }, type: 'mobile' },
  phoneLarge: { name: 'Large phone (430 × 932)', styles: { width: '430px', height: '932px' }, type: 'mobile' },
  tablet: { name: 'Tablet (820 × 1180)', styles: { width: '820px', height: '1180px' }, type: 'tablet' },
} as const;

export const globalTypes = {
  theme: {
    description: 'Theme and bank brand',
    toolbar: { title: 'Theme', icon: 'paintbrush', items: THEMES.map(({ value, title }) => ({ value, title })), dynamicTitle: true },
  },
  locale: {
    description: 'Language of the texts, numbers and dates',
    toolbar: { title: 'Language', icon: 'globe', items: LOCALES, dynamicTitle: true },
  },
  textSize: {
    description: "The phone's text size",
    toolbar: { title: 'Text size', icon: 'grow', items: TEXT_SIZES.map((size) => ({ value: String(size), title: `Text ${size}%` })), dynamicTitle: true },
  },
  motion: {
    description: 'Reduced motion',
    toolbar: {
      title: 'Motion',
      icon: 'play',
      items: [
        { value: 'full', title: 'Motion: full', icon: 'play' },
        { value: 'reduce', title: 'Motion: reduced', icon: 'stop' },
      ],
      dynamicTitle: true,
    },
  },
  network: {
    description: 'The network between the phone and the rights platform (the sandbox plays it)',
    toolbar: { title: 'Network', icon: 'transfer', items: NETWORKS, dynamicTitle: true },
  },
};

export const initialGlobals = {
  theme: 'light',
  locale: 'zh-CN',
  textSize: '100',
  motion: 'full',
  network: 'normal',
};

export interface StoryEnvironment {
  theme: ThemeChoice;
  locale: RightsLocale;
  textSize: number;
  reducedMotion: boolean;
  network: NetworkCondition;
}

/** The globals, checked: a hand-edited URL (`&globals=…`) with an unknown value falls back to the default. */
export function environmentOf(globals: Record<string, unknown>): StoryEnvironment {
  const pick = <T>(choices: readonly T[], match: (choice: T) => boolean, fallback: T) => choices.find(match) ?? fallback;
  return {
    theme: pick(THEMES, ({ value }) => value === globals.theme, DEFAULT_THEME),
    locale: LOCALES.find(({ value }) => value === globals.locale)?.value ?? 'zh-CN',
    // URL globals arrive as numbers, toolbar ones as strings.
    textSize: pick(TEXT_SIZES, (size) => size === Number(globals.textSize), 100),
    reducedMotion: globals.motion === 'reduce',
    network: Object.hasOwn(NETWORK_SCENARIOS, String(globals.network)) ? (globals.network as NetworkCondition) : 'normal',
  };
}

/** What `inProvider` (packages/elements/src/test/stories.ts) takes from the environment. */
export function providerArgsOf(environment: StoryEnvironment): ProviderArgs {
  return {
    locale: environment.locale,
    theme: environment.theme.mode,
    brand: environment.theme.brand?.id,
    network: environment.network,
    reducedMotion: environment.reducedMotion,
  };
}

/**
 * Applies the toolbar to every story: the text size on the page root (everything is in rem/em), reduced
 * motion as `--rights-motion: reduce` on the story root, and the rest handed to `render` with the args.
 */
export const withEnvironment: Decorator = (story, context) => {
  const environment = environmentOf(context.globals);
  const root = document.documentElement;
  root.style.fontSize = environment.textSize === 100 ? '' : `${environment.textSize}%`;
  // Behind the padding around a story, so a dark theme is not framed in white; docs pages keep theirs.
  if (context.viewMode === 'story') document.body.style.backgroundColor = environment.theme.mode === 'dark' ? PALETTE['neutral-8'] : '';
  return html`<div
    class="rights-story"
    data-story-theme=${environment.theme.value}
    data-story-motion=${environment.reducedMotion ? 'reduce' : 'full'}
    style=${environment.reducedMotion ? '--rights-motion: reduce' : ''}
  >
    ${story({ args: { ...context.args, ...providerArgsOf(environment) } })}
  </div>`;
};
