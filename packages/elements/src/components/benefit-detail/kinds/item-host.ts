// What a kind of wallet item is, to the wallet's rows and to <rights-voucher>, and what they offer it.
import type { RightsLocale, VoucherItem, WalletItem } from '@rights-kit/client';
import type { RightsNavigateDetail } from '../../../events.js';
import type { TakingMessages } from '../../../internal/taking.messages.js';
import type { Messages } from '../../../locales/index.js';
import type { WalletMessages } from '../../wallet/wallet.messages.js';

/** The texts the wallet keeps with itself; `WalletTexts` with the shared catalog. */
export type WalletOwnTexts = WalletMessages & TakingMessages;
export type WalletTexts = Messages & WalletOwnTexts;

/** What a wallet row offers the kind of the item it shows. */
export interface RowHost {
  readonly messages: WalletTexts;
  readonly locale: RightsLocale;
  /** How long the item has: a countdown within a week, else the date it is valid until, was used or expired on. */
  expiry(item: WalletItem, usedAt?: string): unknown;
  /** "Remind me" for an item about to expire. */
  reminder(item: VoucherItem): unknown;
}

export interface ItemKind<I extends WalletItem> {
  /**
   * How `<rights-voucher>` shows an item of this kind: its code to present, what can be read of it (a
   * kind from a newer platform), or not at all (there is nothing to present).
   */
  presented: 'code' | 'readable' | 'absent';
  /** Where opening the item from the wallet leads: what can be presented opens ready to show. */
  opens(item: I): RightsNavigateDetail;
  /** Beside the kind's name in the row: a booking's date and time. */
  when?(item: I, host: RowHost): unknown;
  /** Below it: a booking's confirmation code. */
  detail?(item: I, host: RowHost): unknown;
  /** A badge beside the status. */
  badge?(item: I, host: RowHost): unknown;
  /** How long the item has; `host.expiry(item)` unless the kind says it better. */
  expiry?(item: I, host: RowHost): unknown;
  /** At the foot of the row: a voucher's reminder. */
  footer?(item: I, host: RowHost): unknown;
}
