// Activate a card-linked offer: enrol once, then qualifying spend on the card earns cashback.
import type { ActivationBenefit, ActivationItem } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { currencyName, formatList, formatMoney, formatPercent, regionName } from '../../../internal/format.js';
import type { KindHost, ResultView, TakeableKind } from './host.js';
import type { ItemKind } from './item-host.js';

/** The cashback rule in the cardholder's words: rate, threshold, cap, where and in which currencies. */
function renderRule({ cashback: rule }: ActivationBenefit, { locale, messages }: KindHost) {
  if (!rule) return nothing;
  const threshold = Number(rule.threshold.amount) > 0 ? messages.cashbackThreshold(formatMoney(locale, rule.threshold)) : messages.cashbackNoThreshold;
  return html`<ul part="rule" class="rule">
    <li class="rule-rate">${messages.cashbackRate(formatPercent(locale, rule.rate))}</li>
    <li>${threshold}</li>
    <li>${messages.cashbackCap(formatMoney(locale, rule.cap))}</li>
    <li>
      ${rule.regions.length > 0
        ? messages.cashbackRegions(formatList(locale, rule.regions.map((region) => regionName(locale, region))))
        : messages.cashbackAnyRegion}
    </li>
    ${rule.currencies.length > 0
      ? html`<li>${messages.cashbackCurrencies(formatList(locale, rule.currencies.map((code) => currencyName(locale, code))))}</li>`
      : nothing}
    <li>${messages.cashbackSettlement(currencyName(locale, rule.settlementCurrency))}</li>
  </ul>`;
}

export const detail: TakeableKind<ActivationBenefit> = {
  label: (_benefit, messages) => messages.activate,
  busyLabel: (messages) => messages.activating,
  body: (benefit, host) => (benefit.cashback ? host.section('rule', host.messages.cashbackHeading, renderRule(benefit, host)) : nothing),
  // Joined once, on any card, it counts on its own: there is nothing more to take.
  blocked: (benefit, host) => (benefit.enrolled ? host.notice(host.messages.alreadyEnrolled, host.messages.alreadyEnrolledHint) : undefined),
  mainAction: (benefit, host, { card }) => host.claim(benefit, { cardId: card.id }),
};

export const result: ResultView<ActivationItem> = {
  title: (messages) => messages.enrolled,
  body: (_item, host, card) => html`<p>${host.messages.enrolledText(host.cardName(card))}</p>`,
};

/** An offer joined has nothing to present: it opens its benefit, where its rule is. */
export const item: ItemKind<ActivationItem> = {
  presented: 'absent',
  opens: (activation) => ({ view: 'benefit', benefitId: activation.benefitId }),
};
