import { createPlatform } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';

interface CatalogArgs extends ProviderArgs {
  category?: string;
}

const cardsIn = (canvas: HTMLElement) => queryDeep(canvas, 'rights-benefit-card');

const meta = {
  title: 'Components/Catalog',
  component: 'rights-catalog',
  argTypes: {
    category: { control: 'select', options: [undefined, 'travel', 'dining', 'pets', 'family', 'culture', 'shopping', 'cross_border', 'lifestyle'] },
  },
  render: (args) => inProvider(args, html`<rights-catalog category=${ifDefined(args.category)}></rights-catalog>`),
} satisfies Meta<CatalogArgs>;

export default meta;
type Story = StoryObj<CatalogArgs>;

/** Follows every toolbar setting, the network included. */
export const Playground: Story = {};

/** Every benefit the sandbox member can see. */
export const Default: Story = {
  globals: { network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardsIn(canvasElement).length).toBeGreaterThanOrEqual(12), { timeout: 5000 });
  },
};

export const English: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Domestic airport lounges'), { timeout: 5000 });
  },
};

export const TraditionalChineseDark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('國內機場貴賓室'), { timeout: 5000 });
  },
};

export const OneCategory: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { category: 'travel' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Domestic airport lounges'), { timeout: 5000 });
    await expect(visibleText(canvasElement)).not.toContain('Pet care platform');
  },
};

/** One benefit's picture breaks the contract (a script URL): every card still shows, that one without a picture. */
export const BrokenPicture: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    const context = { memberId: 'm-jade-001', locale: 'en' as const, origin: location.origin, now: new Date() };
    const { items } = createPlatform().listBenefits(context, { offset: 0, limit: 12 });
    items[1] = { ...items[1]!, image: { url: 'javascript:alert(document.domain)', alt: '' } };
    msw.use(http.get('/v1/benefits', () => HttpResponse.json({ items, nextCursor: null })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(cardsIn(canvasElement)).toHaveLength(12), { timeout: 5000 });
    await expect(queryDeep(cardsIn(canvasElement)[1]!, 'img')).toHaveLength(0);
  },
};

/** The skeleton a cardholder sees while the first page loads. */
export const Loading: Story = {
  globals: { network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

export const Empty: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits', () => HttpResponse.json({ items: [], nextCursor: null })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('暂时没有可用的权益'), { timeout: 5000 });
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "retry" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    startOutage(msw, '/v1/benefits');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("Benefits couldn't be loaded"), { timeout: 5000 });
    endOutage();
    await userEvent.click(queryDeep(canvasElement, '[part="retry"]')[0]!);
    await waitFor(() => expect(cardsIn(canvasElement).length).toBeGreaterThanOrEqual(12), { timeout: 5000 });
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits', () => HttpResponse.error()));
  },
  play: async ({ canvasElement }) => {
    // The client first retries twice, with backoff, before the catalogue tells the cardholder.
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), { timeout: 5000 });
  },
};
