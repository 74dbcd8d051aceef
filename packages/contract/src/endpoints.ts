import { benefitDetail, benefitPage } from './benefit.js';
import { cashbackList } from './cashback.js';
import { CATEGORY_IDS, categoryList } from './category.js';
import { claimRequest, claimResult, launchRequest, partnerLaunch } from './claim.js';
import type { z } from './internal/zod.js';
import { member, session, sessionRequest } from './member.js';
import type { ErrorCode } from './problem.js';
import { valueSummary } from './summary.js';
import { WALLET_STATUSES } from './parts.js';
import { walletItem, walletPage } from './wallet.js';

export interface QueryParameter {
  description: string;
  type: 'string' | 'integer';
  /** Known values, for documentation; the platform may add more. */
  values?: readonly string[];
}

/** One operation of the rights API: the table the OpenAPI document, the client and the sandbox share. */
export interface Endpoint {
  method: 'GET' | 'POST';
  /** With `{name}` placeholders for path parameters. */
  path: string;
  summary: string;
  /** `session`: the cardholder's bearer token; `apiKey`: the bank backend's platform key (server to server). */
  auth: 'session' | 'apiKey';
  query?: Record<string, QueryParameter>;
  body?: z.ZodMiniType;
  response: z.ZodMiniType;
  /** The success status. */
  status: 200 | 201;
  /** The problem codes this operation answers with, besides `unauthorized`, `rate_limited` and `internal`. */
  errors: readonly Exclude<ErrorCode, 'unknown'>[];
}

const paging = {
  cursor: { description: 'The `nextCursor` of the previous page.', type: 'string' },
  limit: { description: 'Page size, 1 to 100; 20 by default.', type: 'integer' },
} as const satisfies Record<string, QueryParameter>;

export const ENDPOINTS = {
  createSession: {
    method: 'POST',
    path: '/v1/sessions',
    summary: "Mint a short-lived session token for a bank's signed-in cardholder (bank backend only).",
    auth: 'apiKey',
    body: sessionRequest,
    response: session,
    status: 201,
    errors: ['validation_failed', 'not_found', 'idempotency_conflict'],
  },
  getMe: {
    method: 'GET',
    path: '/v1/me',
    summary: 'The signed-in member, their bank and their cards (last four digits only).',
    auth: 'session',
    response: member,
    status: 200,
    errors: [],
  },
  listCategories: {
    method: 'GET',
    path: '/v1/categories',
    summary: 'Benefit categories with how many benefits the member can see in each.',
    auth: 'session',
    response: categoryList,
    status: 200,
    errors: [],
  },
  listBenefits: {
    method: 'GET',
    path: '/v1/benefits',
    summary: 'A page of the benefits the member can see.',
    auth: 'session',
    query: {
      category: { description: 'Only this category.', type: 'string', values: CATEGORY_IDS },
      card: { description: 'Only benefits this card is eligible for.', type: 'string' },
      q: { description: 'Free-text search over titles, descriptions and partners.', type: 'string' },
      ...paging,
    },
    response: benefitPage,
    status: 200,
    errors: ['validation_failed'],
  },
  getBenefit: {
    method: 'GET',
    path: '/v1/benefits/{benefitId}',
    summary: 'Everything about one benefit, shaped by its kind.',
    auth: 'session',
    response: benefitDetail,
    status: 200,
    errors: ['not_found'],
  },
  claimBenefit: {
    method: 'POST',
    path: '/v1/benefits/{benefitId}/claims',
    summary: 'Take a benefit on a card: a voucher, an activation or a reservation. Idempotent by `Idempotency-Key`.',
    auth: 'session',
    body: claimRequest,
    response: claimResult,
    status: 201,
    errors: [
      'not_found',
      'validation_failed',
      'not_eligible',
      'quota_exhausted',
      'benefit_expired',
      'already_claimed',
      'sold_out',
      'step_up_required',
      'idempotency_conflict',
    ],
  },
  launchPartner: {
    method: 'POST',
    path: '/v1/benefits/{benefitId}/launch',
    summary: 'A short-lived signed entry link into a partner platform.',
    auth: 'session',
    body: launchRequest,
    response: partnerLaunch,
    status: 201,
    errors: ['not_found', 'validation_failed', 'not_eligible', 'benefit_expired', 'step_up_required', 'idempotency_conflict'],
  },
  listWallet: {
    method: 'GET',
    path: '/v1/wallet',
    summary: "A page of the member's vouchers, reservations and activations, soonest expiry first.",
    auth: 'session',
    query: {
      status: { description: 'Only items in this status.', type: 'string', values: WALLET_STATUSES },
      ...paging,
    },
    response: walletPage,
    status: 200,
    errors: ['validation_failed'],
  },
  getWalletItem: {
    method: 'GET',
    path: '/v1/wallet/{itemId}',
    summary: 'One wallet item.',
    auth: 'session',
    response: walletItem,
    status: 200,
    errors: ['not_found'],
  },
  listCashback: {
    method: 'GET',
    path: '/v1/cashback',
    summary: 'Cashback campaigns with their rules and the member’s progress.',
    auth: 'session',
    response: cashbackList,
    status: 200,
    errors: [],
  },
  getSummary: {
    method: 'GET',
    path: '/v1/summary',
    summary: 'Value realised this year against the annual fee, by category.',
    auth: 'session',
    response: valueSummary,
    status: 200,
    errors: [],
  },
} as const satisfies Record<string, Endpoint>;

export type EndpointId = keyof typeof ENDPOINTS;
