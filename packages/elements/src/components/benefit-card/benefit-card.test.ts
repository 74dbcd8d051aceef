import type { BenefitSummary } from '@rights-kit/client';
import type { RightsBenefitCard, RightsNavigateEvent } from '@rights-kit/elements';
import { sampleBenefit } from '@rights-kit/mock';
import { html } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/all.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';

// The sandbox serves the artwork the summaries point at.
const sandbox = useSandbox();

// The sandbox's own museum pass, as the platform would send it in English.
const museumPass = sampleBenefit('culture-museum-pass', 'en');

let listening = new AbortController();
afterEach(() => {
  listening.abort();
  listening = new AbortController();
});

async function mount(benefit: BenefitSummary, locale = 'en') {
  await sandbox;
  const provider = await fixture<HTMLElement>(
    html`<rights-provider locale=${locale}><rights-benefit-card .benefit=${benefit}></rights-benefit-card></rights-provider>`,
  );
  return provider.querySelector<RightsBenefitCard>('rights-benefit-card')!;
}

describe('<rights-benefit-card>', () => {
  it('shows picture, partner, title, value, quota and validity', async () => {
    const card = await mount(museumPass);
    const image = queryDeep<HTMLImageElement>(card, 'img')[0]!;
    await expect.poll(() => image.complete && image.naturalWidth).toBe(640);
    const text = visibleText(card);
    for (const expected of ['MuseumGo', 'Museum pass for two', 'Worth ¥240', '3 of 3 left this year', 'Valid until Dec 31, 2027']) {
      expect(text).toContain(expected);
    }
    const heading = queryDeep(card, '[role="heading"]')[0]!;
    expect(heading.getAttribute('aria-level')).toBe('3');
    await expectAccessible(card);
  });

  it('keeps a 16:9 frame without a picture, so cards never shift', async () => {
    const card = await mount({ ...museumPass, image: undefined });
    const frame = queryDeep(card, '[part="media"]')[0]!.getBoundingClientRect();
    expect(frame.width / frame.height).toBeCloseTo(16 / 9, 1);
  });

  it.each([
    ['sold_out', 'Sold out'],
    ['expired', 'Ended'],
    ['not_eligible', 'Not available on this card'],
  ] as const)('marks a %s benefit and hides what no longer applies', async (availability, label) => {
    const card = await mount({ ...museumPass, availability });
    expect(queryDeep(card, '[part~="status"]')[0]?.textContent).toBe(label);
    expect(queryDeep(card, '[part~="quota"]')).toHaveLength(0);
    expect(visibleText(card)).not.toContain('Valid until');
    await expectAccessible(card);
  });

  it('says when the quota is used up, in the provider locale', async () => {
    const card = await mount({ ...museumPass, quota: { ...museumPass.quota!, used: 3, remaining: 0 } }, 'zh-HK');
    expect(visibleText(card)).toContain('本年次數已用完');
  });

  it('renders nothing until it has a benefit, and still renders an unknown kind', async () => {
    const empty = await fixture<RightsBenefitCard>(html`<rights-benefit-card></rights-benefit-card>`);
    // Nothing but the styles, which engines without constructable stylesheets get as <style> elements.
    expect([...empty.shadowRoot!.children].filter((child) => child.localName !== 'style')).toHaveLength(0);
    const future = await mount({ ...museumPass, kind: 'unknown', category: 'unknown', availability: 'unknown' });
    expect(visibleText(future)).toContain('Museum pass for two');
    // It cannot be taken in this version: the card says so instead of promising uses.
    expect(queryDeep(future, '[part~="status"]')[0]?.textContent).toBe('Needs a newer app version');
    expect(queryDeep(future, '[part~="quota"]')).toHaveLength(0);
    await expectAccessible(future);
  });

  it('is a way into its benefit when interactive: a tap or Enter fires a cancelable rights-navigate', async () => {
    const card = await fixture<RightsBenefitCard>(html`<rights-benefit-card interactive .benefit=${museumPass}></rights-benefit-card>`);
    const opened: RightsNavigateEvent[] = [];
    document.addEventListener('rights-navigate', (event) => opened.push(event), { once: false, signal: listening.signal });
    const action = queryDeep<HTMLButtonElement>(card, '[part="action"]')[0]!;
    expect(action.textContent?.trim()).toBe('Museum pass for two');
    action.click();
    action.focus();
    await userEvent.keyboard('{Enter}');
    expect(opened.map((event) => [event.detail, event.cancelable, event.composed])).toEqual([
      [{ view: 'benefit', benefitId: 'culture-museum-pass' }, true, true],
      [{ view: 'benefit', benefitId: 'culture-museum-pass' }, true, true],
    ]);
    // The title's button covers the card: one large touch target.
    const cardBox = queryDeep(card, 'article')[0]!.getBoundingClientRect();
    const target = card.shadowRoot!.elementFromPoint(cardBox.left + 10, cardBox.bottom - 10);
    expect(target).toBe(action);
    await expectAccessible(card);
  });

  it('offers no button when it is only a picture of a benefit', async () => {
    const card = await fixture<RightsBenefitCard>(html`<rights-benefit-card .benefit=${museumPass}></rights-benefit-card>`);
    expect(queryDeep(card, 'button')).toHaveLength(0);
  });

  it('takes the heading level that fits the host page', async () => {
    const card = await fixture<RightsBenefitCard>(html`<rights-benefit-card heading-level="2" .benefit=${museumPass}></rights-benefit-card>`);
    expect(queryDeep(card, '[role="heading"]')[0]!.getAttribute('aria-level')).toBe('2');
  });
});
