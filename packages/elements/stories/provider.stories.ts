import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs } from '../src/test/stories.js';
import '../src/define/provider.js';
import '../src/define/summary.js';

const LOADED = { timeout: 5000 };

const meta = {
  title: 'Components/Provider',
  component: 'rights-provider',
  render: (args) => inProvider(args, html`<div style="max-width: 32rem"><rights-summary></rights-summary></div>`),
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

/** The provider gives the element inside it the client, language and theme the toolbar picks. */
export const Playground: Story = {};

/** Two providers on one page are independent: another language, another theme. */
export const TwoProviders: Story = {
  globals: { network: 'normal' },
  render: (args) => html`<div style="display: grid; gap: 1rem; grid-template-columns: repeat(auto-fit, minmax(18rem, 1fr))">
    ${inProvider({ ...args, locale: 'zh-CN', theme: 'light' }, html`<rights-summary data-provider="zh-CN"></rights-summary>`)}
    ${inProvider({ ...args, locale: 'en', theme: 'dark' }, html`<rights-summary data-provider="en"></rights-summary>`)}
  </div>`,
  play: async ({ canvasElement }) => {
    const [chinese, english] = ['zh-CN', 'en'].map((locale) => canvasElement.querySelector<HTMLElement>(`[data-provider="${locale}"]`)!);
    await waitFor(() => expect(visibleText(english!)).toContain('annual fee'), LOADED);
    await waitFor(() => expect(visibleText(chinese!)).toContain('年费'), LOADED);
    const providers = queryDeep(canvasElement, 'rights-provider');
    await expect(providers.map((provider) => provider.getAttribute('lang'))).toEqual(['zh-CN', 'en']);
  },
};
