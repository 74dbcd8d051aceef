// What the flows share: finding what a cardholder sees and presses, in whatever language the toolbar picks.
import type { RightsLocale } from '@rights-kit/client';
import { expect, userEvent, waitFor } from 'storybook/test';
import { DETAIL_MESSAGES, type DetailMessages } from '../../packages/elements/src/components/benefit-detail/benefit-detail.messages.js';
import { CASHBACK_MESSAGES, type CashbackMessages } from '../../packages/elements/src/components/cashback/cashback.messages.js';
import { HUB_MESSAGES, type HubMessages } from '../../packages/elements/src/components/hub/hub.messages.js';
import { VOUCHER_MESSAGES, type VoucherMessages } from '../../packages/elements/src/components/voucher/voucher.messages.js';
import { TAKING_MESSAGES, type TakingMessages } from '../../packages/elements/src/internal/taking.messages.js';
import { CATALOGS, type Messages } from '../../packages/elements/src/locales/index.js';
import { queryDeep, visibleText } from '../../packages/elements/src/test/stories.js';
import type { RightsBenefitCard } from '../../packages/elements/src/components/benefit-card/benefit-card.js';
import { environmentOf } from '../../.storybook/environment.js';

export { queryDeep, visibleText } from '../../packages/elements/src/test/stories.js';

/** A round trip through the in-page sandbox, then a render: generous for a busy two-core runner. */
export const LOADED = { timeout: 8000 };

/** Every text the elements show in the story's language: what a cardholder reads on the buttons. */
export function textsFor(
  globals: Record<string, unknown>,
): Messages & DetailMessages & TakingMessages & VoucherMessages & HubMessages & CashbackMessages & { locale: RightsLocale } {
  const locale: RightsLocale = environmentOf(globals).locale;
  return {
    locale,
    ...CATALOGS[locale],
    ...DETAIL_MESSAGES[locale],
    ...TAKING_MESSAGES[locale],
    ...VOUCHER_MESSAGES[locale],
    ...HUB_MESSAGES[locale],
    ...CASHBACK_MESSAGES[locale],
  };
}

/** What a screen reader announces for `element`: its text without the parts hidden from it (icons, arrows). */
function label(element: Element): string {
  return [...element.childNodes]
    .map((node) => (node instanceof Element ? (node.getAttribute('aria-hidden') === 'true' ? '' : label(node)) : node instanceof Text ? node.data : ''))
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The enabled button reading `name`, once it shows; buttons on screens hidden behind another do not count. */
export async function button(canvas: HTMLElement, name: string): Promise<HTMLButtonElement> {
  let found: HTMLButtonElement | undefined;
  await waitFor(() => {
    found = queryDeep<HTMLButtonElement>(canvas, 'button').find((candidate) => label(candidate) === name && !candidate.disabled && candidate.checkVisibility());
    return expect(found, `a button "${name}"`).toBeTruthy();
  }, LOADED);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

export async function press(canvas: HTMLElement, name: string): Promise<void> {
  await userEvent.click(await button(canvas, name));
}

/** Opens `benefitId` from the catalogue by its card's title, as a cardholder would. */
export async function openFromCatalogue(canvas: HTMLElement, benefitId: string): Promise<void> {
  let card: RightsBenefitCard | undefined;
  await waitFor(() => {
    card = queryDeep<RightsBenefitCard>(canvas, 'rights-benefit-card').find((candidate) => candidate.benefit?.id === benefitId);
    return expect(card?.shadowRoot?.querySelector('[part="action"]'), `the catalogue's card for ${benefitId}`).toBeTruthy();
  }, LOADED);
  const title = card?.shadowRoot?.querySelector<HTMLButtonElement>('[part="action"]');
  if (!title) throw new Error(`No card for ${benefitId} in the catalogue`);
  title.scrollIntoView({ block: 'center' });
  await userEvent.click(title);
}

/** With more than one card able to take the benefit, takes it on the first. */
export async function pickFirstCard(canvas: HTMLElement): Promise<void> {
  const cards = queryDeep<HTMLInputElement>(canvas, 'input[name="card"]:not(:disabled)');
  const [first] = cards;
  if (first && cards.length > 1 && !cards.some((card) => card.checked)) await userEvent.click(first);
}

/**
 * Answers the confirmation the detail asks before some actions (a voucher uses quota at once), and waits
 * for the result: its heading's text.
 */
export async function confirmAndWaitForResult(canvas: HTMLElement): Promise<string> {
  await waitFor(
    () => expect(queryDeep(canvas, '[part="confirm"], [part="result-heading"]'), `a confirmation or a result; the screen reads: ${visibleText(canvas)}`).not.toHaveLength(0),
    LOADED,
  );
  const confirm = queryDeep<HTMLButtonElement>(canvas, '[part="confirm"] [part~="action"]')[0];
  if (confirm) await userEvent.click(confirm);
  let heading = '';
  await waitFor(() => {
    heading = queryDeep(canvas, '[part="result-heading"]')[0]?.textContent?.trim() ?? '';
    return expect(heading).not.toBe('');
  }, LOADED);
  return heading;
}
