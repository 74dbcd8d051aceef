import type { RightsLocale } from '@rights-kit/client';
import { en } from './en.js';
import { zhCN, type Messages } from './zh-CN.js';
import { zhHK } from './zh-HK.js';

export type { Messages };

export const CATALOGS: Record<RightsLocale, Messages> = { 'zh-CN': zhCN, 'zh-HK': zhHK, en };

export const DEFAULT_LOCALE: RightsLocale = 'zh-CN';

/** Whether `value` names a locale rights-kit ships a catalog for. */
export function isRightsLocale(value: unknown): value is RightsLocale {
  return typeof value === 'string' && Object.hasOwn(CATALOGS, value);
}

/** The catalog for `locale`, with the host's overrides on top. */
export function resolveMessages(locale: RightsLocale, overrides: Partial<Messages> = {}): Messages {
  return { ...CATALOGS[locale], ...overrides };
}
