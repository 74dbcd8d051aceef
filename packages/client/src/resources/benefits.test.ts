import { createHandlers, demoToken } from '@rights-kit/mock';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createRightsClient } from '../client.js';
import { ApiError, InvalidResponseError, NetworkError, TimeoutError, isRightsError } from '../core/errors.js';

const API = 'https://rights.test';
const TOKEN = demoToken();
const server = setupServer(...createHandlers({ baseUrl: API }));
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

const client = (options: Partial<Parameters<typeof createRightsClient>[0]> = {}) =>
  createRightsClient({ baseUrl: API, getToken: async () => TOKEN, ...options });

/** Replaces GET /v1/benefits for one test. */
const answerList = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get(`${API}/v1/benefits`, resolver));

describe('benefits.list', () => {
  it('returns a validated page of benefits in the client locale', async () => {
    const page = await client({ locale: 'en' }).benefits.list({ category: 'travel' });
    expect(page.items.map((benefit) => benefit.title)).toContain('Domestic airport lounges');
    expect(page.items.every((benefit) => benefit.category === 'travel')).toBe(true);
    const zh = await client().benefits.list({ category: 'travel' });
    expect(zh.items[0]?.title).toBe('国内机场贵宾厅');
  });

  it('sends the bearer token and language, asking the host for the token once', async () => {
    const getToken = vi.fn(async () => TOKEN);
    const seen: Request[] = [];
    server.events.on('request:start', ({ request }) => void seen.push(request.clone()));
    const rights = client({ getToken, locale: 'zh-HK' });
    await Promise.all([rights.benefits.list(), rights.benefits.list({ limit: 2 })]);
    server.events.removeAllListeners();

    expect(getToken).toHaveBeenCalledTimes(1);
    for (const request of seen) {
      expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
      expect(request.headers.get('Accept-Language')).toBe('zh-HK');
      expect(request.url).not.toContain(TOKEN);
    }
  });

  it('passes filters as query parameters and follows cursors', async () => {
    const rights = client();
    const first = await rights.benefits.list({ limit: 5 });
    expect(first.items).toHaveLength(5);
    expect(first.nextCursor).toEqual(expect.any(String));
    const second = await rights.benefits.list({ limit: 5, cursor: first.nextCursor! });
    expect(second.items.map((benefit) => benefit.id)).not.toContain(first.items[0]?.id);
  });

  it('does not ask for a token before the first request', () => {
    const getToken = vi.fn(async () => TOKEN);
    client({ getToken });
    expect(getToken).not.toHaveBeenCalled();
  });
});

describe('errors', () => {
  it('turns a problem+json answer into an ApiError that never carries the token', async () => {
    answerList(() =>
      HttpResponse.json(
        { title: 'Sold out', status: 409, code: 'sold_out', detail: 'No seats left.' },
        { status: 409, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-42' } },
      ),
    );
    const error = await client().benefits.list({ q: 'private search' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'sold_out', status: 409, requestId: 'req-42', retryable: false, detail: 'No seats left.' });
    expect(isRightsError(error)).toBe(true);
    const rendered = [String(error), JSON.stringify(error), (error as Error).stack].join('\n');
    expect(rendered).toContain('GET /v1/benefits');
    expect(rendered).not.toContain(TOKEN);
    expect(rendered).not.toContain('private search');
  });

  it('marks server errors retryable even without a problem body', async () => {
    answerList(() => new HttpResponse('Bad gateway', { status: 502 }));
    await expect(client().benefits.list()).rejects.toMatchObject({ name: 'ApiError', code: 'http', status: 502, retryable: true });
  });

  it('rejects a response that breaks the contract, naming where but not what', async () => {
    answerList(() => HttpResponse.json({ items: [{ id: 'x', title: 'leaked-value-123' }], nextCursor: null }));
    const error = await client().benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const issues = (error as InvalidResponseError).issues;
    expect(issues.map((issue) => issue.path)).toContain('items.0.kind');
    expect(JSON.stringify(issues) + String(error)).not.toContain('leaked-value-123');
  });

  it('rejects a body that is not JSON', async () => {
    answerList(() => new HttpResponse('<html>proxy login</html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(client().benefits.list()).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reports a dropped connection as a retryable NetworkError', async () => {
    answerList(() => HttpResponse.error());
    const error = await client().benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
  });

  it('times out slow answers', async () => {
    answerList(() => new Promise(() => {}));
    await expect(client().benefits.list({}, { timeout: 50 })).rejects.toBeInstanceOf(TimeoutError);
  });

  it('rejects with the abort reason when the caller cancels', async () => {
    answerList(() => new Promise(() => {}));
    const controller = new AbortController();
    const pending = client().benefits.list({}, { signal: controller.signal });
    controller.abort(new DOMException('left the page', 'AbortError'));
    await expect(pending).rejects.toMatchObject({ name: 'AbortError', message: 'left the page' });
  });

  it('recognises its errors across realms by a registered symbol, not by class', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('rights-kit.error')]: true });
    expect(isRightsError(foreign)).toBe(true);
    expect(isRightsError(new Error('x'))).toBe(false);
    expect(isRightsError(null)).toBe(false);
  });
});

describe('createRightsClient', () => {
  it('is immutable, and withOptions derives a new client', () => {
    const rights = client();
    expect(Object.isFrozen(rights)).toBe(true);
    expect(Object.isFrozen(rights.options)).toBe(true);
    const english = rights.withOptions({ locale: 'en' });
    expect(english.options.locale).toBe('en');
    expect(rights.options.locale).toBe('zh-CN');
  });

  it('says what is missing when misconfigured', () => {
    // @ts-expect-error deliberately incomplete
    expect(() => createRightsClient({ baseUrl: API })).toThrow('`getToken` must be a function');
  });
});

describe('query parameters', () => {
  it('leaves out filters that are absent, null or empty', async () => {
    const urls: string[] = [];
    server.events.on('request:start', ({ request }) => void urls.push(request.url));
    // @ts-expect-error a removed HTML attribute arrives as null
    await client().benefits.list({ category: null, q: '', cursor: undefined, limit: 3 });
    server.events.removeAllListeners();
    expect(urls).toEqual([`${API}/v1/benefits?limit=3`]);
  });
});
