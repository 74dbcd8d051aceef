import { benefitPage, problem } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { STEP_UP_HEADER } from './platform/platform.js';
import { parseScenario, SCENARIO_HEADER } from './scenarios.js';
import { call, useSandbox } from './test/api.js';

const sandbox = useSandbox();
const asScenario = (scenario: string) => ({ headers: { [SCENARIO_HEADER]: scenario } });

describe('scenarios', () => {
  it('reads name[:argument] and ignores what it does not know', () => {
    expect(parseScenario('slow:250')).toEqual({ name: 'slow', argument: 250 });
    expect(parseScenario('flaky')).toEqual({ name: 'flaky', argument: undefined });
    expect(parseScenario('rm -rf')).toBeUndefined();
    expect(parseScenario('')).toBeUndefined();
  });

  it('slow: answers after the delay', async () => {
    const started = performance.now();
    expect((await call('/v1/categories', asScenario('slow:300'))).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(290);
  });

  it('flaky: fails N times per method and path, then succeeds', async () => {
    const statuses = [];
    for (let attempt = 0; attempt < 4; attempt++) statuses.push((await call('/v1/me', asScenario('flaky:2'))).status);
    expect(statuses).toEqual([503, 503, 200, 200]);
  });

  it.each([
    ['error-500', 500, 'internal', null],
    ['error-503', 503, 'internal', '1'],
    ['rate-limited:7', 429, 'rate_limited', '7'],
    ['expired-token', 401, 'unauthorized', null],
  ])('%s: answers %i %s', async (scenario, status, code, retryAfter) => {
    const answer = await call('/v1/benefits', asScenario(scenario));
    expect(answer.status).toBe(status);
    expect(problem.parse(answer.json).code).toBe(code);
    expect(answer.headers.get('Retry-After')).toBe(retryAfter);
    expect(answer.headers.get('X-Request-Id')).toMatch(/^sbx-/);
  });

  it('malformed-json: a body that is not JSON', async () => {
    const answer = await call('/v1/benefits', asScenario('malformed-json'));
    expect(answer.status).toBe(200);
    expect(typeof answer.json).toBe('string');
  });

  it('schema-violation: JSON that breaks the contract', async () => {
    const answer = await call('/v1/benefits', asScenario('schema-violation'));
    expect(benefitPage.safeParse(answer.json).success).toBe(false);
  });

  it('unknown-enums: values from the future that the contract still accepts as unknown', async () => {
    const answer = await call('/v1/benefits', asScenario('unknown-enums'));
    const raw = answer.json as { items: { kind: string }[] };
    expect(raw.items[0]!.kind).toMatch(/^future_/);
    expect(benefitPage.parse(answer.json).items[0]).toMatchObject({ kind: 'unknown', category: 'unknown', availability: 'unknown' });
  });

  it('empty: lists with nothing in them', async () => {
    expect(benefitPage.parse((await call('/v1/benefits', asScenario('empty'))).json)).toEqual({ items: [], nextCursor: null });
  });

  it('step-up: every write needs the proof header', async () => {
    const body = { cardId: 'card-jade-001-a' };
    const refused = await call('/v1/benefits/lounge-domestic/claims', { method: 'POST', body, ...asScenario('step-up') });
    expect(problem.parse(refused.json).code).toBe('step_up_required');
    const reads = await call('/v1/me', asScenario('step-up'));
    expect(reads.status).toBe(200);
    const proved = await call('/v1/benefits/lounge-domestic/claims', {
      method: 'POST',
      body: { cardId: 'nope' },
      headers: { [SCENARIO_HEADER]: 'step-up', [STEP_UP_HEADER]: 'proof' },
    });
    expect(problem.parse(proved.json).code).not.toBe('step_up_required');
  });

  it('offline: no HTTP answer at all', async () => {
    await expect(call('/v1/me', asScenario('offline'))).rejects.toThrow(TypeError);
  });

  it('plays a standing scenario for a test until it is cleared', async () => {
    sandbox.useScenario('error-503');
    expect((await call('/v1/me')).status).toBe(503);
    sandbox.useScenario(undefined);
    expect((await call('/v1/me')).status).toBe(200);
  });
});
