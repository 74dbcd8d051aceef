import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, sandboxClient, useSandbox } from '../test/sandbox.js';
import { ApiError, InvalidResponseError, NetworkError, isRightsError } from './errors.js';

const { server } = useSandbox();
const answerList = (resolver: Parameters<typeof http.get>[1]) => server.use(http.get(`${API}/v1/benefits`, resolver));

describe('errors', () => {
  it('turns a problem+json answer into an ApiError with its code, detail and request id', async () => {
    answerList(() =>
      HttpResponse.json(
        { title: 'Sold out', status: 409, code: 'sold_out', detail: 'No seats left.' },
        { status: 409, headers: { 'Content-Type': 'application/problem+json', 'X-Request-Id': 'req-42' } },
      ),
    );
    const error = await sandboxClient().benefits.list({ q: 'private search' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'sold_out', status: 409, requestId: 'req-42', retryable: false, detail: 'No seats left.' });
    expect(String(error)).toBe('ApiError: GET /v1/benefits failed: 409 sold_out');
  });

  it('reads an unknown problem code as unknown, and a bare status as http', async () => {
    answerList(() => HttpResponse.json({ title: 'Teapot', status: 418, code: 'im_a_teapot' }, { status: 418 }));
    await expect(sandboxClient().benefits.list()).rejects.toMatchObject({ code: 'unknown', status: 418 });
    answerList(() => new HttpResponse('Bad gateway', { status: 400 }));
    await expect(sandboxClient().benefits.list()).rejects.toMatchObject({ name: 'ApiError', code: 'http', status: 400, retryable: false });
  });

  it('rejects a response that breaks the contract, naming where but not what', async () => {
    answerList(() => HttpResponse.json({ items: [{ id: 'x', title: 'leaked-value-123' }], nextCursor: null }));
    const error = await sandboxClient().benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InvalidResponseError);
    const issues = (error as InvalidResponseError).issues;
    expect(issues.map((issue) => issue.path)).toContain('items.0.kind');
    expect(JSON.stringify(issues) + String(error)).not.toContain('leaked-value-123');
  });

  it('rejects a body that is not JSON', async () => {
    answerList(() => new HttpResponse('<html>proxy login</html>', { headers: { 'Content-Type': 'text/html' } }));
    await expect(sandboxClient().benefits.list()).rejects.toMatchObject({ code: 'invalid_response' });
  });

  it('reports a dropped connection as a retryable NetworkError, after retrying', async () => {
    answerList(() => HttpResponse.error());
    const error = await sandboxClient().benefits.list().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(NetworkError);
    expect(error).toMatchObject({ code: 'network', retryable: true });
  });

  it('wraps a failing getToken() as a RightsError', async () => {
    const error = await sandboxClient({ getToken: () => Promise.reject(new Error('bank backend down')) })
      .me.get()
      .catch((caught: unknown) => caught);
    expect(error).toMatchObject({ name: 'RightsError', code: 'session_unavailable' });
  });

  it('recognises its errors across realms by a registered symbol, not by class', () => {
    const foreign = Object.assign(new Error('x'), { [Symbol.for('rights-kit.error')]: true });
    expect(isRightsError(foreign)).toBe(true);
    expect(isRightsError(new Error('x'))).toBe(false);
    expect(isRightsError(null)).toBe(false);
    expect(isRightsError({ code: 'network' })).toBe(false);
  });
});
