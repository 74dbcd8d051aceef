import { voucherItem, type VoucherItem } from '@rights-kit/contract';

/**
 * Vouchers kept on the device, so one a cardholder has opened can still be shown at a counter with no
 * signal. Opt-in (`offline-vouchers` on the provider): a voucher code is worth money, and a bank decides
 * whether its app's WebView storage may hold one. Each voucher is kept until it expires; all of them go
 * on sign-out (`forgetOfflineVouchers()`) and when a voucher of another member is kept.
 */
const KEY = 'rights-kit.offline-vouchers.v1';

interface Kept {
  memberId: string;
  vouchers: VoucherItem[];
}

/** Keeps `voucher` for `memberId`, dropping what another member kept on this device. */
export function keepVoucher(memberId: string, voucher: VoucherItem): void {
  const kept = read();
  const others = kept?.memberId === memberId ? kept.vouchers.filter((candidate) => candidate.id !== voucher.id) : [];
  write({ memberId, vouchers: [...others, voucher] });
}

/** The kept voucher with this wallet item id, if it is still usable. */
export function keptVoucher(walletItemId: string): VoucherItem | undefined {
  return read()?.vouchers.find((voucher) => voucher.id === walletItemId);
}

/** Every kept voucher still usable, soonest expiry first: what the wallet can list with no network. */
export function keptVouchers(): VoucherItem[] {
  const expiry = (voucher: VoucherItem) => (voucher.validUntil ? Date.parse(voucher.validUntil) : Infinity);
  return [...(read()?.vouchers ?? [])].sort((a, b) => expiry(a) - expiry(b));
}

/** Forgets every kept voucher: call it when the cardholder signs out. */
export function forgetOfflineVouchers(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/** What is kept, checked against the contract and without what has expired or been used since. */
function read(): Kept | undefined {
  let kept: Partial<Kept> | undefined;
  try {
    kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Kept> | undefined;
  } catch {
    return undefined;
  }
  if (typeof kept?.memberId !== 'string' || !Array.isArray(kept.vouchers)) return undefined;
  const now = Date.now();
  const vouchers = kept.vouchers.flatMap((candidate: unknown) => {
    const result = voucherItem['~standard'].validate(candidate);
    if (result instanceof Promise || result.issues) return [];
    const voucher = result.value;
    const usable = voucher.status !== 'used' && voucher.status !== 'cancelled' && voucher.status !== 'expired';
    return usable && (!voucher.validUntil || Date.parse(voucher.validUntil) > now) ? [voucher] : [];
  });
  // What ran out is gone from the device, not just from view.
  if (vouchers.length !== kept.vouchers.length) write({ memberId: kept.memberId, vouchers });
  return { memberId: kept.memberId, vouchers };
}

function write(kept: Kept) {
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or disabled (some WebViews): the voucher is simply not kept.
  }
}
