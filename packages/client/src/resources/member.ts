import { categoryList, member, type CategoryList, type Member } from '@rights-kit/contract';
import type { Reader } from '../core/read.js';
import type { RequestOptions } from '../options.js';

export interface MeResource {
  /**
   * The signed-in member, their bank and their cards (last four digits only).
   *
   * @example
   * const { cards } = await client.me.get();
   */
  get(options?: RequestOptions): Promise<Member>;
}

export interface CategoriesResource {
  /**
   * The categories, localised, with how many benefits the member can see in each.
   *
   * @example
   * const { items } = await client.categories.list();
   */
  list(options?: RequestOptions): Promise<CategoryList>;
}

export const meResource = (read: Reader): MeResource => ({
  get: (options) => read('me', { method: 'GET', path: '/v1/me', schema: member }, options),
});

export const categoriesResource = (read: Reader): CategoriesResource => ({
  list: (options) => read('categories', { method: 'GET', path: '/v1/categories', schema: categoryList }, options),
});
