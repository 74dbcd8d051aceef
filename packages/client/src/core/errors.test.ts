import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { API, sandboxClient, useSandbox } from '../test/sandbox.js';
import { PROBLEMS, type ErrorCode } from '@rights-kit/contract';
import { QuotaExhaustedError, SoldOutError, errorFromResponse } from './api-errors.js';
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
    expect(error).toBeInstanceOf(SoldOutError);
    expect(String(error)).toBe('SoldOutError: GET /v1/benefits failed: 409 sold_out');
  });

  it('throws each problem code as its own class of ApiError, and a code from a newer platform as an ApiError', () => {
    const target = { method: 'POST', path: '/v1/benefits/x/claims' };
    const classes = Object.keys(PROBLEMS).map((code) => {
      const { status } = PROBLEMS[code as keyof typeof PROBLEMS];
      const error = errorFromResponse(target, status, { problem: { title: code, status, code: code as ErrorCode }, requestId: undefined });
      expect(error, code).toBeInstanceOf(ApiError);
      expect(error.code, code).toBe(code);
      // The class is named for the code: `quota_exhausted` → QuotaExhaustedError (`unauthorized` is the session's end).
      return error.name;
    });
    expect(new Set(classes).size).toBe(classes.length);
    expect(classes).toEqual(expect.arrayContaining(['QuotaExhaustedError', 'NotFoundError', 'StepUpRequiredError', 'SessionExpiredError', 'RateLimitedError']));
    expect(errorFromResponse(target, 418, { problem: { title: 'Teapot', status: 418, code: 'unknown' }, requestId: undefined }).name).toBe('ApiError');
    expect(errorFromResponse(target, 502, { problem: undefined, requestId: undefined }).name).toBe('ApiError');
  });

  it('throws a claim the platform refuses as the class of its code, over real HTTP', async () => {
    server.use(http.post(`${API}/v1/benefits/:benefitId/claims`, () => HttpResponse.json({ title: 'Quota used', status: 409, code: 'quota_exhausted' }, { status: 409, headers: { 'Content-Type': 'application/problem+json' } })));
    const error = await sandboxClient().benefits.claim('dining-week-voucher', { cardId: 'card-jade-001-a' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(QuotaExhaustedError);
    expect(error).toMatchObject({ code: 'quota_exhausted', acted: 'no', retryable: false });
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

describe('what an error says about trying again', () => {
  const target = { method: 'POST', path: '/v1/benefits/b/claim' };
  const answer = (status: number, code?: ErrorCode, retryAfterMs?: number) =>
    new ApiError(target, status, { problem: code && { title: code, status, code }, requestId: undefined, retryAfterMs });

  it.each(Object.entries(PROBLEMS) as [ErrorCode, (typeof PROBLEMS)[keyof typeof PROBLEMS]][])('%s is retryable as the contract declares it', (code, spec) => {
    expect(answer(spec.status, code).retryable).toBe(spec.retryable);
  });

  it.each([
    [408, true],
    [429, true],
    [500, true],
    [502, true],
    [503, true],
    [504, true],
    [400, false],
    [404, false],
    [409, false],
    [418, false],
  ])('a bare %i, from a gateway or with no problem body, is retryable: %s', (status, retryable) => {
    expect(answer(status).retryable).toBe(retryable);
  });

  it('judges a code answered at a status the contract does not give it by the status', () => {
    expect(answer(400, 'internal').retryable).toBe(false);
    expect(answer(503, 'sold_out').retryable).toBe(true);
  });

  it.each([
    [409, 'sold_out', undefined, 'no'],
    [403, 'step_up_required', undefined, 'no'],
    [429, 'rate_limited', 2_000, 'no'],
    [503, 'internal', 5_000, 'no'],
    [503, 'internal', undefined, 'unknown'],
    [500, 'internal', undefined, 'unknown'],
    [504, undefined, undefined, 'unknown'],
  ] as const)('a %i %s (Retry-After %s ms) says the platform acted: %s', (status, code, retryAfterMs, acted) => {
    expect(answer(status, code, retryAfterMs).acted).toBe(acted);
  });

  it('says a lost answer may have been acted on, a missing session was not sent, and an unreadable success was acted on', async () => {
    answerList(() => HttpResponse.error());
    await expect(sandboxClient().benefits.list()).rejects.toMatchObject({ code: 'network', acted: 'unknown' });
    answerList(() => HttpResponse.json({ items: 'not a list' }));
    await expect(sandboxClient().benefits.list()).rejects.toMatchObject({ code: 'invalid_response', acted: 'yes' });
    await expect(sandboxClient({ getToken: () => Promise.reject(new Error('down')) }).me.get()).rejects.toMatchObject({ code: 'session_unavailable', acted: 'no' });
  });
});
