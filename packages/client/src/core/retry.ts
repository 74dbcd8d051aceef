import { isRightsError } from './errors.js';

/** How the client retries. Every field has a default; see `RightsClientOptions.retry`. */
export interface RetryPolicy {
  /** Retries after the first attempt. */
  limit: number;
  /** The first backoff, doubled on each retry, before jitter. */
  baseDelay: number;
  /** No single wait is longer than this. */
  maxDelay: number;
  /** The longest `Retry-After` honoured; a longer one fails at once, with the wait in the error. */
  maxRetryAfter: number;
  /**
   * The client-wide retry budget: at most `capacity` retries in a burst, refilled at `refillPerSecond`.
   * Many components failing against a struggling platform then add a trickle of retries, not a flood.
   */
  budget: { capacity: number; refillPerSecond: number };
}

export const DEFAULT_RETRY: RetryPolicy = {
  limit: 2,
  baseDelay: 300,
  maxDelay: 4_000,
  maxRetryAfter: 10_000,
  budget: { capacity: 10, refillPerSecond: 1 },
};

/**
 * The answers to a write the client itself sends again: the platform asked it to come back (429, 503),
 * or no answer came (network, timeout, which have no status). Its Idempotency-Key makes either safe to
 * repeat. Any other retryable answer to a write (a 500 mid-claim) is left to the cardholder's "try
 * again", which reuses the key while `error.acted` is not `no`: at a peak, a failing write is not worth
 * hammering on its own.
 */
const WRITE_COME_BACK = new Set([429, 503]);

/** Whether `error` from a `method` request is worth an automatic attempt: whether it is `retryable` is the error's own. */
export function isRetryable(method: string, error: unknown): boolean {
  if (!isRightsError(error) || !error.retryable) return false;
  return method === 'GET' || error.status === undefined || WRITE_COME_BACK.has(error.status);
}

/**
 * The wait before retry number `retry` (1-based): the platform's `Retry-After` if it gave one, else
 * exponential backoff with full jitter, never over `maxDelay`.
 */
export function retryDelay(policy: RetryPolicy, retry: number, retryAfterMs: number | undefined, random = Math.random): number {
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, policy.maxRetryAfter);
  const ceiling = Math.min(policy.maxDelay, policy.baseDelay * 2 ** (retry - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

/** `Retry-After` as milliseconds: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(header: string | null, now = Date.now()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  if (/^\d+$/.test(header.trim())) return Number(header.trim()) * 1000;
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** A token bucket shared by every request of one client. */
export interface RetryBudget {
  /** Takes one retry from the budget; false when it is spent. */
  take(): boolean;
}

export function createRetryBudget({ capacity, refillPerSecond }: RetryPolicy['budget'], now = () => Date.now()): RetryBudget {
  let tokens = capacity;
  let last = now();
  return {
    take() {
      const time = now();
      tokens = Math.min(capacity, tokens + ((time - last) / 1000) * refillPerSecond);
      last = time;
      if (tokens < 1) return false;
      tokens -= 1;
      return true;
    },
  };
}
