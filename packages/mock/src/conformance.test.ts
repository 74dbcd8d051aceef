// Walks every endpoint of the contract, in every locale and under every scenario that still answers
// with the platform's data, and checks each response against the contract: the sandbox must never
// teach a client something the real platform would not send.
import { ENDPOINTS, problem, takeDropped, type EndpointId } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { SEED_TENANTS } from './fixtures/tenants.js';
import { SCENARIO_HEADER, SCENARIOS } from './scenarios.js';
import { call, type Call, useSandbox } from './test/api.js';

useSandbox();

/** A request for every endpoint that the demo member can make successfully. */
async function requestFor(id: EndpointId): Promise<{ path: string } & Call> {
  switch (id) {
    case 'createSession':
      return { path: '/v1/sessions', method: 'POST', token: null, headers: { 'X-Api-Key': SEED_TENANTS[0]!.apiKey }, body: { tenantId: SEED_TENANTS[0]!.id, memberId: 'm-jade-001' } };
    case 'getBenefit':
      return { path: `/v1/benefits/${SEED_BENEFITS[0]!.id}` };
    case 'claimBenefit': {
      const voucher = SEED_BENEFITS.find((benefit) => benefit.kind === 'voucher' && !benefit.stepUp && benefit.stock === undefined)!;
      const detail = (await call(`/v1/benefits/${voucher.id}`)).json as { eligibility: { cardId: string; eligible: boolean }[] };
      return { path: `/v1/benefits/${voucher.id}/claims`, method: 'POST', body: { cardId: detail.eligibility.find((entry) => entry.eligible)!.cardId } };
    }
    case 'launchPartner': {
      const platform = SEED_BENEFITS.find((benefit) => benefit.kind === 'partner' && !benefit.stepUp && benefit.id !== 'culture-arts-platform')!;
      return { path: `/v1/benefits/${platform.id}/launch`, method: 'POST', body: {} };
    }
    case 'getWalletItem': {
      const claim = await requestFor('claimBenefit');
      const created = (await call(claim.path, claim)).json as { walletItem: { id: string } };
      return { path: `/v1/wallet/${created.walletItem.id}` };
    }
    case 'getMe':
    case 'listCategories':
    case 'listBenefits':
    case 'listWallet':
    case 'listCashback':
    case 'getSummary':
      return { path: ENDPOINTS[id].path };
  }
}

const ids = Object.keys(ENDPOINTS) as EndpointId[];

describe('contract conformance', () => {
  it.each(ids.flatMap((id) => ['zh-CN', 'zh-HK', 'en'].map((locale) => [id, locale] as const)))('%s in %s answers what the contract says', async (id, locale) => {
    const { path, ...request } = await requestFor(id);
    const answer = await call(path, { ...request, locale });
    expect(answer.status).toBe(ENDPOINTS[id].status);
    expect(answer.headers.get('X-Request-Id')).toBeTruthy();
    const parsed = ENDPOINTS[id].response.safeParse(answer.json);
    // Nothing a client would have to drop, either.
    expect(parsed.success ? takeDropped(parsed.data) : parsed.error.issues).toEqual([]);
  });

  const dataScenarios = ['slow:1', 'flaky:0', 'unknown-enums', 'empty', 'step-up'];
  it.each(ids.flatMap((id) => dataScenarios.map((scenario) => [id, scenario] as const)))('%s under %s still fits the contract', async (id, scenario) => {
    const { path, ...request } = await requestFor(id);
    const answer = await call(path, { ...request, headers: { ...request.headers, [SCENARIO_HEADER]: scenario } });
    const schema = answer.status < 400 ? ENDPOINTS[id].response : problem;
    const parsed = schema.safeParse(answer.json);
    expect(parsed.success ? takeDropped(parsed.data) : parsed.error.issues).toEqual([]);
  });

  const faultScenarios = ['error-500', 'error-503', 'rate-limited', 'expired-token', 'flaky:1'];
  it.each(ids.flatMap((id) => faultScenarios.map((scenario) => [id, scenario] as const)))('%s under %s answers a contract problem', async (id, scenario) => {
    const { path, ...request } = await requestFor(id);
    const answer = await call(path, { ...request, headers: { ...request.headers, [SCENARIO_HEADER]: scenario } });
    expect(answer.status).toBeGreaterThanOrEqual(400);
    expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
    expect(problem.parse(answer.json).status).toBe(answer.status);
  });

  it('covers every scenario the sandbox offers', () => {
    const covered = new Set([...dataScenarios, ...faultScenarios, 'malformed-json', 'schema-violation', 'offline'].map((spec) => spec.split(':')[0]));
    expect([...covered].sort()).toEqual(Object.keys(SCENARIOS).sort());
  });

  it('sends problems that fit the contract for every refusal it makes', async () => {
    const refusals = [
      await call('/v1/me', { token: null }),
      await call('/v1/benefits/no-such-benefit'),
      await call('/v1/benefits?limit=0'),
      await call('/v1/wallet?cursor=bogus'),
      await call('/v1/benefits/lounge-domestic/claims', { method: 'POST', body: { cardId: 'card-not-mine' } }),
    ];
    for (const answer of refusals) {
      expect(answer.headers.get('Content-Type')).toBe('application/problem+json');
      expect(problem.parse(answer.json).status).toBe(answer.status);
    }
  });
});
