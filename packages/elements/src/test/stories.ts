// Shared story helpers: every story renders inside a provider wired to the sandbox that Storybook's
// service worker runs (see .storybook/preview.ts).
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import type { RightsLocale } from '@rights-kit/client';
import { demoToken } from '@rights-kit/mock';
import type { RightsTheme } from '../components/provider/provider.js';

export { queryDeep, visibleText } from './dom.js';

export interface ProviderArgs {
  locale: RightsLocale;
  theme: RightsTheme;
}

export const providerArgTypes = {
  locale: { control: 'inline-radio', options: ['zh-CN', 'zh-HK', 'en'] },
  theme: { control: 'inline-radio', options: ['light', 'dark', 'auto'] },
} as const;

// The sandbox's demo member, signed in with a session that does not expire.
const sandboxToken = async () => demoToken();

/** `content` inside a `<rights-provider>` talking to the in-page sandbox. */
export function inProvider({ locale, theme }: ProviderArgs, content: TemplateResult): TemplateResult {
  return html`<rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${sandboxToken}
    style="padding: 1rem; background: var(--rights-sys-color-surface-container)">${content}</rights-provider>`;
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
