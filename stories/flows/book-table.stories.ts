import { sampleBenefit } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, type ProviderArgs } from '../../packages/elements/src/test/stories.js';
import { confirmAndWaitForResult, LOADED, openFromCatalogue, pickFirstCard, press, queryDeep, textsFor, visibleText } from './journey.js';

/**
 * A cardholder books a table for two at Autumn Restaurant Week: the platform's own form (restaurant, date,
 * time slot, party size, name, set menu), a confirmation code, and the booking in the wallet.
 */
const meta = {
  title: 'Flows/Book a table',
  globals: { network: 'normal' },
  tags: ['!autodocs'],
  render: (args) => inProvider(args, html`<rights-hub></rights-hub>`),
} satisfies Meta<ProviderArgs>;

export default meta;
type Story = StoryObj<ProviderArgs>;

export const BookATable: Story = {
  name: 'Book a table',
  play: async ({ canvasElement, globals, step }) => {
    const texts = textsFor(globals);
    // The booking form's fields, not the catalogue's search box or the card picker.
    const field = <T extends Element>(selector: string) => queryDeep<T>(queryDeep(canvasElement, 'rights-benefit-detail')[0]!, `[part="field"] ${selector}`);

    await step('Open Restaurant Week from the catalogue', async () => {
      await openFromCatalogue(canvasElement, 'restaurant-week-autumn');
      await waitFor(() => expect(queryDeep(canvasElement, 'select')).toHaveLength(2), LOADED);
    });

    await step('Fill in the booking', async () => {
      await pickFirstCard(canvasElement);
      const [restaurant, menu] = field<HTMLSelectElement>('select');
      await userEvent.selectOptions(restaurant!, restaurant!.options[1]!.value);
      // The first day bookings open, set as a date picker sets it.
      const date = field<HTMLInputElement>('input[type="date"]')[0]!;
      date.value = date.min;
      date.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
      await userEvent.click(field<HTMLInputElement>('input[type="radio"]:not(:disabled)')[0]!);
      await userEvent.type(field<HTMLInputElement>('input[type="number"]')[0]!, '2');
      await userEvent.type(field<HTMLInputElement>('input[type="text"]')[0]!, 'Li Hua');
      await userEvent.selectOptions(menu!, menu!.options[1]!.value);
    });

    await step('Book it', async () => {
      await press(canvasElement, texts.book);
      await expect(await confirmAndWaitForResult(canvasElement)).toBe(texts.booked);
      await expect(queryDeep(canvasElement, '[part="code"]')[0]?.textContent?.trim()).toBeTruthy();
    });

    await step('Find the booking in the wallet', async () => {
      await press(canvasElement, texts.back);
      await press(canvasElement, texts.hubTab('wallet'));
      const title = sampleBenefit('restaurant-week-autumn', texts.locale).title;
      await waitFor(() => expect(visibleText(canvasElement)).toContain(title), LOADED);
    });
  },
};
