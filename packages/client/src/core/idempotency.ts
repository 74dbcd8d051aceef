/**
 * A fresh Idempotency-Key: a version 4 UUID. Exported for hosts (and elements) that keep one key per
 * user action across taps, reloads or "try again", and pass it as `{ idempotencyKey }`. `crypto.randomUUID` only exists in secure contexts, and a
 * bank's WebView may load over plain http on an intranet, so the key is built from `getRandomValues`
 * (available everywhere) when it is missing.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
