import { benefitDetail, cashbackList, claimResult, problem, walletItem, walletPage, type BenefitDetail } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { SEED_MEMBERS } from './fixtures/tenants.js';
import { demoToken, STEP_UP_HEADER } from './platform/platform.js';
import { call, newKey, useSandbox } from './test/api.js';

const sandbox = useSandbox();
const demo = SEED_MEMBERS[0]!;

async function detail(benefitId: string): Promise<BenefitDetail> {
  return benefitDetail.parse((await call(`/v1/benefits/${benefitId}`, { locale: 'en' })).json);
}

/** A card of the demo member that can take the benefit now. */
async function eligibleCard(benefitId: string): Promise<string> {
  const card = (await detail(benefitId)).eligibility.find((entry) => entry.eligible)?.cardId;
  if (!card) throw new Error(`The demo member has no eligible card for ${benefitId}`);
  return card;
}

const claim = (benefitId: string, body: unknown, key = newKey(), headers: Record<string, string> = {}, token = demoToken()) =>
  call(`/v1/benefits/${benefitId}/claims`, { method: 'POST', body, key, headers, token, locale: 'en' });

const firstOf = (predicate: (benefit: (typeof SEED_BENEFITS)[number]) => boolean) => {
  const benefit = SEED_BENEFITS.find(predicate);
  if (!benefit) throw new Error('The seed lacks a benefit this test needs');
  return benefit;
};

describe('claiming a lounge visit with one left', () => {
  it('succeeds once, then quota_exhausted; the wallet lists it; replaying the key returns the same voucher', async () => {
    const cardId = await eligibleCard('lounge-last-visit');
    const firstKey = newKey();

    const first = await claim('lounge-last-visit', { cardId }, firstKey);
    expect(first.status).toBe(201);
    const created = claimResult.parse(first.json);
    expect(created.walletItem).toMatchObject({ kind: 'voucher', status: 'active', voucher: { display: 'qr', code: expect.any(String) } });
    expect(created.quota).toMatchObject({ period: 'year', limit: 1, used: 1, remaining: 0 });

    const second = await claim('lounge-last-visit', { cardId });
    expect(second.status).toBe(409);
    expect(problem.parse(second.json).code).toBe('quota_exhausted');

    const wallet = walletPage.parse((await call('/v1/wallet', { locale: 'en' })).json);
    expect(wallet.items.map((item) => item.id)).toEqual([created.walletItem.id]);

    const replay = await claim('lounge-last-visit', { cardId }, firstKey);
    expect(replay.status).toBe(201);
    expect(claimResult.parse(replay.json).walletItem).toEqual(created.walletItem);
    expect(walletPage.parse((await call('/v1/wallet')).json).items).toHaveLength(1);
  });
});

/** Answers that pass the benefit's reservation form: the first allowed value of every field. */
async function validAnswers(benefitId: string): Promise<Record<string, string | number>> {
  const benefit = await detail(benefitId);
  if (benefit.kind !== 'reservation') return {};
  const answers: Record<string, string | number> = {};
  for (const field of benefit.form) {
    if (field.type === 'date') answers[field.name] = [field.min, field.max].find((date) => !field.unavailable?.includes(date)) ?? field.min;
    if (field.type === 'time_slot') answers[field.name] = field.slots.find((slot) => slot.available)!.value;
    if (field.type === 'select') answers[field.name] = field.options[0]!.value;
    if (field.type === 'number') answers[field.name] = field.min;
    if (field.type === 'text') answers[field.name] = 'Li Hua'.padEnd(field.minLength ?? 0, 'a');
  }
  return answers;
}

