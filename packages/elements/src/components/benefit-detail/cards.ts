// The member's cards against a benefit: which can take it, which one it is taken on, and the picker.
import type { BenefitDetail, Member, Quota } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { formatDay } from '../../internal/format.js';
import type { CardChoice, KindHost } from './kinds/host.js';

export function cardsFor(benefit: BenefitDetail, member: Member): { eligible: CardChoice[]; ineligible: CardChoice[] } {
  const cards = new Map(member.cards.map((card) => [card.id, card]));
  const choices = benefit.eligibility.flatMap((eligibility) => {
    const card = cards.get(eligibility.cardId);
    return card ? [{ card, eligibility }] : [];
  });
  return { eligible: choices.filter((choice) => choice.eligibility.eligible), ineligible: choices.filter((choice) => !choice.eligibility.eligible) };
}

/** The card the benefit will be taken on: the cardholder's pick, else the first eligible card. */
export const chosenCard = (eligible: readonly CardChoice[], selectedCardId: string | undefined): CardChoice | undefined =>
  eligible.find((choice) => choice.card.id === selectedCardId) ?? eligible[0];

/** Uses left in the period, and when they reset. */
export function quotaText(quota: Quota, { locale, messages }: Pick<KindHost, 'locale' | 'messages'>): string {
  const text = quota.remaining > 0 ? messages.quotaLeft(quota.remaining, quota.limit, quota.period) : messages.quotaNoneLeft(quota.period);
  return quota.resetsAt ? messages.quotaResets(text, formatDay(locale, quota.resetsAt)) : text;
}

/** A radio group of the eligible cards, each with its own quota; `disabled` while a request is on its way. */
export function renderCardPicker(eligible: readonly CardChoice[], chosen: CardChoice, host: KindHost, disabled: boolean, onPick: (cardId: string) => void) {
  return html`<fieldset part="card-picker" class="card-picker">
    <legend>${host.messages.cardPickerLegend}</legend>
    ${eligible.map(({ card, eligibility }) => {
      const selected = card.id === chosen.card.id;
      return html`<label part="card-option" class="card-option" data-selected=${selected ? 'true' : 'false'}>
        <input type="radio" name="card" value=${card.id} .checked=${selected} ?disabled=${disabled} @change=${() => onPick(card.id)} />
        <span class="card-option-text">
          <span>${host.cardName(card)}</span>
          ${eligibility.quota ? html`<span class="muted">${quotaText(eligibility.quota, host)}</span>` : nothing}
        </span>
      </label>`;
    })}
  </fieldset>`;
}
