import ky, { isTimeoutError } from 'ky';
import { problem as problemSchema, type Problem } from '@rights-kit/contract';
import type { RequestOptions, ResolvedOptions } from '../options.js';
import type { TokenStore } from './auth.js';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError, type RequestTarget } from './errors.js';
import { validate, type ResponseSchema } from './validate.js';

export type QueryValue = string | number | boolean | null | undefined;

export interface ApiRequest<Output> {
  method: 'GET' | 'POST';
  /** An absolute API path built with `apiPath`, e.g. `/v1/benefits`. */
  path: string;
  query?: Record<string, QueryValue>;
  schema: ResponseSchema<Output>;
}

export type Requester = <Output>(request: ApiRequest<Output>, options?: RequestOptions) => Promise<Output>;

/**
 * Sends one API request and returns its validated body, or throws a `RightsError`.
 *
 * ky does the transport (timeouts, search params, the fetch call); everything the contract decides
 * (auth header, locale, problem+json errors, validation) happens here.
 */
export function createRequester(options: ResolvedOptions, tokens: TokenStore): Requester {
  const base = options.baseUrl.replace(/\/+$/, '');
  // Looked up per request, not captured: hosts and test tools may replace `fetch` after the client exists.
  const send = options.fetch ?? ((input, init) => globalThis.fetch(input, init));

  return async function request<Output>({ method, path, query, schema }: ApiRequest<Output>, call: RequestOptions = {}) {
    const target: RequestTarget = { method, path };
    const timeout = call.timeout ?? options.timeout;
    const token = await tokens.get();
    call.signal?.throwIfAborted();

    let response: Response;
    try {
      response = await ky(base + path, {
        method,
        searchParams: definedEntries(query),
        headers: { Authorization: `Bearer ${token}`, 'Accept-Language': options.locale, Accept: 'application/json' },
        signal: call.signal,
        timeout,
        // Retries follow the rights API's own policy (idempotency keys, budgets), not ky's defaults.
        retry: 0,
        throwHttpErrors: false,
        fetch: send,
      });
    } catch (error) {
      if (call.signal?.aborted) throw call.signal.reason;
      if (isTimeoutError(error)) throw new TimeoutError(target, timeout, error);
      throw new NetworkError(target, error);
    }

    const requestId = response.headers.get('X-Request-Id') ?? undefined;
    const body = await readJson(response);
    // An expired or revoked session: the next request asks the host for a fresh token.
    if (response.status === 401) tokens.invalidate();
    if (!response.ok) throw new ApiError(target, response.status, asProblem(body), requestId);
    if (body === NOT_JSON) {
      throw new InvalidResponseError(target, [{ path: '', message: 'body is not JSON' }], requestId);
    }
    const result = validate(schema, body);
    if (!result.ok) throw new InvalidResponseError(target, result.issues, requestId);
    return result.value;
  };
}

const NOT_JSON = Symbol('not JSON');

async function readJson(response: Response): Promise<unknown> {
  try {
    return await response.json();
  } catch {
    return NOT_JSON;
  }
}

function asProblem(body: unknown): Problem | undefined {
  const result = validate(problemSchema, body);
  return result.ok ? result.value : undefined;
}

/** The query without absent filters: `undefined`, `null` (a removed attribute) and `''` all mean "not filtered". */
function definedEntries(query: Record<string, QueryValue> = {}): Record<string, string | number | boolean> {
  return Object.fromEntries(
    Object.entries(query).filter((entry): entry is [string, string | number | boolean] => entry[1] !== undefined && entry[1] !== null && entry[1] !== ''),
  );
}
