// Writes run once per idempotency key: a replay with the same body gets the first result again, the same
// key with another body is a conflict, so a retried tap never claims twice.
import { refuse } from './problem.js';
import type { PlatformState } from './state.js';

/** JSON with sorted keys: the same body always has the same fingerprint. */
const fingerprint = (value: unknown): string =>
  JSON.stringify(value, (_key, entry: unknown) =>
    entry && typeof entry === 'object' && !Array.isArray(entry)
      ? Object.fromEntries(Object.entries(entry).sort(([a], [b]) => a.localeCompare(b)))
      : entry,
  );

export type Idempotent = <T>(memberId: string, key: string | null, request: unknown, write: () => T) => T;

export function createIdempotency(state: PlatformState): Idempotent {
  return function idempotent<T>(memberId: string, key: string | null, request: unknown, write: () => T): T {
    if (!key || key.length < 8 || key.length > 128) {
      refuse('validation_failed', 'Every POST needs an Idempotency-Key of 8 to 128 characters.', [{ name: 'Idempotency-Key', reason: 'missing or malformed' }]);
    }
    const slot = `${memberId}:${key}`;
    const print = fingerprint(request);
    const stored = state.idempotency.get(slot);
    if (stored) {
      if (stored.fingerprint !== print) refuse('idempotency_conflict', 'This Idempotency-Key was used with a different request.');
      return stored.body as T;
    }
    // Only a write that went through is remembered: a refused request (say, step-up required) can be
    // retried with the same key once the refusal is dealt with.
    const body = write();
    state.idempotency.set(slot, { fingerprint: print, body });
    return body;
  };
}
