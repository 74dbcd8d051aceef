// The answers the bank's backend gives of its own: JSON, and RFC 9457 problems with the rights API's
// stable codes, so the rights client reads the bank's refusals (nobody signed in, the platform is down)
// exactly as it reads the platform's.
import type { ErrorCode } from '@rights-kit/contract';

/** Where operational log lines go. */
export type RightsLog = (line: string) => void;

/** Headers every answer of the bank's backend carries. */
export const BASELINE_HEADERS: Readonly<Record<string, string>> = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
});

export interface ProblemInit {
  status: number;
  code: Exclude<ErrorCode, 'unknown'>;
  title: string;
  detail?: string;
  headers?: Record<string, string>;
}

/** A JSON answer that no cache may keep. */
export function jsonResponse(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { ...BASELINE_HEADERS, 'Content-Type': 'application/json; charset=utf-8', 'Cache-Control': 'no-store', ...headers },
  });
}

/** An `application/problem+json` answer. */
export function problemResponse({ status, code, title, detail, headers = {} }: ProblemInit): Response {
  const body = { type: 'about:blank', title, status, code, ...(detail !== undefined && { detail }) };
  return jsonResponse(status, body, { 'Content-Type': 'application/problem+json; charset=utf-8', ...headers });
}

/**
 * Why a call to the platform failed, for the log: a timeout, a refused connection, a DNS miss. Never the
 * request itself, which carries the API key or a session token.
 */
export function describeFailure(error: unknown): string {
  if (!(error instanceof Error)) return 'unknown error';
  if (error.name === 'TimeoutError') return 'timed out';
  const cause = error.cause as { code?: unknown } | undefined;
  return typeof cause?.code === 'string' ? `unreachable (${cause.code})` : `unreachable (${error.name})`;
}
