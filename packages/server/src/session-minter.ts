// Minting the rights session: the one call that uses the bank's platform API key. It runs here, server
// to server; the browser (or the native app) only ever receives the short-lived token it returns.
import { ENDPOINTS, HEADERS, session as sessionSchema, type Session, type SessionRequest } from '@rights-kit/contract';
import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { describeFailure, type RightsLog } from './problem.js';

/** Why the platform gave no session: unreachable, too slow, it refused the bank's request, or it answered nonsense. */
export type PlatformSessionFailure = 'timeout' | 'unreachable' | 'refused' | 'invalid';

/** The rights platform did not give a session. Its message is for the log: never the API key or a token. */
export class PlatformSessionError extends Error {
  override name = 'PlatformSessionError';
  readonly reason: PlatformSessionFailure;

  constructor(reason: PlatformSessionFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

export interface SessionMinterOptions {
  platformUrl: string;
  apiKey: string;
  tenantId: string;
  timeoutMs: number;
  log: RightsLog;
  fetch: typeof fetch;
}

/** Statuses after which one more attempt may succeed: the platform or its edge was briefly unavailable. */
const TRANSIENT = new Set([502, 503, 504]);
const RETRY_DELAY_MS = 200;

/**
 * Returns `mint(memberId)`: a new session for that member. One retry on a network failure or a
 * 502/503/504, with the same `Idempotency-Key`, so the platform creates at most one session.
 */
export function createSessionMinter({ platformUrl, apiKey, tenantId, timeoutMs, log, fetch }: SessionMinterOptions): (memberId: string) => Promise<Session> {
  const { method, path } = ENDPOINTS.createSession;
  const endpoint = `${platformUrl.replace(/\/+$/, '')}${path}`;
  const call = `${method} ${path}`;

  return async function mint(memberId) {
    const idempotencyKey = randomUUID();
    const body: SessionRequest = { tenantId, memberId };
    for (let attempt = 1; ; attempt++) {
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method,
          headers: { 'X-Api-Key': apiKey, [HEADERS.idempotencyKey]: idempotencyKey, 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify(body),
          // The key must not follow a redirect anywhere.
          redirect: 'error',
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        if (attempt < 2) {
          await sleep(RETRY_DELAY_MS);
          continue;
        }
        const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timeout' : 'unreachable';
        throw new PlatformSessionError(reason, `${call} ${describeFailure(error)}`, { cause: error });
      }

      const requestId = response.headers.get(HEADERS.requestId) ?? 'none';
      if (TRANSIENT.has(response.status) && attempt < 2) {
        await response.body?.cancel();
        await sleep(RETRY_DELAY_MS);
        continue;
      }
      const answer: unknown = await response.json().catch(() => undefined);
      if (!response.ok) {
        const code = typeof (answer as { code?: unknown } | undefined)?.code === 'string' ? (answer as { code: string }).code : 'no code';
        // 401 here means the bank's key or tenant id is wrong: an operator's problem, not the cardholder's.
        const hint = response.status === 401 ? ' (check the platform API key and tenant id)' : '';
        throw new PlatformSessionError('refused', `${call} answered ${response.status} ${code}, request ${requestId}${hint}`);
      }
      const parsed = sessionSchema.safeParse(answer);
      if (!parsed.success) throw new PlatformSessionError('invalid', `${call} answered with no session, request ${requestId}`);
      log(`rights session minted for a member, expires ${parsed.data.expiresAt}, request ${requestId}`);
      return { token: parsed.data.token, expiresAt: parsed.data.expiresAt };
    }
  };
}
