// A failed attempt to take a benefit, as the cardholder hears it and what they can do next.
import { isRightsError } from '@rights-kit/client';
import type { FailureName } from '../../internal/taking.messages.js';

export interface Failure {
  name: FailureName;
  /** The client's error code, as `rights-claim-failed` reports it. */
  code: string;
}

/**
 * What the cardholder can do after each failure: the same again (a "try again" button stands in for the
 * main one), the main action once they changed something (another card, other answers) or later, or
 * nothing (no other card or answer can fix it: the main button is disabled).
 */
const NEXT_STEP: Record<FailureName, 'retry' | 'main' | 'none'> = {
  network: 'retry',
  internal: 'retry',
  rate_limited: 'retry',
  step_up_required: 'retry',
  quota_exhausted: 'main',
  not_eligible: 'main',
  validation_failed: 'main',
  unauthorized: 'main',
  unsafe_link: 'main',
  sold_out: 'none',
  benefit_expired: 'none',
  already_claimed: 'none',
};

/** Codes told in the words of another: every other code has words of its own, or is told as `internal`. */
const TOLD_AS: Partial<Record<string, FailureName>> = {
  not_found: 'benefit_expired',
  session_unavailable: 'unauthorized',
  timeout: 'network',
};

export function failureOf(error: unknown): Failure {
  const code = isRightsError(error) ? error.code : 'unknown';
  const own = Object.prototype.hasOwnProperty.call(NEXT_STEP, code) ? (code as FailureName) : 'internal';
  return { name: TOLD_AS[code] ?? own, code };
}

export const nextStep = (failure: Failure | undefined) => (failure ? NEXT_STEP[failure.name] : undefined);

/**
 * Whether the retry of an action that failed with `error` keeps its Idempotency-Key: unless the platform
 * certainly did not act (the client's `acted`), the first attempt may have gone through, and the same key
 * makes the platform replay its first result instead of claiming twice.
 */
export const keepsKey = (error: unknown): boolean => !isRightsError(error) || error.acted !== 'no';
