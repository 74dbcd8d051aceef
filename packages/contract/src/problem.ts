import { z } from './internal/zod.js';
import { openEnum } from './primitives.js';

/** What the contract says about one error code: how the platform answers it and what a client may do next. */
export interface ProblemSpec {
  /** The HTTP status the platform answers it with. */
  status: number;
  /** Whether the same request may succeed if sent again unchanged (with the same `Idempotency-Key`). */
  retryable: boolean;
}

/**
 * Every error code the platform returns, declared once: the code list, the statuses and the client's
 * retry decisions are read from here, and the OpenAPI document's texts (`problem-texts.ts`) are
 * typed from it. Only what a client decides on lives here: this table ships in every browser bundle.
 */
export const PROBLEMS = {
  validation_failed: { status: 400, retryable: false },
  unauthorized: { status: 401, retryable: false },
  step_up_required: { status: 403, retryable: false },
  not_eligible: { status: 403, retryable: false },
  not_found: { status: 404, retryable: false },
  quota_exhausted: { status: 409, retryable: false },
  already_claimed: { status: 409, retryable: false },
  sold_out: { status: 409, retryable: false },
  idempotency_conflict: { status: 409, retryable: false },
  benefit_expired: { status: 410, retryable: false },
  rate_limited: { status: 429, retryable: true },
  internal: { status: 500, retryable: true },
} as const satisfies Record<string, ProblemSpec>;

/** The stable `code` of every error the platform returns. */
export const ERROR_CODES = Object.keys(PROBLEMS) as [keyof typeof PROBLEMS, ...(keyof typeof PROBLEMS)[]];
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
export const PROBLEM_STATUS = Object.fromEntries(Object.entries(PROBLEMS).map(([code, spec]) => [code, spec.status])) as {
  readonly [Code in keyof typeof PROBLEMS]: (typeof PROBLEMS)[Code]['status'];
};

/** The headers the rights API reads and writes besides `Authorization` and `Accept-Language`. */
export const HEADERS = {
  /** On every POST: the same key on every retry of one user action; the platform replays the first result. */
  idempotencyKey: 'Idempotency-Key',
  /** On every response: quote it to the platform's support. */
  requestId: 'X-Request-Id',
  /** On a write retried after `step_up_required`: the proof the bank app's biometric or PIN check returned. */
  stepUpProof: 'X-Step-Up-Proof',
} as const;
