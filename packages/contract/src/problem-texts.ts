import type { PROBLEMS } from './problem.js';

/** How the OpenAPI document describes one error code. */
interface ProblemText {
  /** The problem's `title`, in English; clients show their own localised text. */
  title: string;
  /** When the platform answers with it. */
  when: string;
}

/**
 * The English texts of every error code, for the OpenAPI document only: kept out of `problem.ts` so the
 * browser bundles that read the codes do not carry them. Typed from `PROBLEMS`, so a new code without
 * its texts does not compile.
 */
export const PROBLEM_TEXTS: { readonly [Code in keyof typeof PROBLEMS]: ProblemText } = {
  validation_failed: { title: 'Validation failed', when: 'A parameter, header or body field is missing or malformed; `invalidParams` says which.' },
  unauthorized: { title: 'Unauthorized', when: 'The session token (or, for `POST /v1/sessions`, the API key) is missing, expired or invalid.' },
  step_up_required: { title: 'Step-up required', when: 'The cardholder must re-authenticate in the bank’s app before this action; then retry.' },
  not_eligible: { title: 'Not eligible', when: 'The card (or none of the member’s cards) is eligible for the benefit.' },
  not_found: { title: 'Not found', when: 'No such resource is visible to this member (or, for sessions, no such tenant or member).' },
  quota_exhausted: { title: 'Quota exhausted', when: 'The card has no quota left for the benefit in the current period.' },
  already_claimed: { title: 'Already claimed', when: 'The member already holds this benefit and it can be taken only once.' },
  sold_out: { title: 'Sold out', when: 'The benefit’s shared stock (vouchers, slots) is gone.' },
  idempotency_conflict: { title: 'Idempotency conflict', when: 'The `Idempotency-Key` was already used with a different request.' },
  benefit_expired: { title: 'Benefit expired', when: 'The benefit’s validity window has ended.' },
  rate_limited: { title: 'Too many requests', when: 'Too many requests; retry after `Retry-After` seconds.' },
  internal: { title: 'Internal error', when: 'The platform failed; safe to retry a GET, or a POST with the same `Idempotency-Key`.' },
};
