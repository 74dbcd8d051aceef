import type { BenefitSummary } from '@rights-kit/client';
import { sampleBenefit } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { inProvider, visibleText, type ProviderArgs } from '../src/test/stories.js';

interface CardArgs extends ProviderArgs {
  /** A benefit from the sandbox's catalogue, in the story's language. */
  benefitId: string;
  availability: BenefitSummary['availability'];
  /** Visits used this year, of six. */
  quotaUsed: number;
}

/** The sandbox's benefit as the catalogue lists it, with the state the story asks for. */
function benefitFor({ benefitId, locale, availability, quotaUsed }: CardArgs): BenefitSummary {
  const benefit = sampleBenefit(benefitId, locale);
  const quota = benefit.quota && { ...benefit.quota, used: quotaUsed, remaining: Math.max(0, benefit.quota.limit - quotaUsed) };
  return { ...benefit, availability, ...(quota && { quota }) };
}

const meta = {
  title: 'Components/Benefit card',
  component: 'rights-benefit-card',
  args: { benefitId: 'lounge-domestic', availability: 'available', quotaUsed: 0 },
  argTypes: {
    benefitId: { control: 'select', options: ['lounge-domestic', 'restaurant-week-autumn', 'pet-platform', 'cross-border-japan', 'shopping-instant-reduction'] },
    availability: { control: 'inline-radio', options: ['available', 'sold_out', 'expired', 'not_eligible'] },
    quotaUsed: { control: { type: 'range', min: 0, max: 6 } },
  },
  render: (args) =>
    inProvider(args, html`<div style="max-width: 22rem"><rights-benefit-card .benefit=${benefitFor(args)}></rights-benefit-card></div>`),
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

/** Follows every toolbar setting; the controls pick the benefit and its state. */
export const Playground: Story = {};

export const Available: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('本年剩 6/6 次');
  },
};

export const QuotaUsedUp: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { quotaUsed: 6 },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('本年次数已用完');
  },
};

export const SoldOut: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { availability: 'sold_out' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('已抢光');
  },
};

export const Expired: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { availability: 'expired' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('已结束');
  },
};

export const NotEligible: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { availability: 'not_eligible' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('Not available on this card');
  },
};

/** The sandbox's English content, not only the element's own texts, follows the language. */
export const EnglishContent: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await expect(visibleText(canvasElement)).toContain('Domestic airport lounges');
    await expect(visibleText(canvasElement)).toContain('6 of 6 left this year');
  },
};

export const Dark: Story = {
  globals: { theme: 'dark' },
};
