// Shared story helpers: every story renders inside a provider wired to the sandbox that Storybook's
// service worker runs (see .storybook/preview.ts), in the environment the toolbar picks.
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import type { RightsClient, RightsLocale } from '@rights-kit/client';
import { demoToken } from '@rights-kit/mock';
import type { RightsTheme } from '../components/provider/provider.js';
import { brandOverrides, findBrand } from '../styles/brands.js';
import { scenarioClient } from './scenario.js';

export { queryDeep, visibleText } from './dom.js';

/** The network the toolbar simulates, and the sandbox scenario that plays it (see SCENARIOS in @rights-kit/mock). */
export const NETWORK_SCENARIOS = {
  normal: undefined,
  slow: 'slow:2500',
  offline: 'offline',
  errors: 'error-500',
} as const satisfies Record<string, string | undefined>;

export type NetworkCondition = keyof typeof NETWORK_SCENARIOS;

/**
 * What a story renders in. Storybook's toolbar sets it for every story (a decorator in
 * .storybook/preview.ts hands it to `render` with the args); a story that tests one language or theme
 * pins it with `globals`, which also locks that toolbar item while the story shows.
 */
export interface ProviderArgs {
  locale: RightsLocale;
  theme: RightsTheme;
  /** An example bank brand (see styles/brands.ts), applied on top of the theme. */
  brand?: string;
  network?: NetworkCondition;
  /** Stop motion: the `--rights-sys-motion-duration` role at zero. */
  reducedMotion?: boolean;
}

// The sandbox's demo member, signed in with a session that does not expire.
const sandboxToken = async () => demoToken();

/**
 * `content` inside a `<rights-provider>` talking to the in-page sandbox, in the story's locale, theme and
 * brand. `client` replaces the provider's own (a story that plays one sandbox scenario brings one).
 */
export function inProvider(
  { locale, theme, brand, network = 'normal', reducedMotion = false }: ProviderArgs,
  content: TemplateResult,
  { client }: { client?: RightsClient } = {},
): TemplateResult {
  const bank = findBrand(brand);
  const overrides = bank ? brandOverrides(bank, theme === 'dark' ? 'dark' : 'light') : {};
  const style = [
    'padding: 1rem',
    'background: var(--rights-sys-color-surface-container)',
    ...Object.entries(overrides).map(([role, value]) => `--rights-sys-${role}: ${value}`),
    ...(reducedMotion ? ['--rights-sys-motion-duration: 0ms'] : []),
  ].join('; ');
  const scenario = NETWORK_SCENARIOS[network];
  const storyClient = client ?? (scenario ? scenarioClient(scenario) : undefined);
  return storyClient
    ? html`<rights-provider locale=${locale} theme=${theme} .client=${storyClient} style=${style}>${content}</rights-provider>`
    : html`<rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${sandboxToken} style=${style}>${content}</rights-provider>`;
}

/**
 * A platform outage of GET `path` that lasts until the story ends it with `endOutage()`: the client's own
 * retries, or a re-run while the story mounts, cannot end it early and hide the error panel.
 */
const outage = { over: false };
export function startOutage(msw: { use: (...handlers: ReturnType<typeof http.get>[]) => void }, path: string): void {
  outage.over = false;
  msw.use(http.get(path, () => (outage.over ? undefined : HttpResponse.json({ title: 'Unavailable', status: 503, code: 'internal' }, { status: 503 }))));
}
export function endOutage(): void {
  outage.over = true;
}
