// The platform's reservation form as native, labelled controls: one renderer per field type, the words
// for each validation problem, and the answers as the claim sends them.
import type { FormAnswers, FormField, RightsLocale } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { DetailMessages } from './benefit-detail.messages.js';
import { formatCalendarDate, formatList } from '../../internal/format.js';

type Answer = string | number | undefined;

export interface FormView {
  fields: readonly FormField[];
  answers: FormAnswers;
  /** The problem code (`required`, `out_of_range`, …) of each field that has one. */
  errors: Readonly<Record<string, string>>;
  messages: DetailMessages;
  locale: RightsLocale;
  /** The partner's name, for sending the cardholder to its own channel. */
  partner: string;
  onAnswer(field: FormField, answer: Answer): void;
}

/** The id of a field's control (or of its radio group) in the element's shadow root. */
export const controlId = (name: string) => `field-${name}`;

/** Fields this version cannot render: a newer platform's field types. */
export const unsupportedFields = (fields: readonly FormField[]) => fields.filter((field) => field.type === 'unknown');

/** Whether booking here is impossible: a field the cardholder must answer cannot be shown. */
export const needsPartnerChannel = (fields: readonly FormField[]) => unsupportedFields(fields).some((field) => field.required);

/** The answers to send: known fields only, in the form's order, empty ones left out. */
export function answersFor(fields: readonly FormField[], answers: FormAnswers): FormAnswers {
  const result: FormAnswers = {};
  for (const field of fields) {
    const answer = answers[field.name];
    if (field.type !== 'unknown' && answer !== undefined && answer !== '') result[field.name] = answer;
  }
  return result;
}

/** What a cardholder reads for `problem` on `field`, with the field's own limits in it. */
export function problemText(field: FormField, problem: string, messages: DetailMessages, locale: RightsLocale): string {
  switch (problem) {
    case 'required':
      return field.type === 'text' || field.type === 'number' ? messages.fieldRequired : messages.fieldChoose;
    case 'out_of_range':
      if (field.type === 'date') return messages.fieldDateRange(formatCalendarDate(locale, field.min), formatCalendarDate(locale, field.max));
      if (field.type === 'number') return messages.fieldNumberRange(field.min, field.max, field.step ?? 1);
      return messages.fieldInvalid;
    case 'unavailable':
      if (field.type === 'date') return messages.fieldDateUnavailable;
      if (field.type === 'time_slot') return messages.fieldSlotUnavailable;
      return messages.fieldInvalid;
    case 'not_an_option':
      return messages.fieldNotOption;
    case 'too_short':
      return field.type === 'text' ? messages.fieldTooShort(field.minLength ?? 1) : messages.fieldInvalid;
    case 'too_long':
      return field.type === 'text' ? messages.fieldTooLong(field.maxLength) : messages.fieldInvalid;
    default:
      return messages.fieldInvalid;
  }
}

const AUTOCOMPLETE = { name: 'name', tel: 'tel', email: 'email' } as const;
const INPUT_MODE = { tel: 'tel', email: 'email' } as const;

/** Every field of the form, then a notice for fields only the partner's own channel can take. */
export function renderFields(view: FormView) {
  const unsupported = unsupportedFields(view.fields);
  const required = unsupported.filter((field) => field.required);
  const optional = unsupported.filter((field) => !field.required);
  const { messages, locale } = view;
  return html`
    ${required.length > 0
      ? html`<div part="notice" class="notice" id="unsupported">
          <p class="notice-title">${messages.unsupportedFieldsTitle}</p>
          <p>${messages.unsupportedFieldsHint(view.partner, formatList(locale, required.map((field) => field.label)))}</p>
        </div>`
      : nothing}
    <p class="required-hint">${messages.requiredHint}</p>
    ${view.fields.map((field) => renderField(field, view))}
    ${optional.map((field) => html`<p class="field-note">${messages.unsupportedOptionalField(field.label)}</p>`)}
  `;
}

