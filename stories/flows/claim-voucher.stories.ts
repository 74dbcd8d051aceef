import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import { inProvider, type ProviderArgs } from '../../packages/elements/src/test/stories.js';
import { confirmAndWaitForResult, LOADED, openFromCatalogue, press, queryDeep, textsFor } from './journey.js';

/**
 * A cardholder finds a lounge visit in the catalogue, claims it on their platinum card, opens the voucher
 * from the wallet and shows it full screen at the lounge's desk. Open the Interactions panel to replay it
 * step by step; the language, theme, brand, phone size and text size follow the toolbar.
 */
const meta = {
  title: 'Flows/Claim a voucher and present it',
  // The journey needs the platform to answer: the network stays normal.
  globals: { network: 'normal' },
  tags: ['!autodocs'],
  render: (args) => inProvider(args, html`<rights-hub></rights-hub>`),
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

export const ClaimAndPresent: Story = {
  name: 'Claim a voucher and present it',
  play: async ({ canvasElement, globals, step }) => {
    const texts = textsFor(globals);

    await step('Open the lounge visit from the catalogue', async () => {
      await openFromCatalogue(canvasElement, 'lounge-last-visit');
      await press(canvasElement, texts.claim);
    });

    await step('Confirm the claim', async () => {
      await expect(await confirmAndWaitForResult(canvasElement)).toBe(texts.voucherClaimed);
      await expect(queryDeep(canvasElement, '[part="code"]')[0]?.textContent).toMatch(/^RK-/);
    });

    await step('Open it in the wallet', async () => {
      await press(canvasElement, texts.viewInWallet);
      await waitFor(() => expect(queryDeep(canvasElement, 'rights-voucher [part="symbol"] svg, rights-voucher')).not.toHaveLength(0), LOADED);
    });

    await step('Show it full screen at the desk', async () => {
      await press(canvasElement, texts.voucherPresent);
      const dialog = queryDeep<HTMLDialogElement>(canvasElement, 'dialog')[0]!;
      await waitFor(() => expect(dialog.open).toBe(true));
      await waitFor(() => expect(queryDeep(canvasElement, '[part="presented-symbol"] svg')).toHaveLength(1), LOADED);
    });

    await step('Close it', async () => {
      await press(canvasElement, texts.voucherClose);
      await waitFor(() => expect(queryDeep<HTMLDialogElement>(canvasElement, 'dialog')[0]!.open).toBe(false));
    });
  },
};
