import type { RightsLocale } from '@rights-kit/client';
import { en } from './en.js';
import { zhCN, type Messages } from './zh-CN.js';
import { zhHK } from './zh-HK.js';
import type { DetailMessages } from '../components/benefit-detail/benefit-detail.messages.js';
import type { CashbackMessages } from '../components/cashback/cashback.messages.js';
import type { HubMessages } from '../components/hub/hub.messages.js';
import type { SummaryMessages } from '../components/summary/summary.messages.js';
import type { VoucherMessages } from '../components/voucher/voucher.messages.js';
import type { WalletMessages } from '../components/wallet/wallet.messages.js';
import type { TakingMessages } from '../internal/taking.messages.js';

/** The texts shared by the provider, catalogue, card and status panels; other elements keep theirs with them. */
export type { Messages };

/** Every text rights-kit shows, shared or an element's own: what a provider's `messages` may replace. */
export type AllMessages = Messages & DetailMessages & TakingMessages & WalletMessages & VoucherMessages & CashbackMessages & SummaryMessages & HubMessages;

export const CATALOGS: Record<RightsLocale, Messages> = { 'zh-CN': zhCN, 'zh-HK': zhHK, en };

export const DEFAULT_LOCALE: RightsLocale = 'zh-CN';

/** Whether `value` names a locale rights-kit ships a catalog for. */
export function isRightsLocale(value: unknown): value is RightsLocale {
  return typeof value === 'string' && Object.prototype.hasOwnProperty.call(CATALOGS, value);
}

/** The shared catalog for `locale`, with the host's overrides (of any element's texts) on top. */
export function resolveMessages(locale: RightsLocale, overrides: Partial<AllMessages> = {}): Messages {
  return { ...CATALOGS[locale], ...overrides };
}