function renderField(field: FormField, view: FormView) {
  const { messages, locale } = view;
  const id = controlId(field.name);
  const problem = view.errors[field.name];
  const answer = view.answers[field.name];
  const help =
    field.type === 'date' && field.unavailable?.length
      ? [field.help, messages.unavailableDates(formatList(locale, field.unavailable.map((date) => formatCalendarDate(locale, date))))].filter(Boolean).join('\n')
      : field.help;
  const describedBy = [help ? `${id}-help` : '', problem ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
  const label = html`${field.label}${field.required ? html`<span class="required" aria-hidden="true"> *</span>` : nothing}`;
  const after = html`${help ? html`<p part="help" class="help" id="${id}-help">${help}</p>` : nothing}
  ${problem ? html`<p part="field-error" class="field-error" id="${id}-error">${problemText(field, problem, messages, locale)}</p>` : nothing}`;
  const invalid = problem ? 'true' : 'false';
  const text = (event: Event) => (event.target as HTMLInputElement | HTMLSelectElement).value;

  switch (field.type) {
    case 'date':
      return html`<div part="field" class="field" data-invalid=${invalid}>
        <label part="label" for=${id}>${label}</label>
        <input
          part="input"
          id=${id}
          type="date"
          min=${field.min}
          max=${field.max}
          ?required=${field.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${String(answer ?? '')}
          @change=${(event: Event) => view.onAnswer(field, text(event) || undefined)}
        />
        ${after}
      </div>`;
    case 'time_slot':
      return html`<fieldset
        part="field"
        class="field slots"
        id=${id}
        role="radiogroup"
        aria-required=${field.required ? 'true' : 'false'}
        aria-invalid=${invalid}
        aria-describedby=${ifDefined(describedBy)}
        data-invalid=${invalid}
      >
        <legend part="label">${label}</legend>
        <div class="slot-list">
          ${field.slots.map(
            (slot) => html`<label class="slot" data-available=${slot.available ? 'true' : 'false'} data-selected=${answer === slot.value ? 'true' : 'false'}>
              <input
                type="radio"
                name=${id}
                value=${slot.value}
                ?disabled=${!slot.available}
                .checked=${answer === slot.value}
                @change=${() => view.onAnswer(field, slot.value)}
              />
              <span>${slot.available ? slot.value : messages.slotFull(slot.value)}</span>
            </label>`,
          )}
        </div>
        ${after}
      </fieldset>`;
    case 'select':
      return html`<div part="field" class="field" data-invalid=${invalid}>
        <label part="label" for=${id}>${label}</label>
        <select
          part="input"
          id=${id}
          ?required=${field.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          @change=${(event: Event) => view.onAnswer(field, text(event) || undefined)}
        >
          <option value="" ?selected=${answer === undefined}>${messages.choose}</option>
          ${field.options.map((option) => html`<option value=${option.value} ?selected=${answer === option.value}>${option.label}</option>`)}
        </select>
        ${after}
      </div>`;
    case 'number':
      return html`<div part="field" class="field" data-invalid=${invalid}>
        <label part="label" for=${id}>${label}</label>
        <input
          part="input"
          class="number"
          id=${id}
          type="number"
          inputmode="numeric"
          min=${field.min}
          max=${field.max}
          step=${field.step ?? 1}
          ?required=${field.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${String(answer ?? '')}
          @input=${(event: Event) => {
            const input = event.target as HTMLInputElement;
            // A half-typed number stays a string, which validation reports as the wrong type.
            view.onAnswer(field, input.value === '' ? undefined : Number.isFinite(input.valueAsNumber) ? input.valueAsNumber : input.value);
          }}
        />
        ${after}
      </div>`;
    case 'text': {
      const mode = field.inputMode === 'name' || field.inputMode === 'tel' || field.inputMode === 'email' ? field.inputMode : undefined;
      return html`<div part="field" class="field" data-invalid=${invalid}>
        <label part="label" for=${id}>${label}</label>
        <input
          part="input"
          id=${id}
          type="text"
          maxlength=${field.maxLength}
          minlength=${ifDefined(field.minLength)}
          autocomplete=${ifDefined(mode && AUTOCOMPLETE[mode])}
          inputmode=${ifDefined(mode === 'tel' || mode === 'email' ? INPUT_MODE[mode] : undefined)}
          ?required=${field.required}
          aria-invalid=${invalid}
          aria-describedby=${ifDefined(describedBy)}
          .value=${String(answer ?? '')}
          @input=${(event: Event) => view.onAnswer(field, text(event) || undefined)}
        />
        ${after}
      </div>`;
    }
    case 'unknown':
      // Named in the notice above (required) or the note below (optional).
      return nothing;
  }
}
