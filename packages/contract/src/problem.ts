import { z } from './internal/zod.js';
import { openEnum } from './primitives.js';

/** The stable `code` of every error the platform returns. */
export const ERROR_CODES = [
  'unauthorized',
  'step_up_required',
  'not_eligible',
  'quota_exhausted',
  'benefit_expired',
  'already_claimed',
  'sold_out',
  'validation_failed',
  'rate_limited',
  'not_found',
  'idempotency_conflict',
  'internal',
] as const;
export const errorCode = openEnum(ERROR_CODES);
export type ErrorCode = z.infer<typeof errorCode>;

/** An RFC 9457 `application/problem+json` body with the platform's stable `code`. */
export const problem = z.object({
  type: z.optional(z.string()),
  title: z.string(),
  status: z.int(),
  code: errorCode,
  detail: z.optional(z.string()),
  instance: z.optional(z.string()),
  /** For `validation_failed`: which request fields were wrong and how (RFC 9457's "invalid-params"). */
  invalidParams: z.optional(z.array(z.object({ name: z.string(), reason: z.string() }))),
});
export type Problem = z.infer<typeof problem>;

/** The HTTP status the platform answers each problem code with. */
export const PROBLEM_STATUS = {
  validation_failed: 400,
  unauthorized: 401,
  step_up_required: 403,
  not_eligible: 403,
  not_found: 404,
  quota_exhausted: 409,
  already_claimed: 409,
  sold_out: 409,
  idempotency_conflict: 409,
  benefit_expired: 410,
  rate_limited: 429,
  internal: 500,
} as const satisfies Record<(typeof ERROR_CODES)[number], number>;

/** The headers the rights API reads and writes besides `Authorization` and `Accept-Language`. */
export const HEADERS = {
  /** On every POST: the same key on every retry of one user action; the platform replays the first result. */
  idempotencyKey: 'Idempotency-Key',
  /** On every response: quote it to the platform's support. */
  requestId: 'X-Request-Id',
  /** On a write retried after `step_up_required`: the proof the bank app's biometric or PIN check returned. */
  stepUpProof: 'X-Step-Up-Proof',
} as const;
