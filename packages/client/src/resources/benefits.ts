import { benefitPage, type BenefitListQuery, type BenefitPage } from '@rights-kit/contract';
import type { Requester } from '../core/request.js';
import type { RequestOptions } from '../options.js';

export interface BenefitsResource {
  /**
   * One page of the benefits the member can see, filtered and localised.
   *
   * @example
   * const { items, nextCursor } = await client.benefits.list({ category: 'travel', limit: 20 });
   */
  list(query?: BenefitListQuery, options?: RequestOptions): Promise<BenefitPage>;
}

export function benefitsResource(request: Requester): BenefitsResource {
  return {
    list: ({ category, card, q, cursor, limit } = {}, options) =>
      request({ method: 'GET', path: '/v1/benefits', query: { category, card, q, cursor, limit }, schema: benefitPage }, options),
  };
}
