import { droppable } from './degrade.js';
import { z } from './internal/zod.js';
import { calendarDate, count, openEnum, timeOfDay, unknownKind } from './primitives.js';

/**
 * The small forms the platform defines for reservations (a lounge visit, a restaurant-week table).
 * The SDK renders them; the same rules validate the answers in the SDK and on the platform
 * ({@link validateFormAnswers}), so the cardholder hears about a mistake before the request is sent.
 */
const fieldBase = {
  /** The answer's key in the claim's `form`. */
  name: z.string().check(z.regex(/^[a-z][a-zA-Z0-9_]{0,31}$/, 'must be a field name')),
  label: z.string().check(z.minLength(1)),
  required: z.boolean(),
  help: droppable(z.string()),
};

export const dateField = z.object({
  ...fieldBase,
  type: z.literal('date'),
  min: calendarDate,
  max: calendarDate,
  /** Dates inside the range that cannot be booked (fully booked, closed). */
  unavailable: z.optional(z.array(calendarDate)),
});

export const timeSlotField = z.object({
  ...fieldBase,
  type: z.literal('time_slot'),
  slots: z.array(z.object({ value: timeOfDay, available: z.boolean() })).check(z.minLength(1)),
});

export const selectField = z.object({
  ...fieldBase,
  type: z.literal('select'),
  options: z.array(z.object({ value: z.string().check(z.minLength(1)), label: z.string() })).check(z.minLength(1)),
});

export const numberField = z.object({
  ...fieldBase,
  type: z.literal('number'),
  min: z.int(),
  max: z.int(),
  step: z.optional(z.int().check(z.positive())),
});

export const TEXT_INPUT_MODES = ['text', 'name', 'tel', 'email'] as const;

export const textField = z.object({
  ...fieldBase,
  type: z.literal('text'),
  minLength: z.optional(count),
  /** Always bounded, so no answer is unbounded input. */
  maxLength: z.int().check(z.positive(), z.lte(500)),
  /** Which keyboard and autofill suit the field. */
  inputMode: z.optional(openEnum(TEXT_INPUT_MODES)),
});

const FIELD_TYPES = ['date', 'time_slot', 'select', 'number', 'text'] as const;

/** A field type from a newer platform. The SDK cannot render it, so it offers the partner's own channel. */
export const unknownField = z.object({ ...fieldBase, type: unknownKind(FIELD_TYPES) });

export const formField = z.union([dateField, timeSlotField, selectField, numberField, textField, unknownField]);
export type FormField = z.infer<typeof formField>;

/** The cardholder's answers, keyed by field name. */
export const formAnswers = z.record(z.string(), z.union([z.string(), z.number()]));
export type FormAnswers = z.infer<typeof formAnswers>;

export const FORM_PROBLEMS = ['required', 'out_of_range', 'unavailable', 'not_an_option', 'too_short', 'too_long', 'wrong_type', 'unknown_field'] as const;
export type FormProblem = (typeof FORM_PROBLEMS)[number];

export interface FieldProblem {
  name: string;
  problem: FormProblem;
}

/** What is wrong with `answers` for `fields`; empty when they can be submitted. */
export function validateFormAnswers(fields: readonly FormField[], answers: FormAnswers): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const names = new Set(fields.map((field) => field.name));
  for (const name of Object.keys(answers)) if (!names.has(name)) problems.push({ name, problem: 'unknown_field' });

  for (const field of fields) {
    const answer = answers[field.name];
    const report = (problem: FormProblem) => problems.push({ name: field.name, problem });
    if (answer === undefined || answer === '') {
      if (field.required) report('required');
      continue;
    }
    switch (field.type) {
      case 'date':
        if (typeof answer !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(answer)) report('wrong_type');
        else if (answer < field.min || answer > field.max) report('out_of_range');
        else if (field.unavailable?.includes(answer)) report('unavailable');
        break;
      case 'time_slot': {
        const slot = field.slots.find((candidate) => candidate.value === answer);
        if (!slot) report('not_an_option');
        else if (!slot.available) report('unavailable');
        break;
      }
      case 'select':
        if (!field.options.some((option) => option.value === answer)) report('not_an_option');
        break;
      case 'number':
        if (typeof answer !== 'number' || !Number.isInteger(answer)) report('wrong_type');
        else if (answer < field.min || answer > field.max || (answer - field.min) % (field.step ?? 1) !== 0) report('out_of_range');
        break;
      case 'text':
        if (typeof answer !== 'string') report('wrong_type');
        else if (answer.trim().length < (field.minLength ?? 0)) report('too_short');
        else if (answer.length > field.maxLength) report('too_long');
        break;
      case 'unknown':
        // A field this version cannot render cannot be answered here.
        if (field.required) report('required');
    }
  }
  return problems;
}
