import { createRightsClient, newIdempotencyKey, type CashbackCampaign, type CashbackList, type RightsClient } from '@rights-kit/client';
import type { RightsNavigateEvent, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../../define/provider.js';
import '../../define/cashback.js';
import { scenarioClient } from '../../test/scenario.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';
import type { RightsCashback } from './cashback.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();

interface MountOptions {
  locale?: string;
  theme?: string;
  scenario?: string;
  client?: RightsClient;
}

async function mount({ locale = 'en', theme = 'light', scenario, client = scenario ? scenarioClient(scenario) : undefined }: MountOptions = {}) {
  await sandbox;
  // A fixed day, so which campaigns have ended does not depend on when the tests run.
  await fetch('/sandbox/clock', { method: 'PUT', body: JSON.stringify({ now: '2026-11-20T12:00:00+08:00' }) });
  const content = html`<rights-cashback></rights-cashback>`;
  const provider = await fixture<RightsProvider>(
    client
      ? html`<rights-provider locale=${locale} theme=${theme} .client=${client}>${content}</rights-provider>`
      : html`<rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${getToken}
          style="padding: 1rem; background: var(--rights-sys-color-surface-container)">${content}</rights-provider>`,
  );
  return { provider, cashback: provider.querySelector<RightsCashback>('rights-cashback')! };
}

const campaigns = (root: Element) => queryDeep(root, '[part="campaign"]');
const campaignTitled = (root: Element, title: string) => {
  const campaign = campaigns(root).find((candidate) => candidate.querySelector('[part="title"]')?.textContent?.trim() === title);
  if (!campaign) throw new Error(`No campaign "${title}" in: ${visibleText(root)}`);
  return campaign;
};
// Only the template's own whitespace collapses: Intl's no-break spaces (`MOP 850.00`) stay as they are.
const textOf = (element: Element) => element.textContent!.replace(/[ \n\t]+/g, ' ').trim();
const cny = (amount: string) => new Intl.NumberFormat('en', { style: 'currency', currency: 'CNY' }).format(amount as Intl.StringNumericLiteral);

/** A campaign the member has enrolled in but not yet spent enough on. */
const halfway: CashbackCampaign = {
  id: 'halfway',
  benefitId: 'cross-border-japan',
  title: '10% back in Japan',
  rule: { rate: '10', threshold: { amount: '2000.00', currency: 'CNY' }, cap: { amount: '1000.00', currency: 'CNY' }, regions: ['JP'], currencies: ['JPY'], settlementCurrency: 'CNY' },
  startsAt: '2026-01-01T00:00:00+08:00',
  endsAt: '2027-12-31T23:59:59+08:00',
  status: 'enrolled',
  cardId: 'card-jade-001-a',
  enrolledAt: '2026-09-28T08:30:00+08:00',
  progress: {
    spent: { amount: '1250.40', currency: 'CNY' },
    pending: { amount: '0.00', currency: 'CNY' },
    earned: { amount: '0.00', currency: 'CNY' },
    paid: { amount: '0.00', currency: 'CNY' },
    conversions: [{ original: { amount: '26100', currency: 'JPY' }, converted: { amount: '1250.40', currency: 'CNY' }, rate: '0.0479' }],
  },
};

describe('<rights-cashback>', () => {
  it('shows a skeleton, then every campaign with its rule, dates and amounts', async () => {
    const { cashback } = await mount();
    expect(queryDeep(cashback, '.skeleton').length).toBeGreaterThan(0);
    expect(queryDeep(cashback, '[role="status"]')[0]?.textContent).toContain('Loading cashback offers');

    await expect.poll(() => campaigns(cashback).length).toBe(4);
    expect(queryDeep(cashback, 'section')[0]!.getAttribute('aria-busy')).toBe('false');
    expect(queryDeep(cashback, '[part="title"]').map(textOf)).toEqual(['8% cashback abroad', '5% back on overseas shopping', '6% back in Hong Kong and Macau', '10% back in Japan']);

    const japan = campaignTitled(cashback, '10% back in Japan');
    expect(textOf(japan.querySelector('[part="rule"]')!)).toBe("10% back on spend in Japan, charged in Japanese Yen, once you've spent CN¥2,000.00; up to CN¥1,000.00 in total.");
    expect(textOf(japan.querySelector('[part="validity"]')!)).toBe('Valid until Dec 31, 2027');

    const abroad = campaignTitled(cashback, '8% cashback abroad');
    expect(textOf(abroad.querySelector('[part="badge"]')!)).toBe('Earning cashback');
    expect(textOf(abroad.querySelector('[part="enrolment"]')!)).toBe('Activated on Mar 8, 2026');
    expect(visibleText(abroad.querySelector('[part="amounts"]')!)).toBe(
      'Qualifying spend CN¥9,067.02 Pending cashback CN¥55.67 Cashback earned CN¥669.69 Paid to your card CN¥382.74',
    );
    await expectAccessible(cashback);
  });

  it("shows the sandbox's own figures for every campaign, conversions included", async () => {
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const response = await fetch('/v1/cashback', { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
    const { items } = (await response.json()) as CashbackList;
    const money = ({ amount, currency }: { amount: string; currency: string }) =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
    const withProgress = items.filter((campaign) => campaign.progress);
    expect(withProgress.length).toBe(2);
    for (const { title, progress } of withProgress) {
      const shown = campaignTitled(cashback, title);
      const amounts = queryDeep(shown, 'dd').map(textOf);
      expect(amounts).toEqual([progress!.spent, progress!.pending, progress!.earned, progress!.paid].map(money));
      const conversions = [...shown.querySelectorAll('[part="conversion"]')].map(textOf);
      expect(conversions).toEqual(progress!.conversions.map((conversion) => `${money(conversion.original)} at ${conversion.rate} = ${money(conversion.converted)}`));
    }
  });

  it('explains how each foreign-currency amount was converted, behind a disclosure', async () => {
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const conversions = campaignTitled(cashback, '8% cashback abroad').querySelector<HTMLDetailsElement>('[part="conversions"]')!;
    const summary = conversions.querySelector('summary')!;
    expect(textOf(summary)).toBe('How 5 foreign-currency amounts were converted');
    expect(conversions.open).toBe(false);
    await userEvent.click(summary);
    expect(conversions.open).toBe(true);
    expect(textOf(conversions)).toContain("Foreign spend counts in Chinese Yuan at the card network's rate on the day it posted.");
    expect(textOf(conversions)).toContain('HK$2,380.00 at 0.9136 = CN¥2,174.37');
    expect(textOf(conversions)).toContain('¥38,600 at 0.0478 = CN¥1,845.08');
    expect(textOf(conversions)).toContain('£156.40 at 9.0315 = CN¥1,412.53');
    await expectAccessible(cashback);
  });

  it('shows progress towards the threshold and the cap as labelled progress bars with the amounts in words', async () => {
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const abroad = campaignTitled(cashback, '8% cashback abroad');
    const [threshold, cap] = [...abroad.querySelectorAll('progress')];

    // Spend past the threshold fills the bar; the words still say how much was spent.
    expect(threshold!.max).toBe(3500);
    expect(threshold!.position).toBe(1);
    expect(threshold!.getAttribute('aria-valuetext')).toBe('CN¥9,067.02 spent of the CN¥3,500.00 threshold');
    expect(textOf(abroad.querySelector(`#${threshold!.getAttribute('aria-labelledby')}`)!)).toBe('Spend towards the threshold');
    expect(textOf(abroad.querySelector('[part~="threshold"] [part="meter-note"]')!)).toBe('Threshold reached');

    expect(cap!.max).toBe(800);
    expect(cap!.value).toBeCloseTo(725.36);
    expect(cap!.getAttribute('aria-valuetext')).toBe(`${cny('725.36')} of the CN¥800.00 cap`);
    expect(textOf(abroad.querySelector(`#${cap!.getAttribute('aria-labelledby')}`)!)).toBe('Cashback towards the cap');

    // The browser's own accessibility tree agrees: two progress bars per enrolled campaign, named.
    await expect.element(page.getByRole('progressbar', { name: 'Spend towards the threshold' }).first()).toBeInTheDocument();
    expect(page.getByRole('progressbar').all()).toHaveLength(4);
  });

  it('says how much more spend the threshold needs, and shows no cap bar before it', async () => {
    (await sandbox).use(http.get('/v1/cashback', () => HttpResponse.json({ items: [halfway] })));
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(1);
    const [progress, ...others] = queryDeep<HTMLProgressElement>(cashback, 'progress');
    expect(others).toHaveLength(0);
    expect(progress!.value).toBeCloseTo(1250.4);
    expect(progress!.max).toBe(2000);
    expect(progress!.getAttribute('aria-valuetext')).toBe('CN¥1,250.40 spent of the CN¥2,000.00 threshold');
    expect(visibleText(cashback)).toContain('CN¥749.60 more to reach the threshold');
    expect(visibleText(cashback)).toContain('Activated');
    await expectAccessible(cashback);
  });

  it('offers to activate a campaign the member has not joined, through a rights-navigate event', async () => {
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const japan = campaignTitled(cashback, '10% back in Japan');
    expect(textOf(japan.querySelector('[part="badge"]')!)).toBe('Not activated');
    expect(japan.querySelectorAll('progress')).toHaveLength(0);
    const activate = japan.querySelector<HTMLButtonElement>('[part~="activate"]')!;
    expect(textOf(activate)).toBe('Activate');
    // Several campaigns have an Activate button: each says which campaign it is for.
    expect(japan.querySelector(`#${activate.getAttribute('aria-describedby')}`)?.textContent).toBe('10% back in Japan');

    const opened = new Promise<RightsNavigateEvent>((resolve) => document.addEventListener('rights-navigate', resolve, { once: true }));
    activate.focus();
    await userEvent.keyboard('{Enter}');
    const event = await opened;
    expect(event.detail).toEqual({ view: 'benefit', benefitId: 'cross-border-japan' });
    expect(event.cancelable).toBe(true);
    expect(event.composed).toBe(true);

    // Every other campaign links to its offer instead.
    expect(queryDeep(cashback, '[part~="activate"]')).toHaveLength(1);
    expect(queryDeep(cashback, '[part~="details"]').map(textOf)).toEqual(['View offer', 'View offer', 'View offer']);
  });

  it('reloads when a claim elsewhere on the page makes its campaigns stale, as activating one in the detail does', async () => {
    const client = createRightsClient({ baseUrl: '', getToken, locale: 'en' });
    const { cashback } = await mount({ client });
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const badgeOfJapan = () => textOf(campaignTitled(cashback, '10% back in Japan').querySelector('[part="badge"]')!);
    expect(badgeOfJapan()).toBe('Not activated');

    await client.benefits.claim('cross-border-japan', { cardId: 'card-jade-001-a' }, { idempotencyKey: newIdempotencyKey() });
    await expect.poll(() => badgeOfJapan(), { timeout: 5_000 }).not.toBe('Not activated');
    expect(queryDeep(cashback, '[part~="activate"]')).toHaveLength(0);
  });

  it('shows an ended campaign as ended, without progress or activation', async () => {
    const { cashback } = await mount();
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    const online = campaignTitled(cashback, '5% back on overseas shopping');
    expect(online.dataset.status).toBe('ended');
    expect(textOf(online.querySelector('[part="badge"]')!)).toBe('Ended');
    expect(textOf(online.querySelector('[part="validity"]')!)).toBe('Ended on Oct 31, 2026');
    expect(textOf(online.querySelector('[part="rule"]')!)).toBe(
      "5% back on spend abroad, charged in US Dollar, Euro, Japanese Yen, British Pound, and Australian Dollar, from your first purchase; up to CN¥300.00 in total.",
    );
    expect(online.querySelectorAll('progress, [part~="activate"]')).toHaveLength(0);
  });

  it('refetches and re-renders in the new language when the provider changes locale', async () => {
    const { provider, cashback } = await mount();
    await expect.poll(() => queryDeep(cashback, '[part="title"]')[0]?.textContent).toBe('8% cashback abroad');
    provider.locale = 'zh-CN';
    await expect.poll(() => queryDeep(cashback, '[part="title"]')[0]?.textContent).toBe('境外消费返现 8%');
    expect(visibleText(cashback)).toContain('合资格消费 ¥9,067.02');
    expect(visibleText(cashback)).toContain('HK$2,380.00 按汇率 0.9136 折合 ¥2,174.37');
    expect(queryDeep(cashback, 'progress')[0]!.getAttribute('aria-valuetext')).toBe('已消费 ¥9,067.02，满 ¥3,500.00 开始返现');
    expect(queryDeep(cashback, 'section')[0]!.getAttribute('aria-label')).toBe('境外消费返现');
    provider.locale = 'zh-HK';
    await expect.poll(() => queryDeep(cashback, '[part="title"]')[0]?.textContent).toBe('境外消費回贈 8%');
    expect(visibleText(cashback)).toContain('立即登記');
  });

  it('passes axe in the dark theme', async () => {
    const { cashback } = await mount({ theme: 'dark' });
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    expect(getComputedStyle(campaigns(cashback)[0]!).backgroundColor).toBe('rgb(23, 24, 28)');
    await expectAccessible(cashback);
  });

  it('says so when there are no campaigns', async () => {
    const { cashback } = await mount({ scenario: 'empty' });
    await expect.poll(() => visibleText(cashback)).toContain('No cashback offers right now');
    expect(visibleText(cashback)).toContain('Offers for spending abroad will show here.');
    expect(queryDeep(cashback, '[part="status"]')[0]!.getAttribute('role')).toBe('status');
    await expectAccessible(cashback);
  });

  it('shows campaigns whose status this version does not know, with a way to the offer and no guessed badge', async () => {
    const { cashback } = await mount({ scenario: 'unknown-enums' });
    await expect.poll(() => campaigns(cashback).length).toBe(4);
    expect(campaigns(cashback).map((campaign) => campaign.dataset.status)).toEqual(['unknown', 'unknown', 'unknown', 'unknown']);
    expect(queryDeep(cashback, '[part="badge"]')).toHaveLength(0);
    expect(queryDeep(cashback, '[part~="details"]')).toHaveLength(4);
    expect(visibleText(cashback)).toContain('Qualifying spend CN¥9,067.02');
    await expectAccessible(cashback);
  });

});

describeDataElement(
  {
    tag: 'rights-cashback',
    template: html`<rights-cashback></rights-cashback>`,
    path: '/v1/cashback',
    loaded: '[part="campaign"], [part="status"][role="status"]',
    failed: { en: "Cashback offers couldn't be loaded", source: '返现活动加载失败' },
  },
  sandbox,
);
