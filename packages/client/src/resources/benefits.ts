import {
  benefitDetail,
  benefitPage,
  claimResult,
  partnerLaunch,
  type BenefitDetail,
  type BenefitListQuery,
  type BenefitPage,
  type ClaimRequest,
  type ClaimResult,
  type LaunchRequest,
  type PartnerLaunch,
} from '@rights-kit/contract';
import type { Cache } from '../core/cache.js';
import { apiPath } from '../core/path.js';
import { watchable, type Reader, type Seeder, type Watchable } from '../core/read.js';
import type { Transport } from '../core/request.js';
import type { RequestOptions } from '../options.js';

/** Told of every claim that went through, with what it answered. */
export type ClaimListener = (benefitId: string, result: ClaimResult) => void;

export interface BenefitsResource extends Watchable {
  /**
   * One page of the benefits the member can see, filtered and localised.
   *
   * @example
   * const { items, nextCursor } = await client.benefits.list({ category: 'travel', limit: 20 });
   */
  list(query?: BenefitListQuery, options?: RequestOptions): Promise<BenefitPage>;
  /**
   * Everything about one benefit, shaped by its kind.
   *
   * @example
   * const benefit = await client.benefits.get('lounge-domestic');
   * if (benefit.kind === 'reservation') renderForm(benefit.form);
   */
  get(benefitId: string, options?: RequestOptions): Promise<BenefitDetail>;
  /**
   * Takes a benefit on a card: a voucher, an activation or a reservation. Safe to retry: every attempt
   * carries the same Idempotency-Key. Afterwards the benefit, the lists, the wallet, cashback and the
   * summary are stale, and the new wallet item is cached as read: showing it needs no request.
   *
   * @example
   * const { walletItem } = await client.benefits.claim('lounge-domestic', { cardId: card.id });
   */
  claim(benefitId: string, request: ClaimRequest, options?: RequestOptions): Promise<ClaimResult>;
  /**
   * A short-lived signed entry link into a partner platform, to open inside the app.
   *
   * @example
   * const { url } = await client.benefits.launch('pet-platform');
   */
  launch(benefitId: string, request?: LaunchRequest, options?: RequestOptions): Promise<PartnerLaunch>;
  /**
   * Calls `listener` after each claim through this client (or one made from it by `withOptions`) went
   * through, with the benefit and the answer: a list can update a quota badge without reading again.
   * Returns the unsubscribe.
   *
   * @example
   * client.benefits.onClaim((benefitId, { quota }) => badges.update(benefitId, quota));
   */
  onClaim(listener: ClaimListener): () => void;
}

/**
 * What a claim changes: the benefit and every list it is in (its quota and availability), the wallet,
 * cashback and the summary. Not `me` (cards and bank) nor the categories (how many benefits each holds):
 * refetching those would cost the cardholder a request and change nothing on screen.
 */
const CHANGED_BY_A_CLAIM = ['/v1/benefits', '/v1/wallet', '/v1/cashback', '/v1/summary'];

export function benefitsResource(read: Reader, transport: Transport, cache: Cache, seed: Seeder, claimListeners: Set<ClaimListener>): BenefitsResource {
  const changed = () => {
    for (const prefix of CHANGED_BY_A_CLAIM) cache.invalidate(prefix);
  };
  return {
    ...watchable(cache, '/v1/benefits'),
    list: ({ category, card, q, cursor, limit } = {}, options) =>
      read('benefits', { method: 'GET', path: '/v1/benefits', query: { category, card, q, cursor, limit }, schema: benefitPage }, options),

    get: async (benefitId, options) => read('benefits', { method: 'GET', path: apiPath`/v1/benefits/${benefitId}`, schema: benefitDetail }, options),

    async claim(benefitId, request, options = {}) {
      const path = apiPath`/v1/benefits/${benefitId}/claims`;
      let result: ClaimResult;
      try {
        result = await transport({ method: 'POST', path, body: request, schema: claimResult }, options);
      } catch (error) {
        // Whatever went wrong (sold out, quota used up, or lost on the way), what the cardholder was shown
        // may be out of date. A call the caller cancelled changes nothing.
        if (!options.signal?.aborted) changed();
        throw error;
      }
      changed();
      seed(apiPath`/v1/wallet/${result.walletItem.id}`, result.walletItem);
      for (const listener of [...claimListeners]) listener(benefitId, result);
      return result;
    },

    onClaim(listener) {
      claimListeners.add(listener);
      return () => void claimListeners.delete(listener);
    },

    launch: async (benefitId, request = {}, options) =>
      transport({ method: 'POST', path: apiPath`/v1/benefits/${benefitId}/launch`, body: request, schema: partnerLaunch }, options),
  };
}
