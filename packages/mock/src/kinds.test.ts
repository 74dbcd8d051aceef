// Each kind of benefit taken end to end over HTTP: what its own module in platform/kinds decides.
import { benefitDetail, claimResult, problem, walletItem } from '@rights-kit/contract';
import { describe, expect, it } from 'vitest';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import type { SeedBenefit } from './fixtures/types.js';
import { createPlatform } from './platform/platform.js';
import { call, useSandbox } from './test/api.js';

const sandbox = useSandbox();

const claim = (benefitId: string, body: unknown) => call(`/v1/benefits/${benefitId}/claims`, { method: 'POST', body, locale: 'en' });

describe('a reservation', () => {
  it('confirms the answers in the wallet, and counts as used, not expired, once its day is over', async () => {
    sandbox.clock.set('2026-11-21T10:00:00+08:00');
    const form = { location: 'lounge-domestic-pvg-t2', date: '2026-11-24', time: '10:00', partySize: 2, flightNumber: 'MU5101' };
    const booked = await claim('lounge-domestic', { cardId: 'card-jade-001-a', form });
    expect(booked.status).toBe(201);
    const item = claimResult.parse(booked.json).walletItem;
    expect(item).toMatchObject({
      kind: 'reservation',
      status: 'active',
      validUntil: '2026-11-24T23:59:59+08:00',
      reservation: {
        confirmationCode: expect.stringMatching(/^BK[A-Z0-9]{6}$/),
        date: '2026-11-24',
        time: '10:00',
        partySize: 2,
        location: { id: 'lounge-domestic-pvg-t2', name: 'Riverview Lounge, Shanghai Pudong T2' },
        details: [
          { label: 'Lounge', value: 'Riverview Lounge, Shanghai Pudong T2' },
          { label: 'Travel date', value: '2026-11-24' },
          { label: 'Arrival time', value: '10:00' },
          { label: 'Guests', value: '2' },
          { label: 'Flight number', value: 'MU5101' },
        ],
      },
    });

    sandbox.clock.set('2026-11-25T00:00:01+08:00');
    expect(walletItem.parse((await call(`/v1/wallet/${item.id}`)).json).status).toBe('used');
  });
});

describe('an activation', () => {
  it('enrols the member once, on one card, until the campaign ends', async () => {
    const enrolled = claimResult.parse((await claim('travel-flight-delay-cover', { cardId: 'card-jade-001-a' })).json).walletItem;
    expect(enrolled).toMatchObject({
      kind: 'activation',
      status: 'active',
      validUntil: '2027-12-31T23:59:59+08:00',
      activation: { campaignId: 'travel-flight-delay-cover', enrolledAt: enrolled.claimedAt },
    });

    const detail = benefitDetail.parse((await call('/v1/benefits/travel-flight-delay-cover')).json);
    expect(detail).toMatchObject({ kind: 'activation', enrolled: true });
    expect(detail.eligibility.map((entry) => [entry.cardId, entry.reason])).toEqual([
      ['card-jade-001-a', 'already_enrolled'],
      ['card-jade-001-b', 'already_enrolled'],
    ]);
    const again = await claim('travel-flight-delay-cover', { cardId: 'card-jade-001-b' });
    expect(again.status).toBe(409);
    expect(problem.parse(again.json)).toMatchObject({ code: 'already_claimed', detail: 'The member is already enrolled.' });
  });
});

describe('a partner platform', () => {
  it('is launched into the partner’s page, not claimed; and nothing else is launched', async () => {
    const claimed = await claim('pet-platform', { cardId: 'card-jade-001-a' });
    expect(problem.parse(claimed.json)).toMatchObject({ status: 400, code: 'validation_failed', detail: 'Partner platforms are opened with /launch, not claimed.' });
    const voucher = await call('/v1/benefits/lounge-last-visit/launch', { method: 'POST', body: {} });
    expect(problem.parse(voucher.json)).toMatchObject({ status: 400, code: 'validation_failed', detail: 'Only partner platforms are launched.' });

    const { url } = (await call<{ url: string }>('/v1/benefits/pet-platform/launch', { method: 'POST', body: {} })).json;
    const page = await fetch(url, { headers: { 'Accept-Language': 'en' } });
    expect(await page.text()).toContain('<h1>Welcome to Pawlife Members</h1>');
  });
});

describe('a kind the sandbox has no rules for', () => {
  it('stops the sandbox at start, rather than being served as another kind', () => {
    const voucher = SEED_BENEFITS.find((benefit) => benefit.kind === 'voucher')!;
    // What a seed written for a newer platform, or plain JavaScript, can hand the sandbox.
    const points = { ...voucher, id: 'points-redemption', kind: 'points' } as unknown as SeedBenefit;
    expect(() => createPlatform({ benefits: [...SEED_BENEFITS, points] })).toThrow("The sandbox has no rules for benefits of kind 'points' (benefit points-redemption)");
  });
});
