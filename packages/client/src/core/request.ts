import { HEADERS, problem as problemSchema, type Problem } from '@rights-kit/contract';
import type { ResolvedOptions } from '../options.js';
import type { TokenStore } from './auth.js';
import { SessionExpiredError, StepUpRequiredError, errorFromResponse } from './api-errors.js';
import { ApiError, InvalidResponseError, NetworkError, RightsError, TimeoutError, isRightsError, type ApiErrorDetails, type RequestTarget } from './errors.js';
import type { EventSink } from './events.js';
import { newIdempotencyKey } from './idempotency.js';
import { isRetryable, parseRetryAfter, retryDelay, type RetryBudget } from './retry.js';
import { anySignal, sleep, timeoutSignal, untilAborted } from './signals.js';
import { validate, type ResponseSchema } from './validate.js';

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest<Output> {
  method: 'GET' | 'POST';
  /** An API path built with `apiPath`, e.g. `/v1/benefits`. */
  path: string;
  query?: Record<string, QueryValue>;
  body?: unknown;
  schema: ResponseSchema<Output>;
}

export interface CallOptions {
  signal?: AbortSignal | undefined;
  timeout?: number | undefined;
  idempotencyKey?: string | undefined;
}

export type Transport = <Output>(request: ApiRequest<Output>, call?: CallOptions) => Promise<Output>;

interface Exchange {
  response: Response;
  text: string;
}

/**
 * Sends API requests: auth with one shared refresh on 401, step-up through the host, retries with
 * backoff within a client-wide budget, per-attempt and total timeouts, Idempotency-Keys on writes, and
 * validation of every answer against the contract. Everything thrown is a `RightsError`, or the
 * caller's own abort reason.
 *
 * Each attempt is a plain `fetch`. ky was the first choice, but with its retries, timeouts and hooks
 * all replaced by the rights API's own policy, what it still did (a URL, search params, a JSON body)
 * cost 4.9 KB gzipped and took the client over its 20 KB budget.
 */
