import type { FormAnswers as Answers, FormField } from '@rights-kit/client';
import { validateFormAnswers } from '@rights-kit/contract';
import type { ReactiveControllerHost } from 'lit';
import type { FormState } from './kinds/host.js';
import { controlId } from './reservation-form.js';

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const entries = Object.entries(record).filter(([name]) => name !== key);
  return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}

/** The reservation form's answers and their problems, for one element; each change renders it again. */
export class FormAnswers implements FormState {
  answers: Answers = {};
  errors: Readonly<Record<string, string>> = {};

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: HTMLElement | DocumentFragment },
    /** The cardholder changed an answer: what failed before may work now. */
    private readonly onChange: () => void,
  ) {}

  answer(field: FormField, answer: string | number | undefined): void {
    this.answers = withEntry(this.answers, field.name, answer);
    this.onChange();
    // A booked-out date is worth hearing about at once; other fields are checked again once they were wrong.
    const hadError = field.name in this.errors;
    if (field.type === 'date' || hadError) {
      const problem = validateFormAnswers([field], answer === undefined ? {} : { [field.name]: answer }).find(
        (candidate) => candidate.problem !== 'required' || hadError,
      );
      this.errors = withEntry<string>(this.errors, field.name, problem?.problem);
    }
    this.host.requestUpdate();
  }

  show(fields: readonly FormField[], problems: readonly { name: string; problem: string }[]): boolean {
    const errors: Record<string, string> = {};
    for (const { name, problem } of problems) {
      if (fields.some((field) => field.name === name) && !(name in errors)) errors[name] = problem;
    }
    this.errors = errors;
    this.host.requestUpdate();
    const first = fields.find((field) => field.name in errors);
    if (first) void this.focus(first);
    return first !== undefined;
  }

  clear(): void {
    this.answers = {};
    this.errors = {};
    this.host.requestUpdate();
  }

  private async focus(field: FormField) {
    await this.host.updateComplete;
    const id = controlId(field.name);
    const root = this.host.renderRoot;
    const target =
      field.type === 'time_slot'
        ? (root.querySelector<HTMLInputElement>(`#${id} input:checked`) ?? root.querySelector<HTMLInputElement>(`#${id} input:not(:disabled)`))
        : root.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
  }
}
