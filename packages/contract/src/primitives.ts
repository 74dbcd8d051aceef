import { z } from './internal/zod.js';

/** An opaque identifier chosen by the platform. Safe to put in a URL path segment. */
export const identifier = z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/, 'must be an opaque identifier'));

/** An instant in ISO 8601 with an explicit offset, for example `2026-12-31T23:59:59+08:00`. */
export const instant = z.iso.datetime({ offset: true });

/**
 * An amount of money. The amount is a decimal string so no value ever passes through a binary float;
 * the currency is an ISO 4217 code.
 */
export const money = z.object({
  amount: z.string().check(z.regex(/^-?\d{1,15}(\.\d{1,4})?$/, 'must be a decimal string')),
  currency: z.string().check(z.regex(/^[A-Z]{3}$/, 'must be an ISO 4217 currency code')),
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
 * An enum the server may grow. A value this version does not know parses to `'unknown'` instead of
 * failing the whole response, so an older SDK keeps working when the platform adds a kind or a status.
 */
export function openEnum<const T extends readonly [string, ...string[]]>(values: T) {
  const known = new Set<string>(values);
  return z.pipe(
    z.string(),
    z.transform((value): T[number] | 'unknown' => (known.has(value) ? (value as T[number]) : 'unknown')),
  );
}
