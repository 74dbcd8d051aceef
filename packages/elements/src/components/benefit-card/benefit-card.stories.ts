import type { BenefitSummary } from '@rights-kit/client';
import { sampleBenefit } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { inProvider, providerArgTypes, visibleText, type ProviderArgs } from '../../test/stories.js';

interface CardArgs extends ProviderArgs {
  benefit: BenefitSummary;
}

const lounge = sampleBenefit('lounge-domestic', 'zh-CN');

const meta = {
  title: 'Components/Benefit card',
  component: 'rights-benefit-card',
  args: { locale: 'zh-CN', theme: 'light', benefit: lounge },
  argTypes: providerArgTypes,
  render: (args) => inProvider(args, html`<div style="max-width: 22rem"><rights-benefit-card .benefit=${args.benefit}></rights-benefit-card></div>`),
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Available: Story = {
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('本年剩 6/6 次');
  },
};

export const QuotaUsedUp: Story = {
  args: { benefit: { ...lounge, quota: { ...lounge.quota!, used: 6, remaining: 0 } } },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('本年次数已用完');
  },
};

export const SoldOut: Story = {
  args: { benefit: { ...lounge, availability: 'sold_out' } },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('已抢光');
  },
};

export const Expired: Story = {
  args: { benefit: { ...lounge, availability: 'expired' } },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('已结束');
  },
};

export const NotEligible: Story = {
  args: { benefit: { ...lounge, availability: 'not_eligible' }, locale: 'en' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('Not available on this card');
  },
};

export const Dark: Story = {
  args: { theme: 'dark' },
};
