import type { ErrorCode } from '@rights-kit/contract';
import { ApiError, type ApiErrorDetails, type RequestTarget } from './errors.js';

/** Every problem code the contract declares; `unknown` (a code from a newer platform) stays an `ApiError`. */
type DeclaredCode = Exclude<ErrorCode, 'unknown'>;

/**
 * One class per problem code, so a host may write `error instanceof QuotaExhaustedError` as readily as
 * `error.code === 'quota_exhausted'`; each narrows `code` to its own.
 */
export class ValidationFailedError extends ApiError {
  declare readonly code: 'validation_failed';
}

/**
 * The session ended and a fresh token from the host did not help (a second 401). The host should sign
 * the cardholder in again; the client has emitted a `session-expired` event.
 */
export class SessionExpiredError extends ApiError {
  declare readonly code: 'unauthorized';
  constructor(target: RequestTarget, status: number, details: ApiErrorDetails) {
    super(target, status, details, `${target.method} ${target.path} failed: the session has expired`);
  }
}

/**
 * The platform wants the cardholder to confirm in the bank app (biometric or PIN) and the host gave no
 * proof: no `onStepUp`, or it declined.
 */
export class StepUpRequiredError extends ApiError {
  declare readonly code: 'step_up_required';
  constructor(target: RequestTarget, status: number, details: ApiErrorDetails) {
    super(target, status, details, `${target.method} ${target.path} needs the cardholder to confirm in the bank app`);
  }
}

/** None of the member's cards may take the benefit; `detail` says why. */
export class NotEligibleError extends ApiError {
  declare readonly code: 'not_eligible';
}

/** No such benefit or wallet item for this member. */
export class NotFoundError extends ApiError {
  declare readonly code: 'not_found';
}

/** The card's quota for the benefit is used up for this period. */
export class QuotaExhaustedError extends ApiError {
  declare readonly code: 'quota_exhausted';
}

/** The member already holds this once-only benefit. */
export class AlreadyClaimedError extends ApiError {
  declare readonly code: 'already_claimed';
}

/** The benefit has no stock left. */
export class SoldOutError extends ApiError {
  declare readonly code: 'sold_out';
}

/** An Idempotency-Key was reused with another request body. */
export class IdempotencyConflictError extends ApiError {
  declare readonly code: 'idempotency_conflict';
}

/** The benefit's offer has ended. */
export class BenefitExpiredError extends ApiError {
  declare readonly code: 'benefit_expired';
}

/** Too many requests: `retryAfterMs` says when to come back. */
export class RateLimitedError extends ApiError {
  declare readonly code: 'rate_limited';
}

/** The platform failed; trying again later may succeed. */
export class InternalError extends ApiError {
  declare readonly code: 'internal';
}

type ErrorClass<Code extends DeclaredCode> = new (target: RequestTarget, status: number, details: ApiErrorDetails) => ApiError & { readonly code: Code };

/** The class of each problem code: a code added to the contract's `PROBLEMS` is named here by the compiler. */
const ERROR_CLASSES: { [Code in DeclaredCode]: ErrorClass<Code> } = {
  validation_failed: ValidationFailedError,
  unauthorized: SessionExpiredError,
  step_up_required: StepUpRequiredError,
  not_eligible: NotEligibleError,
  not_found: NotFoundError,
  quota_exhausted: QuotaExhaustedError,
  already_claimed: AlreadyClaimedError,
  sold_out: SoldOutError,
  idempotency_conflict: IdempotencyConflictError,
  benefit_expired: BenefitExpiredError,
  rate_limited: RateLimitedError,
  internal: InternalError,
};

/**
 * The error for a platform answer that is not a success, by its problem code (openai-node's status →
 * class factory, keyed by the rights API's codes): the same code is the same class wherever it is met.
 * A bare status, or a code from a newer platform, is an `ApiError`.
 */
export function errorFromResponse(target: RequestTarget, status: number, details: ApiErrorDetails): ApiError {
  const code = details.problem?.code;
  return code === undefined || code === 'unknown' ? new ApiError(target, status, details) : new ERROR_CLASSES[code](target, status, details);
}
