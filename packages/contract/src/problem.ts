import { z } from './internal/zod.js';
import { openEnum } from './primitives.js';

/** What the contract says about one error code: how the platform answers it and what a client may do next. */
export interface ProblemSpec {
  /** The HTTP status the platform answers it with. */
  status: number;
  /** The problem's `title`, in English; clients show their own localised text. */
  title: string;
  /** When the platform answers with it, for the OpenAPI document. */
  when: string;
  /** Whether the same request may succeed if sent again unchanged (with the same `Idempotency-Key`). */
  retryable: boolean;
}

/**
 * Every error code the platform returns, declared once: the code list, the statuses, the OpenAPI
 * problems and the client's retry decisions are all read from here.
 */
export const PROBLEMS = {
  validation_failed: { status: 400, title: 'Validation failed', retryable: false, when: 'A parameter, header or body field is missing or malformed; `invalidParams` says which.' },
  unauthorized: { status: 401, title: 'Unauthorized', retryable: false, when: 'The session token (or, for `POST /v1/sessions`, the API key) is missing, expired or invalid.' },
  step_up_required: { status: 403, title: 'Step-up required', retryable: false, when: 'The cardholder must re-authenticate in the bank’s app before this action; then retry.' },
  not_eligible: { status: 403, title: 'Not eligible', retryable: false, when: 'The card (or none of the member’s cards) is eligible for the benefit.' },
  not_found: { status: 404, title: 'Not found', retryable: false, when: 'No such resource is visible to this member (or, for sessions, no such tenant or member).' },
  quota_exhausted: { status: 409, title: 'Quota exhausted', retryable: false, when: 'The card has no quota left for the benefit in the current period.' },
  already_claimed: { status: 409, title: 'Already claimed', retryable: false, when: 'The member already holds this benefit and it can be taken only once.' },
  sold_out: { status: 409, title: 'Sold out', retryable: false, when: 'The benefit’s shared stock (vouchers, slots) is gone.' },
  idempotency_conflict: { status: 409, title: 'Idempotency conflict', retryable: false, when: 'The `Idempotency-Key` was already used with a different request.' },
  benefit_expired: { status: 410, title: 'Benefit expired', retryable: false, when: 'The benefit’s validity window has ended.' },
  rate_limited: { status: 429, title: 'Too many requests', retryable: true, when: 'Too many requests; retry after `Retry-After` seconds.' },
  internal: { status: 500, title: 'Internal error', retryable: true, when: 'The platform failed; safe to retry a GET, or a POST with the same `Idempotency-Key`.' },
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
