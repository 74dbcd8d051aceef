import { walletItem, walletPage, type WalletItem, type WalletListQuery, type WalletPage } from '@rights-kit/contract';
import { apiPath } from '../core/path.js';
import type { Cache } from '../core/cache.js';
import { watchable, type Reader, type Watchable } from '../core/read.js';
import type { RequestOptions } from '../options.js';

export interface WalletResource extends Watchable {
  /**
   * A page of the member's vouchers, reservations and activations, soonest expiry first.
   *
   * @example
   * const { items } = await client.wallet.list({ status: 'active' });
   */
  list(query?: WalletListQuery, options?: RequestOptions): Promise<WalletPage>;
  /**
   * One wallet item, e.g. a voucher to present.
   *
   * @example
   * const voucher = await client.wallet.get(itemId);
   */
  get(itemId: string, options?: RequestOptions): Promise<WalletItem>;
}

export const walletResource = (read: Reader, cache: Cache): WalletResource => ({
  ...watchable(cache, '/v1/wallet'),
  list: ({ status, cursor, limit } = {}, options) => read('wallet', { method: 'GET', path: '/v1/wallet', query: { status, cursor, limit }, schema: walletPage }, options),
  get: async (itemId, options) => read('wallet', { method: 'GET', path: apiPath`/v1/wallet/${itemId}`, schema: walletItem }, options),
});
