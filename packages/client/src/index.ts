/**
 * The headless rights client: for banks with their own design system, and the ground the elements
 * stand on.
 */
export { createRightsClient, type RightsClient } from './client.js';
export type { RightsClientOptions, RequestOptions, RightsLocale, ResolvedOptions } from './options.js';
export type { BenefitsResource } from './resources/benefits.js';
export {
  RightsError,
  NetworkError,
  TimeoutError,
  ApiError,
  InvalidResponseError,
  isRightsError,
  type ResponseIssue,
} from './core/errors.js';
export type * from '@rights-kit/contract';
