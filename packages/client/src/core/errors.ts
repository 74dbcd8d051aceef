import { PROBLEMS, type ErrorCode, type Problem } from '@rights-kit/contract';

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
  acted?: Acted | undefined;
  cause?: unknown;
}

/**
 * Whether the platform acted on the request: `no` when it refused it or it was never sent, `yes` when it
 * answered success (with a body the client could not read), `unknown` when the answer was lost or was a
 * failure mid-way. A retry of a write that may have been acted on must reuse its Idempotency-Key, so the
 * platform replays its first result instead of acting twice; one it certainly did not act on may take a
 * new key (another card, other answers).
 */
export type Acted = 'no' | 'yes' | 'unknown';

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
  /** Whether the platform acted on the request; see `Acted`. */
  readonly acted: Acted;

  constructor(message: string, options: RightsErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = new.target.name;
    this.code = options.code;
    this.status = options.status;
    this.requestId = options.requestId;
    this.retryable = options.retryable ?? false;
    this.acted = options.acted ?? 'unknown';
    Object.defineProperty(this, RIGHTS_ERROR, { value: true });
  }

  /** What is safe to log or send to the bank's monitoring: no cause, no request details beyond method and path. */
  toJSON() {
    return { name: this.name, message: this.message, code: this.code, status: this.status, requestId: this.requestId, retryable: this.retryable, acted: this.acted };
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

/**
 * Statuses answered in front of the platform or while it sheds load (a gateway's timeout or bad gateway,
 * an unavailable platform): worth another try whatever the body says. Every other answer is retryable as
 * the contract declares its problem code (`PROBLEMS`); a bare status, or a code at a status the contract
 * does not give it, as the problems answered with that status are.
 */
const GATEWAY_RETRYABLE = new Set([408, 502, 503, 504]);

function isRetryableAnswer(status: number, code: string): boolean {
  if (GATEWAY_RETRYABLE.has(status)) return true;
  const declared = (PROBLEMS as Partial<Record<string, { status: number; retryable: boolean }>>)[code];
  return declared?.status === status ? declared.retryable : Object.values(PROBLEMS).some((spec) => spec.status === status && spec.retryable);
}

/**
 * A refusal the platform answered before acting: any 4xx, or a 503 that says when to come back (a
 * waiting room shedding load). Any other 5xx may come after part of the work was done.
 */
const refused = (status: number, retryAfterMs: number | undefined) => (status >= 400 && status < 500) || (status === 503 && retryAfterMs !== undefined);

export interface ApiErrorDetails {
  problem: Problem | undefined;
  requestId: string | undefined;
  /** How long the platform asked to wait before trying again (`Retry-After`), in milliseconds. */
  retryAfterMs?: number | undefined;
}

/** The platform answered with an error (an RFC 9457 problem, or a bare HTTP status). */
export class ApiError extends RightsError {
  declare readonly code: ErrorCode | 'http';
  declare readonly status: number;
  /** The problem's short, human-readable summary. */
  readonly title: string;
  /** The problem's explanation of this occurrence, when the platform gave one. */
  readonly detail: string | undefined;
  /** For `validation_failed`: which request fields were wrong and how. */
  readonly invalidParams: readonly { name: string; reason: string }[];
  /** The wait the platform asked for, when it did (`Retry-After`), in milliseconds. */
  readonly retryAfterMs: number | undefined;

  constructor(target: RequestTarget, status: number, { problem, requestId, retryAfterMs }: ApiErrorDetails, message?: string) {
    const code = problem?.code ?? 'http';
    super(message ?? `${target.method} ${target.path} failed: ${status} ${code}`, {
      code,
      status,
      requestId,
      retryable: isRetryableAnswer(status, code),
      acted: refused(status, retryAfterMs) ? 'no' : 'unknown',
    });
    this.title = problem?.title ?? `HTTP ${status}`;
    this.detail = problem?.detail;
    this.invalidParams = problem?.invalidParams ?? [];
    this.retryAfterMs = retryAfterMs;
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
      acted: 'yes',
    });
    this.issues = issues;
  }
}

/** Whether `value` is an error from this client, also when it was thrown in another realm. */
export function isRightsError(value: unknown): value is RightsError {
  return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[RIGHTS_ERROR] === true;
}