describe('idempotency', () => {
  it('answers the same key with a different body as a conflict', async () => {
    const voucher = firstOf((benefit) => benefit.kind === 'voucher' && !benefit.stepUp && benefit.stock === undefined && benefit.products.length > 0);
    const cards = (await detail(voucher.id)).eligibility.map((entry) => entry.cardId);
    const key = newKey();
    expect((await claim(voucher.id, { cardId: await eligibleCard(voucher.id) }, key)).status).toBe(201);
    const conflict = await claim(voucher.id, { cardId: cards.find((card) => card !== cards[0]) ?? 'card-other' }, key);
    expect(conflict.json).toMatchObject({ status: 409, code: 'idempotency_conflict' });
  });

  it('requires a key on every write', async () => {
    const response = await fetch('https://rights.test/v1/benefits/lounge-domestic/claims', {
      method: 'POST',
      headers: { Authorization: `Bearer sbx_demo_${demo.id}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ cardId: demo.cards[0]!.id }),
    });
    expect(await response.json()).toMatchObject({ status: 400, code: 'validation_failed', invalidParams: [{ name: 'Idempotency-Key' }] });
  });
});

describe('the platform’s rules', () => {
  it('issues a voucher with a code, shows it in the wallet, and marks it used through the sandbox', async () => {
    const voucher = firstOf((benefit) => benefit.kind === 'voucher' && !benefit.stepUp && benefit.stock === undefined);
    const created = claimResult.parse((await claim(voucher.id, { cardId: await eligibleCard(voucher.id) })).json);
    expect(created.walletItem).toMatchObject({ kind: 'voucher', status: 'active', benefitId: voucher.id });
    const itemId = created.walletItem.id;

    expect((await call(`/sandbox/vouchers/${itemId}/use`, { method: 'POST' })).status).toBe(204);
    expect(walletItem.parse((await call(`/v1/wallet/${itemId}`)).json)).toMatchObject({ status: 'used', usedAt: expect.any(String) });
    expect(walletPage.parse((await call('/v1/wallet?status=active')).json).items).toHaveLength(0);
    expect((await call(`/sandbox/vouchers/${itemId}/use`, { method: 'POST' })).json).toMatchObject({ code: 'already_claimed' });
  });

  it('expires vouchers after their validity, on the sandbox clock', async () => {
    const voucher = firstOf((benefit) => benefit.kind === 'voucher' && !benefit.stepUp && benefit.stock === undefined);
    sandbox.clock.set('2026-11-21T10:00:00+08:00');
    const { walletItem: item } = claimResult.parse((await claim(voucher.id, { cardId: await eligibleCard(voucher.id) })).json);
    sandbox.clock.set(new Date(Date.parse(item.validUntil!) + 1000));
    expect(walletItem.parse((await call(`/v1/wallet/${item.id}`)).json).status).toBe('expired');
  });

  it('gives a yearly quota back at the turn of the year', async () => {
    sandbox.clock.set('2026-12-31T12:00:00+08:00');
    const cardId = await eligibleCard('lounge-last-visit');
    expect((await claim('lounge-last-visit', { cardId })).status).toBe(201);
    expect((await detail('lounge-last-visit')).eligibility.find((entry) => entry.cardId === cardId)).toMatchObject({
      eligible: false,
      reason: 'quota_exhausted',
      quota: { remaining: 0, resetsAt: '2027-01-01T00:00:00+08:00' },
    });
    sandbox.clock.set('2027-01-01T00:00:01+08:00');
    expect((await detail('lounge-last-visit')).eligibility.find((entry) => entry.cardId === cardId)).toMatchObject({ eligible: true, quota: { remaining: 1 } });
  });

  it('asks for step-up, then accepts the retry with the proof under the same key', async () => {
    const guarded = firstOf((benefit) => benefit.stepUp === true && benefit.kind !== 'partner');
    const body = { cardId: await eligibleCard(guarded.id), form: await validAnswers(guarded.id) };
    const key = newKey();
    expect((await claim(guarded.id, body, key)).json).toMatchObject({ status: 403, code: 'step_up_required' });
    expect((await claim(guarded.id, body, key, { [STEP_UP_HEADER]: 'proof-from-bank-app' })).status).toBe(201);
  });

  it('sells out: three members take the last three chef’s tables, and then no one can', async () => {
    // dining-chef-table: stock 3, one a year per platinum-or-better card, which three members hold.
    const holders = [
      ['m-jade-001', 'card-jade-001-a'],
      ['m-harbour-001', 'card-harbour-001-a'],
      ['m-greatwall-001', 'card-greatwall-001-b'],
    ] as const;
    sandbox.clock.set('2026-11-21T10:00:00+08:00');
    const form = await validAnswers('dining-chef-table');
    for (const [memberId, cardId] of holders) {
      expect((await claim('dining-chef-table', { cardId, form }, newKey(), {}, demoToken(memberId))).status).toBe(201);
    }
    // A new year gives the quota back, but not the tables.
    sandbox.clock.set('2027-01-04T10:00:00+08:00');
    const late = await claim('dining-chef-table', { cardId: 'card-jade-001-a', form: await validAnswers('dining-chef-table') });
    expect(problem.parse(late.json).code).toBe('sold_out');
    expect((await detail('dining-chef-table')).availability).toBe('sold_out');
  });

  it('refuses a sold-out voucher, a card of the wrong product, and a campaign that has ended', async () => {
    expect(problem.parse((await claim('pet-grooming-voucher', { cardId: 'card-jade-001-b' })).json).code).toBe('sold_out');

    const classicOnly = await claim('dining-hotpot-voucher', { cardId: 'card-jade-001-a' });
    expect(classicOnly.status).toBe(403);
    expect(problem.parse(classicOnly.json).code).toBe('not_eligible');

    const ended = await claim('dining-mooncake-gift', { cardId: 'card-jade-001-b' });
    expect(ended.status).toBe(410);
    expect(problem.parse(ended.json).code).toBe('benefit_expired');
  });

  it('checks reservation forms with the contract’s own rules', async () => {
    const booking = firstOf((benefit) => benefit.kind === 'reservation' && benefit.form.some((field) => field.required) && !benefit.stepUp);
    const answer = await claim(booking.id, { cardId: await eligibleCard(booking.id), form: { surprise: 'x' } });
    expect(answer.status).toBe(400);
    const invalid = problem.parse(answer.json).invalidParams!;
    expect(invalid).toContainEqual({ name: 'surprise', reason: 'unknown_field' });
    expect(invalid.some((entry) => entry.reason === 'required')).toBe(true);
  });

  it('enrols in a cashback activation once, and the campaign shows the enrolment', async () => {
    const campaigns = cashbackList.parse((await call('/v1/cashback', { locale: 'en' })).json).items;
    const open = campaigns.find((campaign) => campaign.status === 'not_enrolled')!;
    const cardId = await eligibleCard(open.benefitId);
    const enrolled = claimResult.parse((await claim(open.benefitId, { cardId })).json);
    expect(enrolled.walletItem.kind).toBe('activation');
    expect((await claim(open.benefitId, { cardId })).json).toMatchObject({ code: 'already_claimed' });
    const after = cashbackList.parse((await call('/v1/cashback')).json).items.find((campaign) => campaign.id === open.id)!;
    expect(after).toMatchObject({ status: 'enrolled', cardId, progress: { spent: { amount: '0.00' } } });
  });

  it('opens partner platforms through a short-lived link that works once', async () => {
    const platform = firstOf((benefit) => benefit.kind === 'partner' && !benefit.stepUp && benefit.id !== 'culture-arts-platform');
    const launched = await call(`/v1/benefits/${platform.id}/launch`, { method: 'POST', body: {} });
    expect(launched.status).toBe(201);
    const { url } = launched.json as { url: string };
    expect(url).toMatch(new RegExp(`^https://rights\\.test/sandbox/partners/${platform.id}\\?ticket=`));
    expect((await fetch(url)).status).toBe(200);
    expect((await fetch(url)).status).toBe(410);
  });
});
