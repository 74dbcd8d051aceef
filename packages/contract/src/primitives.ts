import { z } from './internal/zod.js';

/** An opaque identifier chosen by the platform. Safe to put in a URL path segment. */
export const identifier = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an opaque identifier'));

/** An instant in ISO 8601 with an explicit offset, for example `2026-12-31T23:59:59+08:00`. */
export const instant = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`, in the partner's local time (a table on 12 December). */
export const calendarDate = z.iso.date();

/** A time of day, `HH:MM`, in the partner's local time. */
export const timeOfDay = z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time of day, HH:MM'));

/** A decimal number as a string, e.g. a cashback rate of `"8.5"` per cent: never a binary float. */
export const decimal = z.string().check(z.regex(/^\d{1,9}(\.\d{1,4})?$/, 'must be a non-negative decimal string'));

/** A count: a non-negative integer. */
export const count = z.int().check(z.nonnegative());

/**
 * An amount of money. The amount is a decimal string so no value ever passes through a binary float;
 * the currency is an ISO 4217 code.
 */
export const currency = z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code'));

export const money = z.object({
  amount: z.string().check(z.regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'must be a decimal string')),
  currency,
});
export type Money = z.infer<typeof money>;

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether a URL may be shown or followed by the SDK: `https:` anywhere, and `http:` only on loopback
 * hosts, the same "potentially trustworthy" rule browsers use for secure contexts (so a sandbox on
 * localhost works while `javascript:`, `data:` and plain-`http:` links from a compromised response do not).
 */
export function isSafeUrl(value: string): boolean {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return false;
  }
  if (url.username || url.password) return false;
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/** An absolute URL that passes {@link isSafeUrl}. */
export const safeUrl = z.string().check(z.refine(isSafeUrl, 'must be an https URL'));

/** An image with its text alternative; `alt` is empty only for decorative images. */
export const image = z.object({
  url: safeUrl,
  alt: z.string(),
});
export type Image = z.infer<typeof image>;

/**
 * The schema `openEnum` returns, spelt out: the type TypeScript would infer expands to a conditional
 * type that its own declaration files then refuse (TS2536 under `skipLibCheck: false`).
 */
export type OpenEnum<Value extends string> = z.ZodMiniPipe<
  z.ZodMiniUnion<readonly [z.ZodMiniEnum<{ [Known in Value]: Known }>, z.ZodMiniString<string>]>,
  z.ZodMiniTransform<Value | 'unknown', string>
>;

/**
 * An enum the server may grow. A value this version does not know parses to `'unknown'` instead of
 * failing the whole response, so an older SDK keeps working when the platform adds a kind or a status.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T): OpenEnum<T[number]> {
  const known = new Set<string>(values);
  return z.pipe(
    // The known values are listed for the OpenAPI document; any other string is accepted.
    z.union([z.enum(values), z.string()]),
    z.transform((value): T[number] | 'unknown' => (known.has(value) ? (value as T[number]) : 'unknown')),
  );
}

/**
 * The `kind` of a variant this version does not know: any string that is *not* one of `known` (a known
 * kind with a malformed body must fail, not pass as unknown), read as `'unknown'`.
 */
export function unknownKind(known: readonly string[]) {
  const names = new Set(known);
  return z.pipe(
    z.string().check(z.refine((kind) => !names.has(kind), 'is a known kind whose fields do not match')),
    z.transform((): 'unknown' => 'unknown'),
  );
}
