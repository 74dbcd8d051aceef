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
