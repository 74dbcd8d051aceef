// Only what the rights API needs crosses the proxy, both ways. The names the contract declares are taken
// from it, so a header the API adds is added in one place.
import { HEADERS } from '@rights-kit/contract';

/**
 * Request headers the platform gets. Everything else stays behind, above all `Cookie` (the bank's own
 * session is none of the platform's business), an `X-Api-Key` a page might forge, and forwarding headers.
 * `X-Step-Up-Proof` carries the app's biometric proof on a write the platform asked to confirm: without
 * it a step-up could never succeed.
 */
export const FORWARDED_REQUEST_HEADERS: readonly string[] = Object.freeze(
  ['Authorization', 'Accept', 'Accept-Language', 'Content-Type', 'If-None-Match', HEADERS.idempotencyKey, HEADERS.stepUpProof].map((name) => name.toLowerCase()),
);

/** Response headers the page gets back. Never `Set-Cookie`: the platform sets nothing on the bank's domain. */
export const RETURNED_RESPONSE_HEADERS: readonly string[] = Object.freeze(
  ['Content-Type', 'Content-Language', 'Cache-Control', 'ETag', 'Last-Modified', 'Retry-After', HEADERS.requestId].map((name) => name.toLowerCase()),
);

/** The headers of `from` named in `allowed`, and no others. */
export function pick(from: Headers, allowed: readonly string[]): Record<string, string> {
  const picked: Record<string, string> = {};
  for (const name of allowed) {
    const value = from.get(name);
    if (value !== null) picked[name] = value;
  }
  return picked;
}
