// The time left before a voucher expires, kept current while it is on screen.
import type { RightsLocale } from '@rights-kit/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

const units = new Map<string, Intl.NumberFormat>();

function formatUnit(locale: RightsLocale, unit: 'day' | 'hour' | 'minute', value: number): string {
  const key = `${locale}:${unit}`;
  let format = units.get(key);
  if (!format) {
    format = new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: unit === 'day' ? 'long' : 'short' });
    units.set(key, format);
  }
  return format.format(value);
}

/**
 * `milliseconds` as the cardholder needs to hear it: whole days from two days on (`5 days`, `5天`), rounded
 * down so it never promises more time than there is; else hours and minutes (`2 hr 13 min`, `2小时 13分钟`),
 * minutes rounded up so the last minute still reads `1 min` rather than nothing. `Intl.RelativeTimeFormat` only speaks one unit at a time and `Intl.DurationFormat` is missing
 * from the older WebViews bank apps run in, so the units are Intl's and the sentence is the catalog's.
 */
export function formatTimeLeft(locale: RightsLocale, milliseconds: number): string {
  if (milliseconds >= 2 * DAY) return formatUnit(locale, 'day', Math.floor(milliseconds / DAY));
  const minutes = Math.max(1, Math.ceil(milliseconds / MINUTE));
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  const parts = [hours > 0 ? formatUnit(locale, 'hour', hours) : '', rest > 0 || hours === 0 ? formatUnit(locale, 'minute', rest) : ''];
  return parts.filter(Boolean).join(' ');
}

/** How long until the displayed time left changes: when the minutes, rounded up, tick down. */
export function nextChangeIn(milliseconds: number): number {
  return ((milliseconds - 1) % MINUTE) + 1;
}

/**
 * The current time for a countdown to `deadline()`, refreshed (and the host updated) each time the
 * minute shown changes, and at the deadline itself. It keeps no timer while its element is disconnected
 * or the page is hidden, and catches up when the page is shown again.
 */
export class ExpiryClock implements ReactiveController {
  /** The time the host renders against, in epoch milliseconds. */
  now = Date.now();

  private timer?: ReturnType<typeof setTimeout>;
  private scheduledFor?: number;

  private readonly handleVisibility = () => {
    if (document.hidden) this.stop();
    else this.tick();
  };

  private readonly tick = () => {
    this.timer = undefined;
    this.now = Date.now();
    this.host.requestUpdate();
    this.schedule();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly deadline: () => number | undefined,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    document.addEventListener('visibilitychange', this.handleVisibility);
    this.now = Date.now();
    this.schedule();
  }

  hostDisconnected(): void {
    document.removeEventListener('visibilitychange', this.handleVisibility);
    this.stop();
  }

  hostUpdate(): void {
    // Another voucher, or its first arrival: count from now, towards its deadline.
    if (this.deadline() !== this.scheduledFor) {
      this.now = Date.now();
      this.schedule();
    }
  }

  private schedule() {
    this.stop();
    const deadline = this.deadline();
    this.scheduledFor = deadline;
    if (deadline === undefined || document.hidden) return;
    const left = deadline - this.now;
    if (left > 0) this.timer = setTimeout(this.tick, nextChangeIn(left));
  }

  private stop() {
    if (this.timer !== undefined) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
