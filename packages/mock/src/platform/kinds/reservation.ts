// Book a limited resource (a lounge visit, a restaurant-week table) through the platform's small form.
// The answers are checked with the contract's own rules; the result is a confirmation for the day
// booked, which counts as used once that day is over.
import { validateFormAnswers, type FormAnswers, type FormField } from '@rights-kit/contract';
import type { SeedBenefit } from '../../fixtures/types.js';
import { cstDate } from '../clock.js';
import { refuse } from '../problem.js';
import { randomCode } from '../random-code.js';
import { renderField, renderLocation, type RenderContext } from '../render.js';
import type { ClaimRecord } from '../state.js';
import type { ClaimedKind } from './kind.js';

interface Booking {
  confirmationCode: string;
  answers: FormAnswers;
}

const formOf = (benefit: SeedBenefit<'reservation'>, context: RenderContext): FormField[] => benefit.form.map((field) => renderField(field, context));

/** The booking's date, time, party and place, read from the answers to the form's fields of those types. */
function bookingOf({ issued: { answers }, claimedAt }: ClaimRecord<Booking>, benefit: SeedBenefit<'reservation'>) {
  const valueOf = (type: string) => {
    const field = benefit.form.find((candidate) => candidate.type === type);
    return field ? answers[field.name] : undefined;
  };
  const time = valueOf('time_slot');
  const partySize = valueOf('number');
  const locationAnswer = benefit.form.find((field) => field.name === 'location') ? answers.location : undefined;
  return {
    date: String(valueOf('date') ?? cstDate(claimedAt)),
    time: typeof time === 'string' ? time : undefined,
    partySize: typeof partySize === 'number' ? partySize : undefined,
    location: benefit.locations?.find((location) => location.id === locationAnswer),
  };
}

export const reservation = {
  takenBy: 'claim',
  // A booking whose day has passed was the member's visit, not a voucher left unused.
  lapsesAs: 'used',
  usedAtMerchant: false,
  detail: (benefit, { context }) => ({ kind: 'reservation', form: formOf(benefit, context) }),
  issue(benefit, { form }, { context }) {
    const answers = form ?? {};
    const problems = validateFormAnswers(formOf(benefit, context), answers);
    if (problems.length > 0) refuse('validation_failed', 'The reservation form has mistakes.', problems.map(({ name, problem }) => ({ name, reason: problem })));
    return { confirmationCode: `BK${randomCode(6)}`, answers };
  },
  validUntil: (record, benefit) => new Date(`${bookingOf(record, benefit).date}T23:59:59+08:00`),
  item(record, benefit, context) {
    const { locale } = context;
    const { date, time, partySize, location } = bookingOf(record, benefit);
    const details = benefit.form.flatMap((field) => {
      const answer = record.issued.answers[field.name];
      if (answer === undefined || answer === '') return [];
      const label = field.type === 'select' ? field.options.find((option) => option.value === answer)?.label[locale] : undefined;
      return [{ label: field.label[locale], value: label ?? String(answer) }];
    });
    return {
      kind: 'reservation',
      reservation: {
        confirmationCode: record.issued.confirmationCode,
        date,
        ...(time && { time }),
        ...(partySize !== undefined && { partySize }),
        ...(location && { location: renderLocation(location, context) }),
        details,
      },
    };
  },
} satisfies ClaimedKind<'reservation', Booking>;
