import type { ErrorCode, Problem } from '@rights-kit/contract';

// A registered symbol is shared by every realm (iframes, WebView frames), unlike `instanceof`.
const RIGHTS_ERROR = Symbol.for('rights-kit.error');

/** Where a failed request went: method and path only, never the query string, headers or body. */
export interface RequestTarget {
  method: string;
  path: string;
}

export interface RightsErrorOptions {
  code: string;
  status?: number | undefined;
  requestId?: string | undefined;
  retryable?: boolean | undefined;
  cause?: unknown;
}

/**
 * Every error the client throws. Messages name the method and path of the request and never carry the
 * session token, query strings or response bodies, so they are safe to log.
 */
export class RightsError extends Error {
  /** A stable code to branch on: the platform's problem code, or `network`, `timeout`, `invalid_response`. */
  readonly code: string;
  /** The HTTP status, when the platform answered. */
  readonly status: number | undefined;
  /** The platform's `X-Request-Id`, to quote to its support. */
  readonly requestId: string | undefined;
  /** Whether trying the same request again may succeed. */
  readonly retryable: boolean;

  constructor(message: string, options: RightsErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    Object.defineProperty(this, RIGHTS_ERROR, { value: true });
  }

  toJSON() {
    return { name: this.name, message: this.message, code: this.code, status: this.status, requestId: this.requestId };
  }
}

/** The request never got an answer: offline, DNS, connection reset, CORS. */
export class NetworkError extends RightsError {
  constructor(target: RequestTarget, cause: unknown) {
    super(`${target.method} ${target.path} failed: network error`, { code: 'network', retryable: true, cause });
  }
}

/** The platform did not answer in time. */
export class TimeoutError extends RightsError {
  constructor(target: RequestTarget, timeoutMs: number, cause?: unknown) {
    super(`${target.method} ${target.path} timed out after ${timeoutMs} ms`, { code: 'timeout', retryable: true, cause });
  }
}

const RETRYABLE_STATUSES = new Set([408, 429, 500, 502, 503, 504]);

/** The platform answered with an error (an RFC 9457 problem, or a bare HTTP status). */
export class ApiError extends RightsError {
  declare readonly code: ErrorCode | 'http';
  declare readonly status: number;
  /** The problem's short, human-readable summary. */
  readonly title: string;
  /** The problem's explanation of this occurrence, when the platform gave one. */
  readonly detail: string | undefined;

  constructor(target: RequestTarget, status: number, problem: Problem | undefined, requestId: string | undefined) {
    const code = problem?.code ?? 'http';
    super(`${target.method} ${target.path} failed: ${status} ${code}`, {
      code,
      status,
      requestId,
      retryable: RETRYABLE_STATUSES.has(status),
    });
    this.title = problem?.title ?? `HTTP ${status}`;
    this.detail = problem?.detail;
  }
}

/** Where a response broke the contract. Paths and messages only: the offending values are never copied. */
export interface ResponseIssue {
  path: string;
  message: string;
}

/** The platform answered 2xx with a body that does not fit the contract. */
export class InvalidResponseError extends RightsError {
  readonly issues: readonly ResponseIssue[];

  constructor(target: RequestTarget, issues: readonly ResponseIssue[], requestId: string | undefined) {
    const where = issues.slice(0, 3).map((issue) => issue.path || '(body)').join(', ');
    super(`${target.method} ${target.path} returned an invalid response at ${where}`, {
      code: 'invalid_response',
      requestId,
    });
    this.issues = issues;
  }
}

/** Whether `value` is an error from this client, also when it was thrown in another realm. */
export function isRightsError(value: unknown): value is RightsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RIGHTS_ERROR] === true;
}
