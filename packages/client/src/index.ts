/**
 * The headless rights client: for banks with their own design system, and the ground the elements
 * stand on.
 */
export { createRightsClient, type RightsClient } from './client.js';
export type { RightsClientOptions, RequestOptions, RightsLocale, ResolvedOptions, StepUpChallenge, CacheOptions, CachedResource } from './options.js';
export type { RightsBridge, RightsHaptic, RightsReminder, RightsShare } from './bridge.js';
export type { RetryPolicy } from './core/retry.js';
export { newIdempotencyKey } from './core/idempotency.js';
export type { RightsEvent } from './core/events.js';
export type { BenefitsResource, ClaimListener } from './resources/benefits.js';
export type { Watchable } from './core/read.js';
export type { MeResource, CategoriesResource } from './resources/member.js';
export type { WalletResource } from './resources/wallet.js';
export type { CashbackResource, SummaryResource } from './resources/value.js';
export { RightsError, NetworkError, TimeoutError, ApiError, InvalidResponseError, isRightsError, type Acted, type ResponseIssue, type RequestTarget, type ApiErrorDetails } from './core/errors.js';
export {
  ValidationFailedError,
  SessionExpiredError,
  StepUpRequiredError,
  NotEligibleError,
  NotFoundError,
  QuotaExhaustedError,
  AlreadyClaimedError,
  SoldOutError,
  IdempotencyConflictError,
  BenefitExpiredError,
  RateLimitedError,
  InternalError,
} from './core/api-errors.js';
export type * from '@rights-kit/contract';
