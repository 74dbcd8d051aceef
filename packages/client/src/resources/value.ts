import { cashbackList, valueSummary, type CashbackList, type ValueSummary } from '@rights-kit/contract';
import type { Cache } from '../core/cache.js';
import { watchable, type Reader, type Watchable } from '../core/read.js';
import type { RequestOptions } from '../options.js';

export interface CashbackResource extends Watchable {
  /**
   * Cashback campaigns with their rules and the member's progress, in the settlement currency.
   *
   * @example
   * const { items } = await client.cashback.list();
   */
  list(options?: RequestOptions): Promise<CashbackList>;
}

export interface SummaryResource extends Watchable {
  /**
   * The value the member's cards gave back this year, against the annual fee.
   *
   * @example
   * const { realised, annualFee } = await client.summary.get();
   */
  get(options?: RequestOptions): Promise<ValueSummary>;
}

export const cashbackResource = (read: Reader, cache: Cache): CashbackResource => ({
  ...watchable(cache, '/v1/cashback'),
  list: (options) => read('cashback', { method: 'GET', path: '/v1/cashback', schema: cashbackList }, options),
});

export const summaryResource = (read: Reader, cache: Cache): SummaryResource => ({
  ...watchable(cache, '/v1/summary'),
  get: (options) => read('summary', { method: 'GET', path: '/v1/summary', schema: valueSummary }, options),
});
