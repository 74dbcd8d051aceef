import type { RightsNavigateEvent } from '@rights-kit/elements';
import { SCENARIOS } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/cashback.js';
import { scenarioClient } from '../src/test/scenario.js';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';

interface CashbackArgs extends ProviderArgs {
  /** A sandbox scenario every request plays, e.g. `empty` or `unknown-enums`. */
  scenario?: string;
}

const LOADED = { timeout: 5000 };

const campaignsIn = (canvas: HTMLElement) => queryDeep(canvas, '[part="campaign"]');

const meta = {
  title: 'Components/Cashback',
  component: 'rights-cashback',
  argTypes: { scenario: { control: 'select', options: [undefined, ...Object.keys(SCENARIOS)] } },
  render: ({ scenario, ...args }) => {
    const content = html`<div style="max-width: 36rem"><rights-cashback></rights-cashback></div>`;
    return inProvider(args, content, { client: scenario ? scenarioClient(scenario) : undefined });
  },
} satisfies Meta<CashbackArgs>;

export default meta;
type Story = StoryObj<CashbackArgs>;

/** Follows every toolbar setting, the network included. */
export const Playground: Story = {};

/** The sandbox member's campaigns: two earning, one ended, one not activated yet. */
export const Default: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(campaignsIn(canvasElement)).toHaveLength(4), LOADED);
    await expect(visibleText(canvasElement)).toContain('境外消费返现 8%');
    await expect(visibleText(canvasElement)).toContain('合资格消费 ¥9,067.02');
  },
};

/** Progress towards the threshold and the cap, and each conversion, in English. */
export const English: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(campaignsIn(canvasElement)).toHaveLength(4), LOADED);
    const progress = queryDeep(canvasElement, 'progress')[0]!;
    await expect(progress.getAttribute('aria-valuetext')).toBe('CN¥9,067.02 spent of the CN¥3,500.00 threshold');
    await userEvent.click(queryDeep(canvasElement, 'summary')[0]!);
    await expect(visibleText(canvasElement)).toContain('HK$2,380.00 at 0.9136 = CN¥2,174.37');
  },
};

export const TraditionalChineseDark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('境外消費回贈 8%'), LOADED);
    await expect(visibleText(canvasElement)).toContain('立即登記');
  },
};

/** "Activate" asks the host to open the campaign's benefit, where the member activates it. */
export const Activate: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '[part~="activate"]')).toHaveLength(1), LOADED);
    const opened = new Promise<RightsNavigateEvent>((resolve) => canvasElement.addEventListener('rights-navigate', resolve, { once: true }));
    await userEvent.click(queryDeep(canvasElement, '[part~="activate"]')[0]!);
    await expect((await opened).detail).toEqual({ view: 'benefit', benefitId: 'cross-border-japan' });
  },
};

/** The skeleton while the campaigns load. */
export const Loading: Story = {
  globals: { network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/cashback', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

export const Empty: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { scenario: 'empty' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('暂时没有返现活动'), LOADED);
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "retry" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    startOutage(msw, '/v1/cashback');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("Cashback offers couldn't be loaded"), LOADED);
    endOutage();
    await userEvent.click(queryDeep(canvasElement, '[part~="retry"]')[0]!);
    await waitFor(() => expect(campaignsIn(canvasElement)).toHaveLength(4), LOADED);
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), LOADED);
  },
};

/** Statuses from a newer platform: no guessed badge, and a way to the offer. */
export const UnknownStatus: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { scenario: 'unknown-enums' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(campaignsIn(canvasElement)).toHaveLength(4), LOADED);
    await expect(queryDeep(canvasElement, '[part="badge"]')).toHaveLength(0);
    await expect(queryDeep(canvasElement, '[part~="details"]')).toHaveLength(4);
  },
};