export function createTransport(options: ResolvedOptions, tokens: TokenStore, budget: RetryBudget, emit: EventSink): Transport {
  const base = options.baseUrl.replace(/\/+$/, '');
  // Looked up per request, not captured: hosts and test tools may replace `fetch` after the client exists.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const policy = options.retry;

  /** One HTTP exchange, answer and body, within `timeoutMs`. */
  async function exchange(request: ApiRequest<unknown>, headers: Record<string, string>, signal: AbortSignal, timeoutMs: number): Promise<Exchange> {
    const target = { method: request.method, path: request.path };
    const timer = timeoutSignal(timeoutMs, () => new TimeoutError(target, timeoutMs));
    const combined = anySignal([signal, timer.signal]);
    try {
      const url = new URL(base + request.path, globalThis.location?.href);
      for (const [name, value] of Object.entries(definedEntries(request.query))) url.searchParams.set(name, String(value));
      const response = await send(url, {
        method: request.method,
        headers: request.body === undefined ? headers : { ...headers, 'Content-Type': 'application/json' },
        ...(request.body !== undefined && { body: JSON.stringify(request.body) }),
        signal: combined.signal,
      });
      // The body is read within the same timeout: an answer whose body stalls is a timeout too, even
      // through a host's fetch that does not tie the body to the signal.
      const text = untilAborted(response.text(), combined.signal);
      text.catch(() => response.body?.cancel().catch(() => {}));
      return { response, text: await text };
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (timer.signal.aborted) throw timer.signal.reason;
      throw new NetworkError(target, error);
    } finally {
      timer.clear();
      combined.dispose();
    }
  }

  return async function request<Output>(request: ApiRequest<Output>, call: CallOptions = {}): Promise<Output> {
    const { method, path } = request;
    const target: RequestTarget = { method, path };
    const total = timeoutSignal(options.totalTimeout, () => new TimeoutError(target, options.totalTimeout));
    const { signal, dispose } = anySignal([call.signal, total.signal]);
    // One key for every attempt of this call: the platform then acts on it once, whatever is retried.
    const idempotencyKey = method === 'POST' ? (call.idempotencyKey ?? newIdempotencyKey()) : undefined;
    let refreshedAfter401 = false;
    let stepUpProof: string | undefined;
    let retries = 0;

    try {
      for (let attempt = 1; ; attempt++) {
        try {
          const token = await untilAborted(hostToken(tokens.get(), target), signal);
          const headers: Record<string, string> = {
            Authorization: `Bearer ${token}`,
            'Accept-Language': options.locale,
            Accept: 'application/json',
            ...(idempotencyKey && { [HEADERS.idempotencyKey]: idempotencyKey }),
            ...(stepUpProof && { [HEADERS.stepUpProof]: stepUpProof }),
          };
          emit({ type: 'request', method, path, attempt });
          const startedAt = Date.now();
          const { response, text } = await exchange(request as ApiRequest<unknown>, headers, signal, call.timeout ?? options.timeout);
          const requestId = response.headers.get(HEADERS.requestId) ?? undefined;
          emit({ type: 'response', method, path, attempt, status: response.status, durationMs: Date.now() - startedAt, requestId });

          const body = parseJson(text);
          if (response.ok) {
            if (body === NOT_JSON) throw new InvalidResponseError(target, [{ path: '', message: 'body is not JSON' }], requestId);
            const result = validate(request.schema, body);
            if (!result.ok) throw new InvalidResponseError(target, result.issues, requestId);
            // One report per answer, however many values went: the cache then serves it without another.
            if (result.dropped.length > 0) emit({ type: 'degraded', method, path, requestId, dropped: result.dropped });
            return result.value;
          }

          const details: ApiErrorDetails = { problem: asProblem(body), requestId, retryAfterMs: parseRetryAfter(response.headers.get('Retry-After')) };
          if (response.status === 401) {
            if (refreshedAfter401) {
              emit({ type: 'session-expired' });
              // Whatever the body says: the session is over once a fresh token is refused too.
              throw new SessionExpiredError(target, 401, details);
            }
            // Every request that meets this 401 shares one refresh, then replays once.
            refreshedAfter401 = true;
            await untilAborted(hostToken(tokens.refresh(token), target), signal);
            emit({ type: 'session-refreshed' });
            continue;
          }
          const error = errorFromResponse(target, response.status, details);
          if (error instanceof StepUpRequiredError && stepUpProof === undefined && options.onStepUp) {
            emit({ type: 'step-up', method, path });
            const proof = await untilAborted(options.onStepUp({ method, path }), signal);
            if (proof) {
              stepUpProof = proof;
              continue;
            }
          }
          throw error;
        } catch (error) {
          if (signal.aborted || !isRightsError(error) || !isRetryable(method, error) || retries >= policy.limit) throw error;
          const retryAfterMs = error instanceof ApiError ? error.retryAfterMs : undefined;
          // A wait longer than we are willing to hold the cardholder for: fail now; the error says how long.
          if (retryAfterMs !== undefined && retryAfterMs > policy.maxRetryAfter) throw error;
          if (!budget.take()) throw error;
          retries += 1;
          const delayMs = retryDelay(policy, retries, retryAfterMs);
          emit({ type: 'retry', method, path, attempt, delayMs, code: error.code });
          await sleep(delayMs, signal);
        }
      }
    } catch (error) {
      // The total timeout's reason is already a TimeoutError; a caller's abort passes through as theirs.
      if (isRightsError(error)) {
        emit({ type: 'error', method, path, code: error.code, status: error.status, requestId: error.requestId });
      }
      throw error;
    } finally {
      total.clear();
      dispose();
    }
  };
}

/** The host's token, with a failure of `getToken()` reported as a `RightsError` like every other. */
function hostToken(token: Promise<string>, target: RequestTarget): Promise<string> {
  return token.catch((cause: unknown) => {
    throw new RightsError(`${target.method} ${target.path} failed: getToken() did not give a session`, { code: 'session_unavailable', acted: 'no', cause });
  });
}

const NOT_JSON = Symbol('not JSON');

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

function asProblem(body: unknown): Problem | undefined {
  const result = validate(problemSchema, body);
  return result.ok ? result.value : undefined;
}

/** The query without absent filters: `undefined`, `null` (a removed attribute) and `''` all mean "not filtered". */
export function definedEntries(query: Record<string, QueryValue> = {}): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null && entry[1] !== ''),
  );
}
