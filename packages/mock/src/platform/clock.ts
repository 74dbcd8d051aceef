/**
 * The sandbox's sense of time. It follows the real clock until a test sets it; then it stands still at
 * that instant until moved again, so expiry and quota resets can be tested to the second.
 */
export interface SandboxClock {
  now(): Date;
  /** Freezes the clock at `instant`. */
  set(instant: Date | string): void;
  /** Moves a frozen (or real) clock forward. */
  advance(milliseconds: number): void;
  /** Back to real time. */
  reset(): void;
  readonly frozen: boolean;
}

export function createClock(): SandboxClock {
  let frozenAt: number | undefined;
  return {
    now: () => new Date(frozenAt ?? Date.now()),
    set(instant) {
      const time = new Date(instant).getTime();
      if (Number.isNaN(time)) throw new RangeError(`Not an instant: ${String(instant)}`);
      frozenAt = time;
    },
    advance(milliseconds) {
      frozenAt = (frozenAt ?? Date.now()) + milliseconds;
    },
    reset() {
      frozenAt = undefined;
    },
    get frozen() {
      return frozenAt !== undefined;
    },
  };
}

/** Calendar arithmetic in the platform's home time zone (China Standard Time, UTC+8, no DST). */
const CST_OFFSET_MS = 8 * 3_600_000;

/** `YYYY-MM-DD` of `date` in CST, plus `days`. */
export function cstDate(date: Date, days = 0): string {
  return new Date(date.getTime() + CST_OFFSET_MS + days * 86_400_000).toISOString().slice(0, 10);
}

/** An instant as ISO 8601 with the CST offset, e.g. `2026-11-21T13:00:00+08:00`. */
export function cstInstant(date: Date): string {
  return new Date(date.getTime() + CST_OFFSET_MS).toISOString().replace(/\.\d{3}Z$/, '+08:00');
}

/** The start of the period `date` falls in, and the start of the next one, in CST. */
export function periodBounds(date: Date, period: 'year' | 'month'): { start: Date; end: Date } {
  const local = new Date(date.getTime() + CST_OFFSET_MS);
  const year = local.getUTCFullYear();
  const month = local.getUTCMonth();
  const start = period === 'year' ? Date.UTC(year, 0, 1) : Date.UTC(year, month, 1);
  const end = period === 'year' ? Date.UTC(year + 1, 0, 1) : Date.UTC(year, month + 1, 1);
  return { start: new Date(start - CST_OFFSET_MS), end: new Date(end - CST_OFFSET_MS) };
}
