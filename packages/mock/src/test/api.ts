// A small HTTP client for the sandbox's own tests: msw in Node answers these requests.
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createSandbox, type Sandbox, type SandboxOptions } from '../handlers.js';
import { demoToken } from '../platform/platform.js';

export const API = 'https://rights.test';

let keys = 0;
/** A fresh idempotency key, as a client makes one per user action. */
export const newKey = () => `test-key-${++keys}-${Date.now()}`;

export interface Call {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  body?: unknown;
  token?: string | null;
  locale?: string;
  key?: string;
  headers?: Record<string, string>;
}

export interface Answer<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  json: T;
}

/** Starts one sandbox for the test file, reset before each test. */
export function useSandbox(options: Omit<SandboxOptions, 'baseUrl'> = {}): Sandbox {
  const sandbox = createSandbox({ ...options, baseUrl: API });
  const server = setupServer(...sandbox.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => sandbox.reset());
  afterAll(() => server.close());
  return sandbox;
}

export async function call<T = Record<string, unknown>>(path: string, { method = 'GET', body, token = demoToken(), locale, key, headers = {} }: Call = {}): Promise<Answer<T>> {
  const response = await fetch(`${API}${path}`, {
    method,
    headers: {
      ...(token && { Authorization: `Bearer ${token}` }),
      ...(locale && { 'Accept-Language': locale }),
      ...(body !== undefined && { 'Content-Type': 'application/json' }),
      ...(method === 'POST' && { 'Idempotency-Key': key ?? newKey() }),
      ...headers,
    },
    ...(body !== undefined && { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  let json: unknown;
  try {
    json = text ? JSON.parse(text) : undefined;
  } catch {
    json = text;
  }
  return { status: response.status, headers: response.headers, json: json as T };
}
