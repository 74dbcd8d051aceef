// A short memory of the sessions just minted, per member: requests that arrive while one is being minted,
// or within a few seconds of it, share it. A page with several providers, a reload, or a bank app opening
// two WebViews then costs the platform one session instead of a burst of them (at a Double Eleven peak,
// the difference is the platform's session rate). It holds tokens in this process's memory only.
import type { Session } from '@rights-kit/contract';

/** Members remembered at most; past it the oldest go first, so a flood of sign-ins cannot grow it. */
const MAX_MEMBERS = 10_000;
/** A session closer than this to its expiry is never handed out again. */
const EXPIRY_MARGIN_MS = 60_000;

interface Entry {
  session: Promise<Session>;
  /** Until when it is handed out again; `Infinity` while it is being minted. */
  until: number;
}

export function reuseSessions(reuseMs: number, mint: (memberId: string) => Promise<Session>): (memberId: string) => Promise<Session> {
  if (reuseMs <= 0) return mint;
  const entries = new Map<string, Entry>();

  return (memberId) => {
    const now = Date.now();
    const known = entries.get(memberId);
    if (known && now < known.until) return known.session;
    entries.delete(memberId);
    if (entries.size >= MAX_MEMBERS) entries.delete(entries.keys().next().value as string);

    const entry: Entry = { session: mint(memberId), until: Infinity };
    entries.set(memberId, entry);
    entry.session.then(
      ({ expiresAt }) => {
        entry.until = Math.min(Date.now() + reuseMs, Date.parse(expiresAt) - EXPIRY_MARGIN_MS);
      },
      () => {
        // A failure is not remembered: the next request tries again.
        if (entries.get(memberId) === entry) entries.delete(memberId);
      },
    );
    return entry.session;
  };
}
