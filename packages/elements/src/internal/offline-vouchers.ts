import { isRightsError, type Member, type RightsClient } from '@rights-kit/client';
import { KINDS, type VoucherItem } from '@rights-kit/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { sameSession } from './context.js';

/**
 * Vouchers kept on the device, so one a cardholder has opened can still be shown at a counter with no
 * signal. Opt-in (`offline-vouchers` on the provider): a voucher code is worth money, and a bank decides
 * whether its app's WebView storage may hold one.
 *
 * Phones are shared, and apps switch accounts without signing out, so what is kept belongs to one member:
 * the member the platform named (`GET /v1/me`) when the voucher was kept. The store names that member by
 * a salted SHA-256 digest of their bank and opaque id, never by the id itself: the device holds no more
 * about the cardholder than it needs to tell them apart. Before anything kept is shown, the session in use
 * is compared with it; as soon as the platform names another member, everything kept goes. Only when the
 * platform cannot be asked (no signal) is the member last named on this device taken to be the one at the
 * counter. Each voucher is kept until it expires; all of them go on sign-out (`forgetOfflineVouchers()`).
 * Without Web Crypto (a page not served over HTTPS) nothing is kept.
 */
const KEY = 'rights-kit.offline-vouchers.v2';
/** Where earlier versions kept vouchers beside the member's id in clear: removed on first use, never read. */
const LEGACY_KEY = 'rights-kit.offline-vouchers.v1';

interface Kept {
  /** Random per store, so a digest says nothing outside this device and can't be looked up in a table. */
  salt: string;
  /** The digest of the member the vouchers were issued to. */
  member: string;
  vouchers: VoucherItem[];
}

interface Options {
  signal?: AbortSignal;
}

/**
 * Whose session `client` speaks for: the member the platform names; `refused` when the platform turned
 * the session away (a member it would not name may be anyone); `unknown` when it could not be asked.
 */
type Holder = Member | 'refused' | 'unknown';

async function holderOf(client: RightsClient, signal: AbortSignal | undefined): Promise<Holder> {
  try {
    return await client.me.get({ signal });
  } catch (error) {
    return isRightsError(error) && (error.code === 'unauthorized' || error.code === 'not_found') ? 'refused' : 'unknown';
  }
}

/**
 * Keeps `voucher` for the member `client`'s session belongs to, once the platform has said who that is;
 * what another member kept on this device goes.
 */
export async function keepVoucher(client: RightsClient, voucher: VoucherItem, { signal }: Options = {}): Promise<void> {
  const holder = await holderOf(client, signal);
  if (typeof holder === 'string' || signal?.aborted) return;
  const current = read();
  const salt = current?.salt ?? newSalt();
  const member = await digest(salt, holder);
  if (!member || signal?.aborted) return;
  // Read again: the store may have changed while the digest was worked out.
  const kept = read();
  const same = kept?.salt === salt && kept.member === member;
  const others = same ? kept.vouchers.filter((candidate) => candidate.id !== voucher.id) : [];
  write({ salt, member, vouchers: [...others, voucher] });
}

/**
 * The kept vouchers the member of `client`'s session may see, still usable, soonest expiry first: what
 * the wallet can list with no network. Kept for someone else, they are forgotten and none is returned.
 */
export async function keptVouchers(client: RightsClient, { signal }: Options = {}): Promise<VoucherItem[]> {
  // Nothing kept: no need to ask the platform whose session this is.
  if (!read()) return [];
  const holder = await holderOf(client, signal);
  const kept = read();
  if (!kept || holder === 'refused' || signal?.aborted) return [];
  if (holder !== 'unknown' && (await digest(kept.salt, holder)) !== kept.member) {
    if (read()?.salt === kept.salt) forgetOfflineVouchers();
    return [];
  }
  const expiry = (voucher: VoucherItem) => (voucher.validUntil ? Date.parse(voucher.validUntil) : Infinity);
  return [...kept.vouchers].sort((a, b) => expiry(a) - expiry(b));
}

/** The kept voucher with this wallet item id, if it is still usable and the member of `client`'s session may see it. */
export async function keptVoucher(client: RightsClient, walletItemId: string, options: Options = {}): Promise<VoucherItem | undefined> {
  return (await keptVouchers(client, options)).find((voucher) => voucher.id === walletItemId);
}

/** Forgets every kept voucher: call it when the cardholder signs out. */
export function forgetOfflineVouchers(): void {
  try {
    localStorage.removeItem(KEY);
  } catch {
    // Storage disabled: nothing was kept.
  }
}

/**
 * Compares what the device keeps with the member of each new session a provider is given, so the
 * vouchers of the member an app signed out without `signOut()` are gone before anyone else's session can
 * reach them, offline included. Asks the platform only when something is kept (and `me` is cached).
 */
export class ForgetOtherMembers implements ReactiveController {
  private checked?: RightsClient;

  constructor(
    host: ReactiveControllerHost,
    private readonly clientOf: () => RightsClient | undefined,
  ) {
    host.addController(this);
  }

  hostUpdated(): void {
    const client = this.clientOf();
    if (!client || (this.checked && sameSession(this.checked, client))) return;
    this.checked = client;
    void keptVouchers(client);
  }
}

/** What is kept, checked against the contract and without what has expired or been used since. */
function read(): Kept | undefined {
  let kept: Partial<Kept> | undefined;
  try {
    localStorage.removeItem(LEGACY_KEY);
    kept = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Partial<Kept> | undefined;
  } catch {
    return undefined;
  }
  const { salt, member } = kept ?? {};
  if (typeof salt !== 'string' || typeof member !== 'string' || !Array.isArray(kept?.vouchers)) return undefined;
  const now = Date.now();
  const vouchers = kept.vouchers.flatMap((candidate: unknown) => {
    const result = KINDS.voucher.item['~standard'].validate(candidate);
    if (result instanceof Promise || result.issues) return [];
    const voucher = result.value;
    const usable = voucher.status !== 'used' && voucher.status !== 'cancelled' && voucher.status !== 'expired';
    return usable && (!voucher.validUntil || Date.parse(voucher.validUntil) > now) ? [voucher] : [];
  });
  // What ran out is gone from the device, not just from view.
  if (vouchers.length !== kept.vouchers.length) write({ salt, member, vouchers });
  return { salt, member, vouchers };
}

function write(kept: Kept) {
  try {
    localStorage.setItem(KEY, JSON.stringify(kept));
  } catch {
    // Storage full or disabled (some WebViews): the voucher is simply not kept.
  }
}

const hex = (bytes: ArrayBuffer | Uint8Array) => Array.from(new Uint8Array(bytes), (byte) => byte.toString(16).padStart(2, '0')).join('');

function newSalt(): string {
  return hex(crypto.getRandomValues(new Uint8Array(16)));
}

/** The member's digest under `salt`; undefined where the page has no Web Crypto (not a secure context). */
async function digest(salt: string, member: Member): Promise<string | undefined> {
  const subtle = globalThis.crypto?.subtle as SubtleCrypto | undefined;
  if (!subtle) return undefined;
  return hex(await subtle.digest('SHA-256', new TextEncoder().encode(`${salt}\u0000${member.tenant.id}\u0000${member.id}`)));
}
