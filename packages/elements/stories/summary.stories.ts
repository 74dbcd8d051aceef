import type { ValueSummary } from '@rights-kit/client';
import { SCENARIOS } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import '../src/define/summary.js';
import { scenarioClient } from '../src/test/scenario.js';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';

interface SummaryArgs extends ProviderArgs {
  /** A sandbox scenario every request plays, e.g. `unknown-enums` or `offline`. */
  scenario?: string;
}

const LOADED = { timeout: 5000 };

const cny = (amount: string) => ({ amount, currency: 'CNY' });

/** Halfway through the year, with the fee not yet covered. */
const notCovered: ValueSummary = {
  year: 2026,
  annualFee: cny('3600.00'),
  realised: cny('1284.00'),
  byCategory: [
    { category: 'travel', name: 'Travel', realised: cny('800.00'), uses: 1 },
    { category: 'dining', name: 'Dining', realised: cny('356.00'), uses: 4 },
    { category: 'pets', name: 'Pets', realised: cny('128.00'), uses: 1 },
  ],
};

const rowsIn = (canvas: HTMLElement) => queryDeep(canvas, '[part="category"]');

const meta = {
  title: 'Components/Summary',
  component: 'rights-summary',
  argTypes: { scenario: { control: 'select', options: [undefined, ...Object.keys(SCENARIOS)] } },
  render: ({ scenario, ...args }) => {
    const content = html`<div style="max-width: 32rem"><rights-summary></rights-summary></div>`;
    return inProvider(args, content, { client: scenario ? scenarioClient(scenario) : undefined });
  },
} satisfies Meta<SummaryArgs>;

export default meta;
type Story = StoryObj<SummaryArgs>;

/** Follows every toolbar setting, the network included. */
export const Playground: Story = {};

/** The sandbox member's year: the fee is covered. */
export const Default: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsIn(canvasElement)).toHaveLength(6), LOADED);
    await expect(visibleText(canvasElement)).toContain('年费 ¥2,300.00，已获价值 ¥3,091.55');
    await expect(visibleText(canvasElement)).toContain('年费已回本，还多出 ¥791.55。');
  },
};

export const English: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('CN¥3,091.55 back on a CN¥2,300.00 annual fee'), LOADED);
    await expect(visibleText(canvasElement)).toContain('Travel 3 uses CN¥1,600.00');
  },
};

export const TraditionalChineseDark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('年費已回本'), LOADED);
  },
};

export const NotCoveredYet: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/summary', () => HttpResponse.json(notCovered)));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('CN¥2,316.00 more to cover your annual fee.'), LOADED);
  },
};

/** The skeleton while the summary loads. */
export const Loading: Story = {
  globals: { network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/summary', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

/** Nothing used yet this year. */
export const Empty: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/summary', () => HttpResponse.json({ ...notCovered, realised: cny('0.00'), byCategory: [] })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('今年还没有使用权益'), LOADED);
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "retry" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    startOutage(msw, '/v1/summary');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("The value of your benefits couldn't be loaded"), LOADED);
    endOutage();
    await userEvent.click(queryDeep(canvasElement, '[part~="retry"]')[0]!);
    await waitFor(() => expect(rowsIn(canvasElement)).toHaveLength(6), LOADED);
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { scenario: 'offline' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), LOADED);
  },
};

/** Categories from a newer platform still show, by the name the platform gives them. */
export const UnknownCategories: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { scenario: 'unknown-enums' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowsIn(canvasElement)).toHaveLength(6), LOADED);
    await expect(visibleText(canvasElement)).toContain('Cross-border 2 uses CN¥497.55');
  },
};
