// When a wallet item runs out, as a cardholder counts it: in calendar days, and the morning to be reminded.
import type { RightsLocale } from '@rights-kit/client';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;

/** The offset an ISO 8601 instant was written in, in milliseconds (`+08:00` → 8 h; `Z` → 0). */
function offsetOf(instant: string): number {
  const match = /([+-])(\d{2}):?(\d{2})?$/.exec(instant);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3] ?? 0);
  return (match[1] === '-' ? -minutes : minutes) * 60_000;
}

/**
 * Calendar days from today until the day `instant` falls on, both counted in the instant's own offset:
 * the same calendar as the date the elements print for it (`formatDay`), so "expires tomorrow" and
 * "valid until 12 Dec" never disagree for a cardholder abroad. 0 is today; negative is past.
 */
export function daysUntil(instant: string, now = Date.now()): number {
  const offset = offsetOf(instant);
  const day = (time: number) => Math.floor((time + offset) / DAY_MS);
  return day(Date.parse(instant)) - day(now);
}

const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

/** `today`, `tomorrow`, `in 3 days` / `今天`, `明天`, `3天后`: a day count in the locale's own words. */
export function formatDaysFromNow(locale: RightsLocale, days: number): string {
  let format = relativeFormats.get(locale);
  if (!format) relativeFormats.set(locale, (format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' })));
  return format.format(days, 'day');
}

const pad = (value: number) => String(value).padStart(2, '0');

/** `date` as ISO 8601 in the device's own time zone, with its offset: what a native notification is scheduled in. */
function localIso(date: Date): string {
  const offset = -date.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const hours = Math.floor(Math.abs(offset) / 60);
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}${sign}${pad(hours)}:${pad(Math.abs(offset) % 60)}`
  );
}

/**
 * When to remind the cardholder of something that expires at `validUntil`: 09:00 on the device's clock
 * the day before its expiry date, or in an hour if that morning has already gone.
 */
export function reminderAt(validUntil: string, now = Date.now()): string {
  const [year, month, day] = validUntil.slice(0, 10).split('-').map(Number) as [number, number, number];
  const morning = new Date(year, month - 1, day - 1, 9, 0, 0);
  return localIso(morning.getTime() > now ? morning : new Date(now + HOUR_MS));
}
