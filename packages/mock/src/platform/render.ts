// Seed data rendered into contract objects for one request: its locale, its origin (asset URLs), the
// sandbox clock and the member's own state.
import {
  isSafeUrl,
  type BenefitSummary,
  type CardEligibility,
  type FormField,
  type Image,
  type Location,
  type Quota,
} from '@rights-kit/contract';
import type { SeedBenefit, SeedField, SeedLocation } from '../fixtures/types.js';
import type { SandboxLocale } from '../locale.js';
import { cstDate } from './clock.js';

export interface RenderContext {
  locale: SandboxLocale;
  /** Where the sandbox is served, for the URLs of its artwork. */
  origin: string;
  now: Date;
}

/** One request to the platform: how to render its answer, and the member it is made for. */
export interface RequestContext extends RenderContext {
  memberId: string;
}

/** An image the sandbox serves itself; omitted where the origin is one the contract rightly refuses. */
export function sandboxImage(context: RenderContext, path: string, alt = ''): Image | undefined {
  const url = `${context.origin}/sandbox/${path}`;
  return isSafeUrl(url) ? { url, alt } : undefined;
}

export function renderLocation(location: SeedLocation, { locale }: RenderContext): Location {
  return {
    id: location.id,
    name: location.name[locale],
    address: location.address[locale],
    city: location.city[locale],
    ...(location.phone && { phone: location.phone }),
    ...(location.openingHours && { openingHours: location.openingHours[locale] }),
    ...(location.geo && { geo: location.geo }),
  };
}

export function renderField(field: SeedField, { locale, now }: RenderContext): FormField {
  const base = { name: field.name, label: field.label[locale], required: field.required, ...(field.help && { help: field.help[locale] }) };
  switch (field.type) {
    case 'date':
      return {
        ...base,
        type: 'date',
        min: cstDate(now, field.fromDays),
        max: cstDate(now, field.toDays),
        ...(field.unavailableDays && { unavailable: field.unavailableDays.map((days) => cstDate(now, days)) }),
      };
    case 'select':
      return { ...base, type: 'select', options: field.options.map((option) => ({ value: option.value, label: option.label[locale] })) };
    case 'time_slot':
      return { ...base, type: 'time_slot', slots: field.slots };
    case 'number':
      return { ...base, type: 'number', min: field.min, max: field.max, ...(field.step && { step: field.step }) };
    case 'text':
      return {
        ...base,
        type: 'text',
        maxLength: field.maxLength,
        ...(field.minLength !== undefined && { minLength: field.minLength }),
        ...(field.inputMode && { inputMode: field.inputMode }),
      };
  }
}

/** What the member's state says about one benefit: per-card eligibility and quota, and availability. */
export interface BenefitStanding {
  eligibility: CardEligibility[];
  /** The quota of the eligible card with the most left. */
  bestQuota: Quota | undefined;
  availability: BenefitSummary['availability'];
}

export function renderSummary(benefit: SeedBenefit, standing: BenefitStanding, context: RenderContext): BenefitSummary {
  const { locale } = context;
  const image = sandboxImage(context, `art/${benefit.id}.svg`);
  return {
    id: benefit.id,
    kind: benefit.kind,
    category: benefit.category,
    title: benefit.title[locale],
    subtitle: benefit.subtitle[locale],
    partner: { name: benefit.partner.name[locale] },
    ...(image && { image }),
    value: { label: benefit.value.label[locale], ...(benefit.value.worth && { worth: benefit.value.worth }) },
    ...(standing.bestQuota && { quota: standing.bestQuota }),
    availability: standing.availability,
    validUntil: benefit.validity.endsAt,
  };
}

/** What every benefit's detail has, whatever its kind; the kind's module adds the rest. */
export function renderCommonDetail(benefit: SeedBenefit, standing: BenefitStanding, context: RenderContext) {
  const { locale } = context;
  return {
    ...renderSummary(benefit, standing, context),
    partner: { name: benefit.partner.name[locale], ...(benefit.partner.description && { description: benefit.partner.description[locale] }) },
    validity: benefit.validity,
    eligibility: standing.eligibility,
    terms: benefit.terms[locale],
    howToUse: benefit.howToUse[locale],
    locations: (benefit.locations ?? []).map((location) => renderLocation(location, context)),
  };
}
