// The client's tests run against the sandbox's own handlers, in msw for Node.
import { createSandbox, demoToken } from '@rights-kit/mock';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { createRightsClient, type RightsClient } from '../client.js';
import type { RightsClientOptions } from '../options.js';

export const API = 'https://rights.test';
export const TOKEN = demoToken();

/** One sandbox per test file, reset after each test. */
export function useSandbox() {
  const sandbox = createSandbox({ baseUrl: API });
  const server = setupServer(...sandbox.handlers);
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
    sandbox.reset();
  });
  afterAll(() => server.close());
  return { sandbox, server };
}

/** A client of the sandbox's demo member; fast retries so tests do not wait on backoff. */
export function sandboxClient(options: Partial<RightsClientOptions> = {}): RightsClient {
  return createRightsClient({ baseUrl: API, getToken: async () => TOKEN, retry: { baseDelay: 1, maxDelay: 5 }, ...options });
}

/** A fetch that answers from a script, one entry per call, recording every request it was given. */
export function scriptedFetch(script: (call: number, request: Request) => Response | Promise<Response>) {
  const requests: Request[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const request = new Request(input, init);
    requests.push(request);
    return script(requests.length, request);
  };
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

export const problemResponse = (status: number, code: string, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify({ title: code, status, code }), { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

export const jsonResponse = (body: unknown, status = 200) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
