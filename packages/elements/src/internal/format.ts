// Number, money, date and list formats, one Intl formatter per locale and kind, reused.
import type { Money, RightsLocale } from '@rights-kit/client';

const cache = new Map<string, unknown>();

function cached<T>(key: string, create: () => T): T {
  let value = cache.get(key) as T | undefined;
  if (value === undefined) {
    value = create();
    cache.set(key, value);
  }
  return value;
}

const dayFormat = (locale: RightsLocale) =>
  cached(`day:${locale}`, () => new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }));

/** A calendar date, `YYYY-MM-DD`, for people: `2026年12月12日`, `Dec 12, 2026`. Never shifted by the device's time zone. */
export function formatCalendarDate(locale: RightsLocale, date: string): string {
  const parsed = new Date(`${date}T00:00:00Z`);
  return Number.isNaN(parsed.getTime()) ? date : dayFormat(locale).format(parsed);
}

/**
 * The calendar day of an instant as the platform means it: the date in the instant's own offset. A quota
 * that resets at `2027-01-01T00:00:00+08:00` resets on 1 January, also for a cardholder abroad whose
 * device is in another time zone (formatting the instant in the device's zone would show 31 December).
 */
export function formatDay(locale: RightsLocale, instant: string): string {
  return formatCalendarDate(locale, instant.slice(0, 10));
}

/** Money, from its decimal string: never through a binary float. */
export function formatMoney(locale: RightsLocale, money: Money): string {
  const format = cached(`money:${locale}:${money.currency}`, () => new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency }));
  return format.format(money.amount as Intl.StringNumericLiteral);
}

/** A rate given in per cent as a decimal string, e.g. `"8.5"` → `8.5%`. */
export function formatPercent(locale: RightsLocale, percent: string): string {
  const format = cached(`percent:${locale}`, () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }));
  return format.format(`${percent}E-2` as Intl.StringNumericLiteral);
}

/** `a, b and c` in the locale's own words and punctuation. */
export function formatList(locale: RightsLocale, items: readonly string[]): string {
  return cached(`list:${locale}`, () => new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' })).format(items);
}

/** A region's name from its ISO 3166-1 code (`JP` → `日本`, `Japan`); the code when the browser does not know it. */
export function regionName(locale: RightsLocale, code: string): string {
  return cached(`region:${locale}`, () => new Intl.DisplayNames([locale], { type: 'region', fallback: 'code' })).of(code) ?? code;
}

/** A currency's name from its ISO 4217 code (`JPY` → `日元`, `Japanese Yen`). */
export function currencyName(locale: RightsLocale, code: string): string {
  return cached(`currency:${locale}`, () => new Intl.DisplayNames([locale], { type: 'currency', fallback: 'code' })).of(code) ?? code;
}
