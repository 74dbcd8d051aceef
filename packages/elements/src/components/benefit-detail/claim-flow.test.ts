// Taking a benefit up: one request per tap, the Idempotency-Key across retries, the host's veto, step-up,
// what each failure says, and what the host hears of it.
import { createRightsClient, type RightsBridge } from '@rights-kit/client';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';
import { expectAccessible, queryDeep, visibleText } from '../../test/fixture.js';
import { sandbox, getToken, mountLoaded, buttonNamed, press, activeIn, requestsTo, collect, problem, claimVoucher } from '../../test/detail.js';

describe('<rights-benefit-detail> taking a benefit', () => {
  it("asks the native app's bridge to confirm the cardholder when the platform wants step-up", async () => {
    const stepUp = vi.fn<NonNullable<RightsBridge['stepUp']>>().mockResolvedValue('proof-from-face-id');
    const { detail } = await mountLoaded('shopping-jewellery', { bridge: { stepUp } });
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(stepUp).toHaveBeenCalledExactlyOnceWith({ method: 'POST', path: '/v1/benefits/shopping-jewellery/claims' });
  });

  it('reports a view and a claim to analytics only with consent, and nothing personal', async () => {
    const reported = collect('rights-analytics');
    const quiet = await mountLoaded('lounge-last-visit');
    await claimVoucher(quiet.detail);
    await expect.poll(() => visibleText(quiet.detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(reported).toHaveLength(0);
    quiet.provider.remove();

    const { provider, detail } = await mountLoaded('shopping-department-store', { analytics: true });
    const facts = { benefitId: 'shopping-department-store', category: 'shopping', kind: 'voucher' };
    await expect.poll(() => reported.map((event) => event.detail)).toEqual([{ name: 'view', ...facts }]);
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    // The detail refreshes after a claim, and a new locale reloads it: neither is another view.
    provider.locale = 'zh-CN';
    await expect.poll(() => buttonNamed(detail, '完成')).toBeDefined();
    (await sandbox).use(http.post('/v1/benefits/:benefitId/claims', () => problem('sold_out', 409)));
    press(detail, '完成');
    await expect.poll(() => buttonNamed(detail, '立即领取')).toBeDefined();
    press(detail, '立即领取');
    await expect.poll(() => buttonNamed(detail, '确认领取')).toBeDefined();
    press(detail, '确认领取');
    await expect.poll(() => reported.length, { timeout: 5_000 }).toBe(5);
    expect(reported.map((event) => event.detail)).toEqual([
      { name: 'view', ...facts },
      { name: 'claim_started', ...facts },
      { name: 'claim_succeeded', ...facts },
      { name: 'claim_started', ...facts },
      { name: 'claim_failed', ...facts, code: 'sold_out' },
    ]);
    expect(JSON.stringify(reported.map((event) => event.detail))).not.toMatch(/m-jade|card-jade|sbx_|8826|3107/);
  });

  it('claims once however fast the cardholder taps', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('dining-delivery-discount');
    const activate = buttonNamed(detail, 'Activate')!;
    activate.click();
    activate.click();
    await detail.updateComplete;
    activate.click();
    expect(activate.getAttribute('aria-disabled')).toBe('true');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("You're enrolled");
    expect(claims).toHaveLength(1);
  });

  it('retries a claim lost to the network with the same Idempotency-Key', async () => {
    const keys: (string | null)[] = [];
    let failures = 0;
    const failed = collect('rights-claim-failed');
    const claimed = collect('rights-claimed');
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        // The client retries a write twice on its own; the third loss reaches the cardholder.
        if (++failures <= 3) return HttpResponse.error();
        return undefined;
      }),
    );
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 8_000 }).toContain('The connection dropped');
    expect(visibleText(detail)).toContain("Check your connection, then try again. It won't be taken twice.");
    expect(failed.map((event) => event.detail.code)).toEqual(['network']);
    expect(activeIn(detail)?.textContent).toBe('The connection dropped');
    await expectAccessible(detail);

    press(detail, 'Try again');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(keys).toHaveLength(4);
    expect(new Set(keys).size).toBe(1);
    expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
    expect(claimed).toHaveLength(1);
  });

  it('gives the retry a new Idempotency-Key when the platform turned the claim away without acting', async () => {
    const keys: (string | null)[] = [];
    let refusals = 0;
    (await sandbox).use(
      http.post('/v1/benefits/:benefitId/claims', ({ request }) => {
        keys.push(request.headers.get('Idempotency-Key'));
        // Unavailable, and saying when to come back: the platform answered, and did nothing.
        if (++refusals === 1) return problem('internal', 503, {}, { 'Retry-After': '60' });
        return undefined;
      }),
    );
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Something went wrong');
    press(detail, 'Try again');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(keys).toHaveLength(2);
    expect(keys[1]).not.toBe(keys[0]);
  });

  it('uses a new Idempotency-Key for the next claim after a success', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const { detail } = await mountLoaded('shopping-department-store');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Done'), { timeout: 5_000 }).toBeDefined();
    press(detail, 'Done');
    await expect.poll(() => buttonNamed(detail, 'Claim')).toBeDefined();
    await claimVoucher(detail);
    await expect.poll(() => claims.length, { timeout: 5_000 }).toBe(2);
    await expect.poll(() => visibleText(detail)).toContain('Voucher claimed');
    expect(claims[0]!.headers.get('Idempotency-Key')).not.toBe(claims[1]!.headers.get('Idempotency-Key'));
  });

  it('lets the host veto a claim, quietly', async () => {
    const claims = requestsTo(await sandbox, 'POST', /\/claims$/);
    const vetoed = collect('rights-claim', (event) => event.preventDefault());
    const failed = collect('rights-claim-failed');
    const { detail } = await mountLoaded('lounge-last-visit');
    await claimVoucher(detail);
    await expect.poll(() => buttonNamed(detail, 'Claim')).toBeDefined();
    expect(vetoed).toHaveLength(1);
    expect(vetoed[0]!.detail).toEqual({ benefitId: 'lounge-last-visit', cardId: 'card-jade-001-a' });
    expect(claims).toHaveLength(0);
    expect(failed).toHaveLength(0);
    expect(queryDeep(detail, '[part="error"]')).toHaveLength(0);
    expect(activeIn(detail)).toBe(buttonNamed(detail, 'Claim'));
  });

  it('asks the cardholder to confirm in the bank app when there is no step-up', async () => {
    const { detail } = await mountLoaded('shopping-jewellery');
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Confirm in your bank app');
    expect(buttonNamed(detail, 'Try again')).toBeDefined();
  });

  it('says the same when the host declines step-up, and claims once it confirms', async () => {
    const onStepUp = vi.fn<() => Promise<string | null>>().mockResolvedValueOnce(null).mockResolvedValue('proof-from-the-bank-app');
    const client = createRightsClient({ baseUrl: '', getToken, onStepUp });
    const { detail } = await mountLoaded('shopping-jewellery', { client });
    await claimVoucher(detail);
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain("The confirmation wasn't completed.");
    press(detail, 'Try again');
    await expect.poll(() => visibleText(detail), { timeout: 5_000 }).toContain('Voucher claimed');
    expect(onStepUp).toHaveBeenCalledTimes(2);
  });

  it.each([
    ['quota_exhausted', 409, 'No uses left on this card', 'Try another card'],
    ['sold_out', 409, 'All claimed', 'Look out for the next release.'],
    ['benefit_expired', 410, 'This benefit has ended', 'Have a look at the other benefits.'],
    ['not_eligible', 403, "This card doesn't qualify", 'ask your bank for details'],
    ['already_claimed', 409, "You've already taken this", "You'll find it in your wallet."],
    ['rate_limited', 429, 'Too many attempts', 'Wait a moment, then try again.'],
    ['unauthorized', 401, 'Your session has ended', 'Sign in again in your bank app'],
    ['internal', 500, 'Something went wrong', 'contact your bank'],
  ])('turns %s into words and a next step', async (code, status, title, hint) => {
    const failed = collect('rights-claim-failed');
    // A long Retry-After makes the client give up at once instead of waiting.
    (await sandbox).use(http.post('/v1/benefits/:benefitId/claims', () => problem(code, status, {}, { 'Retry-After': '60' })));
    const { detail } = await mountLoaded('dining-delivery-discount');
    press(detail, 'Activate');
    await expect.poll(() => queryDeep(detail, '[part="error"]').length, { timeout: 5_000 }).toBe(1);
    const error = visibleText(queryDeep(detail, '[part="error"]')[0]!);
    expect(error).toContain(title);
    expect(error).toContain(hint);
    expect(failed.map((event) => event.detail.code)).toEqual([code]);
    await expectAccessible(detail);
  });
});
