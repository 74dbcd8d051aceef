import type { RightsLocale } from '@rights-kit/client';

const dateFormats = new Map<RightsLocale, Intl.DateTimeFormat>();

/** A calendar date for people, e.g. `2026年12月31日` or `31 Dec 2026`; formatters are reused per locale. */
export function formatDate(locale: RightsLocale, instant: string): string {
  let format = dateFormats.get(locale);
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
    dateFormats.set(locale, format);
  }
  return format.format(new Date(instant));
}
