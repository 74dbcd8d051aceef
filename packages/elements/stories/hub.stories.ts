import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs } from '../src/test/stories.js';
import '../src/define/all.js';

interface HubArgs extends ProviderArgs {
  tab: 'catalog' | 'wallet' | 'cashback' | 'summary';
  benefitId?: string;
}

const LOADED = { timeout: 5000 };

const meta = {
  title: 'Components/Hub',
  component: 'rights-hub',
  args: { tab: 'catalog' },
  argTypes: {
    tab: { control: 'inline-radio', options: ['catalog', 'wallet', 'cashback', 'summary'] },
    benefitId: { control: 'text' },
  },
  render: (args) => inProvider(args, html`<rights-hub tab=${args.tab} benefit-id=${ifDefined(args.benefitId)}></rights-hub>`),
} satisfies Meta<HubArgs>;

export default meta;
type Story = StoryObj<HubArgs>;

/** Follows every toolbar setting, the network included; the controls pick the tab. */
export const Playground: Story = {};

/** The one-tag experience as a cardholder first meets it: the catalogue under four tabs. */
export const Catalogue: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, 'rights-benefit-card').length).toBeGreaterThan(0), LOADED);
    await expect(queryDeep(canvasElement, '[role="tab"]').map((tab) => tab.textContent?.trim())).toEqual(['精选权益', '我的权益', '跨境返现', '权益价值']);
  },
};

export const Wallet: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { tab: 'wallet' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, 'rights-wallet').length).toBe(1), LOADED);
  },
};

export const CashbackDark: Story = {
  globals: { locale: 'en', theme: 'dark', network: 'normal' },
  args: { tab: 'cashback' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Qualifying spend'), LOADED);
  },
};

export const ValueTraditionalChinese: Story = {
  globals: { locale: 'zh-HK', network: 'normal' },
  args: { tab: 'summary' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, 'rights-summary').length).toBe(1), LOADED);
  },
};

/** Opened from a link in the bank's app: the benefit on top, the catalogue behind the back button. */
export const LinkedBenefit: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'restaurant-week-autumn' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Autumn Restaurant Week'), LOADED);
    await expect(visibleText(canvasElement)).toContain('Back');
  },
};
