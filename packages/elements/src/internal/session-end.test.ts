// An ended session reads the same in every data element, and reaches the host as one event from each.
import type { RightsProvider, RightsSessionExpiredEvent } from '@rights-kit/elements';
import { createSandbox, demoToken } from '@rights-kit/mock';
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it, onTestFinished } from 'vitest';
import '../define/all.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../test/fixture.js';

const page = useSandbox();

/** Every call the platform gets is refused with 401, the fresh token the client asks for included. */
async function refuseEverySession() {
  const sandbox = createSandbox();
  sandbox.useScenario('expired-token');
  (await page).use(...sandbox.handlers);
}

function sessionEvents() {
  const events: RightsSessionExpiredEvent[] = [];
  const listener = (event: RightsSessionExpiredEvent) => events.push(event);
  document.addEventListener('rights-session-expired', listener);
  onTestFinished(() => document.removeEventListener('rights-session-expired', listener));
  return events;
}

async function mount(element: TemplateResult, { refused = true } = {}) {
  if (refused) await refuseEverySession();
  else await page;
  const provider = await fixture<RightsProvider>(html`<rights-provider base-url="" locale="en" .getToken=${async () => demoToken()}>${element}</rights-provider>`);
  return provider.firstElementChild!;
}

const ELEMENTS: [string, TemplateResult][] = [
  ['rights-catalog', html`<rights-catalog></rights-catalog>`],
  ['rights-benefit-detail', html`<rights-benefit-detail benefit-id="lounge-domestic"></rights-benefit-detail>`],
  ['rights-wallet', html`<rights-wallet></rights-wallet>`],
  ['rights-voucher', html`<rights-voucher wallet-item-id="w-000001"></rights-voucher>`],
  ['rights-cashback', html`<rights-cashback></rights-cashback>`],
  ['rights-summary', html`<rights-summary></rights-summary>`],
  ['rights-hub', html`<rights-hub></rights-hub>`],
];

describe('an ended session', () => {
  for (const [tag, template] of ELEMENTS) {
    it(`reads the same in <${tag}>, with a retry, and is told to the host once`, async () => {
      const events = sessionEvents();
      const element = await mount(template);
      await expect.poll(() => visibleText(element)).toContain('Your session has ended');
      expect(visibleText(element)).toContain('Sign in again in your bank app, then come back.');
      expect(visibleText(element)).not.toContain('try again in a moment');
      expect(queryDeep(element, '[role="alert"]')).toHaveLength(1);
      expect(queryDeep<HTMLButtonElement>(element, 'button').some((button) => button.textContent?.trim() === 'Try again')).toBe(true);
      // Renders after the failure are not a second one.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(events.map((event) => [event.target, event.detail.code])).toEqual([[element, 'unauthorized']]);
      await expectAccessible(element);
    });
  }

  it('is told again when a retry meets it again', async () => {
    const events = sessionEvents();
    const element = await mount(html`<rights-summary></rights-summary>`);
    await expect.poll(() => events).toHaveLength(1);
    queryDeep<HTMLButtonElement>(element, 'button').find((button) => button.textContent?.trim() === 'Try again')!.click();
    await expect.poll(() => events).toHaveLength(2);
  });

  it('is told when a claim meets it, worded as every load is', async () => {
    const events = sessionEvents();
    (await page).use(
      http.post('/v1/benefits/:benefitId/claims', () =>
        HttpResponse.json({ title: 'unauthorized', status: 401, code: 'unauthorized' }, { status: 401, headers: { 'Content-Type': 'application/problem+json' } }),
      ),
    );
    const detail = await mount(html`<rights-benefit-detail benefit-id="shopping-department-store"></rights-benefit-detail>`, { refused: false });
    const press = async (name: string) => {
      await expect.poll(() => queryDeep<HTMLButtonElement>(detail, 'button').find((button) => button.textContent?.trim() === name)).toBeDefined();
      queryDeep<HTMLButtonElement>(detail, 'button').find((button) => button.textContent?.trim() === name)!.click();
    };
    await press('Claim');
    await press('Confirm');
    await expect.poll(() => visibleText(detail)).toContain('Your session has ended');
    expect(visibleText(detail)).toContain('Sign in again in your bank app, then come back.');
    expect(events.map((event) => event.detail.code)).toEqual(['unauthorized']);
  });
});
