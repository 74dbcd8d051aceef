// Book a limited resource (a lounge visit, a restaurant-week table) through the platform's own form;
// the result is a confirmation to quote at the desk.
import type { ReservationBenefit, ReservationItem } from '@rights-kit/client';
import { validateFormAnswers } from '@rights-kit/contract';
import { html, nothing } from 'lit';
import { formatCalendarDate } from '../../../internal/format.js';
import { answersFor, needsPartnerChannel, renderFields } from '../reservation-form.js';
import type { ResultView, TakeableKind } from './host.js';
import type { ItemKind } from './item-host.js';

export const detail: TakeableKind<ReservationBenefit> = {
  label: (_benefit, messages) => messages.book,
  busyLabel: (messages) => messages.booking,
  // The main button submits the form: the answers are checked here first, and nothing is sent while one is wrong.
  action: (benefit, host, choice) => {
    const { messages, locale, form } = host;
    const blocked = needsPartnerChannel(benefit.form);
    const submit = (event: SubmitEvent) => {
      event.preventDefault();
      if (blocked) return;
      const problems = validateFormAnswers(benefit.form, answersFor(benefit.form, form.answers));
      if (!form.show(benefit.form, problems)) detail.mainAction(benefit, host, choice);
    };
    return html`<form part="form" class="form" novalidate @submit=${submit}>
      ${renderFields({
        fields: benefit.form,
        answers: form.answers,
        errors: form.errors,
        messages,
        locale,
        partner: benefit.partner.name,
        onAnswer: (field, answer) => form.answer(field, answer),
      })}
      ${host.controls({ disabled: blocked, type: 'submit', describedBy: blocked ? 'unsupported' : undefined })}
    </form>`;
  },
  mainAction: (benefit, host, { card }) => host.claim(benefit, { cardId: card.id, form: answersFor(benefit.form, host.form.answers) }),
  refused: (benefit, host, problems) => host.form.show(benefit.form, problems.map(({ name, reason }) => ({ name, problem: reason }))),
};

export const result: ResultView<ReservationItem> = {
  title: (messages) => messages.booked,
  body: ({ reservation }, { locale, messages }) => {
    const date = formatCalendarDate(locale, reservation.date);
    return html`<p class="code-label" id="code-label">${messages.confirmationCode}</p>
      <p part="code" class="code" translate="no" aria-labelledby="code-label">${reservation.confirmationCode}</p>
      <dl class="facts">
        <div><dt>${messages.reservationWhen}</dt><dd>${reservation.time ? messages.dateAndTime(date, reservation.time) : date}</dd></div>
        ${reservation.details.map((detail) => html`<div><dt>${detail.label}</dt><dd>${detail.value}</dd></div>`)}
      </dl>`;
  },
};

/**
 * A booking is shown by its date, time and confirmation code, which say more than a validity would; it has
 * nothing to present, so it opens its benefit.
 */
export const item: ItemKind<ReservationItem> = {
  presented: 'absent',
  opens: (booking) => ({ view: 'benefit', benefitId: booking.benefitId }),
  when: ({ reservation }, { locale, messages }) => {
    const date = formatCalendarDate(locale, reservation.date);
    return html`<span part="when">${reservation.time ? messages.dateAndTime(date, reservation.time) : date}</span>`;
  },
  detail: ({ reservation }, { messages }) =>
    html`<p part="confirmation" class="confirmation">${messages.confirmationCode} <span class="code" translate="no">${reservation.confirmationCode}</span></p>`,
  expiry: () => nothing,
};
