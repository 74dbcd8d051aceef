import { benefitPage, member, session } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { SEED_MEMBERS, SEED_TENANTS } from './fixtures/tenants.js';
import { SESSION_TTL_MS } from './platform/platform.js';
import { call, useSandbox } from './test/api.js';

const sandbox = useSandbox();
const jade = SEED_TENANTS.find((tenant) => tenant.id === 'jade')!;

async function mint(tenantId = 'jade', memberId = 'm-jade-001', apiKey = jade.apiKey) {
  return call('/v1/sessions', { method: 'POST', token: null, headers: { 'X-Api-Key': apiKey }, body: { tenantId, memberId } });
}

describe('POST /v1/sessions', () => {
  it('mints a session a bank backend hands to its app, and benefits list in each language with it', async () => {
    const minted = await mint();
    expect(minted.status).toBe(201);
    const { token, expiresAt } = session.parse(minted.json);
    expect(Date.parse(expiresAt) - Date.now()).toBeGreaterThan(SESSION_TTL_MS - 60_000);

    const titles: Record<string, string | undefined> = {};
    for (const locale of ['zh-CN', 'zh-HK', 'en']) {
      const answer = await call('/v1/benefits?category=travel', { token, locale });
      expect(answer.status).toBe(200);
      titles[locale] = benefitPage.parse(answer.json).items.find((benefit) => benefit.id === 'lounge-domestic')?.title;
    }
    expect(titles).toEqual({ 'zh-CN': '国内机场贵宾厅', 'zh-HK': '國內機場貴賓室', en: 'Domestic airport lounges' });
  });

  it('signs in members of every bank, each seeing their own bank and cards', async () => {
    for (const tenant of SEED_TENANTS) {
      const memberId = SEED_MEMBERS.find((candidate) => candidate.tenantId === tenant.id)!.id;
      const { token } = session.parse((await mint(tenant.id, memberId, tenant.apiKey)).json);
      const me = member.parse((await call('/v1/me', { token, locale: 'en' })).json);
      expect(me.tenant.id).toBe(tenant.id);
      expect(me.cards.length).toBeGreaterThan(0);
      for (const card of me.cards) expect(card.last4).toMatch(/^\d{4}$/);
    }
  });

  it('refuses a wrong API key, another bank’s member and a malformed request', async () => {
    expect((await mint('jade', 'm-jade-001', 'sk_wrong')).json).toMatchObject({ status: 401, code: 'unauthorized' });
    const foreignMember = SEED_MEMBERS.find((candidate) => candidate.tenantId !== 'jade')!.id;
    expect((await mint('jade', foreignMember)).json).toMatchObject({ status: 404, code: 'not_found' });
    const malformed = await call('/v1/sessions', { method: 'POST', token: null, headers: { 'X-Api-Key': jade.apiKey }, body: { tenant: 'jade' } });
    expect(malformed.json).toMatchObject({ status: 400, code: 'validation_failed' });
  });

  it('expires sessions on the sandbox clock', async () => {
    sandbox.clock.set('2026-11-21T10:00:00+08:00');
    const { token } = session.parse((await mint()).json);
    expect((await call('/v1/me', { token })).status).toBe(200);
    sandbox.clock.advance(SESSION_TTL_MS);
    const expired = await call('/v1/me', { token });
    expect(expired.status).toBe(401);
    expect(expired.json).toMatchObject({ code: 'unauthorized', detail: 'The session has expired.' });
  });

  it('refuses requests without a session, or with one it never issued', async () => {
    expect((await call('/v1/me', { token: null })).status).toBe(401);
    expect((await call('/v1/me', { token: 'sbx_forged' })).status).toBe(401);
    expect((await call('/v1/me', { token: 'sbx_demo_nobody' })).status).toBe(401);
  });
});
