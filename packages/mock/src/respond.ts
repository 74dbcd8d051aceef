import { takeDropped } from '@rights-kit/contract';
import { HttpResponse, type JsonBodyType } from 'msw';
import type { PlatformProblem } from './platform/problem.js';

interface Parseable {
  parse(value: unknown): unknown;
}

// getRandomValues, not randomUUID: the in-page sandbox may run on a plain-http page (a static Storybook
// on a LAN address), where randomUUID does not exist.
const requestId = () => `sbx-${Array.from(crypto.getRandomValues(new Uint8Array(12)), (byte) => byte.toString(16).padStart(2, '0')).join('')}`;

/** Adds the `X-Request-Id` every platform response carries. */
export function withRequestId(response: Response): Response {
  response.headers.set('X-Request-Id', requestId());
  return response;
}

/**
 * A JSON response checked against its contract schema first: the sandbox must never teach a client
 * something the real platform would not send. A mismatch is a bug in the sandbox and throws, also one
 * in a field a client would drop and do without: the sandbox sends what a well-behaved platform sends.
 */
export function sandboxJson(schema: Parseable, body: unknown, init: ResponseInit = {}) {
  // Checked as it travels, as JSON: a field left `undefined` in the sandbox's objects is simply not sent.
  const dropped = takeDropped(schema.parse(JSON.parse(JSON.stringify(body))));
  if (dropped.length > 0) throw new TypeError(`The sandbox was about to send values that break the contract: ${dropped.join(', ')}`);
  return withRequestId(HttpResponse.json(body as JsonBodyType, init));
}

/** An RFC 9457 problem response with the platform's stable error code. */
export function problemResponse(problem: PlatformProblem, { status = problem.status, headers = {} }: { status?: number; headers?: Record<string, string> } = {}) {
  const body = {
    type: `https://rights.example/problems/${problem.code}`,
    title: problem.code.replaceAll('_', ' '),
    status,
    code: problem.code,
    detail: problem.detail,
    ...(problem.invalidParams && { invalidParams: problem.invalidParams }),
  };
  return withRequestId(HttpResponse.json(body, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } }));
}
