import { HttpResponse, type JsonBodyType } from 'msw';
import { problem, type ErrorCode } from '@rights-kit/contract';

interface Parseable {
  parse(value: unknown): unknown;
}

const requestId = () => `sbx-${crypto.randomUUID()}`;

/**
 * A JSON response checked against its contract schema first: the sandbox must never teach a client
 * something the real platform would not send. A mismatch is a bug in the sandbox and throws.
 */
export function sandboxJson(schema: Parseable, body: JsonBodyType, init: ResponseInit = {}) {
  schema.parse(body);
  return HttpResponse.json(body, { ...init, headers: { 'X-Request-Id': requestId(), ...init.headers } });
}

/** An RFC 9457 problem response with the platform's stable error code. */
export function problemResponse(status: number, code: ErrorCode, detail: string) {
  const body = { type: `https://rights.example/problems/${code}`, title: code.replaceAll('_', ' '), status, code, detail };
  problem.parse(body);
  return HttpResponse.json(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': requestId() },
  });
}
