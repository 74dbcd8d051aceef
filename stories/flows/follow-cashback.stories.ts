import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, type ProviderArgs } from '../../packages/elements/src/test/stories.js';
import { confirmAndWaitForResult, LOADED, pickFirstCard, press, queryDeep, textsFor } from './journey.js';

/**
 * A cardholder travelling to Japan activates the cross-border cashback campaign from the cashback tab, then
 * follows its progress there: the campaign now counts their spending.
 */
const meta = {
  title: 'Flows/Follow a cashback campaign',
  globals: { network: 'normal' },
  tags: ['!autodocs'],
  render: (args) => inProvider(args, html`<rights-hub tab="cashback"></rights-hub>`),
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

export const FollowCashback: Story = {
  name: 'Follow a cashback campaign',
  play: async ({ canvasElement, globals, step }) => {
    const texts = textsFor(globals);
    const activateButtons = () => queryDeep<HTMLButtonElement>(canvasElement, '[part~="activate"]');

    await step('Choose the campaign that is not activated yet', async () => {
      await waitFor(() => expect(activateButtons()).toHaveLength(1), LOADED);
      await userEvent.click(activateButtons()[0]!);
    });

    await step('Activate it on a card', async () => {
      await pickFirstCard(canvasElement);
      await press(canvasElement, texts.activate);
      await expect(await confirmAndWaitForResult(canvasElement)).toBe(texts.enrolled);
    });

    await step('Back on the cashback tab, the campaign counts spending', async () => {
      await press(canvasElement, texts.back);
      // The tab stayed behind the detail and reloaded itself when the activation made it stale.
      await waitFor(() => expect(activateButtons()).toHaveLength(0), LOADED);
    });
  },
};
