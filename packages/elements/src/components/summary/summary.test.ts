import type { ValueSummary } from '@rights-kit/client';
import type { RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import '../../define/provider.js';
import '../../define/summary.js';
import { scenarioClient } from '../../test/scenario.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { describeDataElement } from '../../test/data-element.js';
import type { RightsSummary } from './summary.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();

interface MountOptions {
  locale?: string;
  theme?: string;
  scenario?: string;
  headingLevel?: number;
}

async function mount({ locale = 'en', theme = 'light', scenario, headingLevel = 2 }: MountOptions = {}) {
  await sandbox;
  // A fixed day, so "this year" is the same year whenever the tests run.
  await fetch('/sandbox/clock', { method: 'PUT', body: JSON.stringify({ now: '2026-11-20T12:00:00+08:00' }) });
  const content = html`<rights-summary heading-level=${headingLevel}></rights-summary>`;
  const provider = await fixture<RightsProvider>(
    scenario
      ? html`<rights-provider locale=${locale} theme=${theme} .client=${scenarioClient(scenario)}>${content}</rights-provider>`
      : html`<rights-provider base-url="" locale=${locale} theme=${theme} .getToken=${getToken}>${content}</rights-provider>`,
  );
  return { provider, summary: provider.querySelector<RightsSummary>('rights-summary')! };
}

const part = <T extends Element = HTMLElement>(root: Element, name: string) => queryDeep<T>(root, `[part~="${name}"]`);
const textOf = (element: Element) => element.textContent!.replace(/[ \n\t]+/g, ' ').trim();
const rows = (summary: RightsSummary) =>
  part(summary, 'category').map((row) => ({
    name: textOf(row.querySelector('[part="category-name"]')!),
    value: textOf(row.querySelector('[part="category-value"]')!),
    uses: textOf(row.querySelector('[part="category-uses"]')!),
    bar: Number(row.querySelector('rect.fill')!.getAttribute('width')),
  }));

const cny = (amount: string) => ({ amount, currency: 'CNY' });
const summaryOf = (realised: string, annualFee: string, byCategory: ValueSummary['byCategory'] = []): ValueSummary => ({
  year: 2026,
  annualFee: cny(annualFee),
  realised: cny(realised),
  byCategory,
});

describe('<rights-summary>', () => {
  it('shows a skeleton, then the value realised against the annual fee, by category', async () => {
    const { summary } = await mount();
    expect(queryDeep(summary, '.skeleton').length).toBeGreaterThan(0);
    expect(queryDeep(summary, '[role="status"]')[0]?.textContent).toContain('Loading the value of your benefits');

    await expect.poll(() => part(summary, 'total').length).toBe(1);
    expect(queryDeep(summary, 'section')[0]!.getAttribute('aria-busy')).toBe('false');
    expect(textOf(part(summary, 'title')[0]!)).toBe('Value realised in 2026');
    expect(textOf(part(summary, 'total')[0]!)).toBe('CN¥3,091.55 back on a CN¥2,300.00 annual fee');
    const verdict = part(summary, 'verdict')[0]!;
    expect(textOf(verdict)).toBe('Your annual fee is covered, with CN¥791.55 to spare.');
    expect(verdict.dataset.covered).toBe('true');
    // Largest first; every figure is text beside its bar.
    expect(rows(summary).map(({ name, value, uses }) => `${name}: ${value}, ${uses}`)).toEqual([
      'Travel: CN¥1,600.00, 3 uses',
      'Cross-border: CN¥497.55, 2 uses',
      'Dining: CN¥476.00, 6 uses',
      'Culture & arts: CN¥240.00, 1 use',
      'Shopping: CN¥150.00, 5 uses',
      'Pets: CN¥128.00, 1 use',
    ]);
    await expectAccessible(summary);
  });

  it("shows the sandbox's own figures", async () => {
    const { summary } = await mount();
    await expect.poll(() => part(summary, 'category').length).toBeGreaterThan(0);
    const response = await fetch('/v1/summary', { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
    const served = (await response.json()) as ValueSummary;
    const money = ({ amount, currency }: { amount: string; currency: string }) =>
      new Intl.NumberFormat('en', { style: 'currency', currency }).format(amount as Intl.StringNumericLiteral);
    expect(textOf(part(summary, 'total')[0]!)).toBe(`${money(served.realised)} back on a ${money(served.annualFee)} annual fee`);
    expect(new Set(rows(summary).map(({ name, value }) => `${name} ${value}`))).toEqual(
      new Set(served.byCategory.map((category) => `${category.name} ${money(category.realised)}`)),
    );
  });

  it('draws bars to scale, hidden from assistive technology because the figures are text', async () => {
    const { summary } = await mount();
    await expect.poll(() => part(summary, 'category').length).toBe(6);
    const charts = part(summary, 'chart');
    expect(charts).toHaveLength(7);
    for (const chart of charts) {
      expect(chart.getAttribute('aria-hidden')).toBe('true');
      expect(chart.hasAttribute('style')).toBe(false);
    }
    const bars = rows(summary).map(({ bar }) => bar);
    expect(bars[0]).toBe(100);
    expect(bars[1]).toBeCloseTo((497.55 / 1600) * 100, 5);
    expect(bars[5]).toBeCloseTo((128 / 1600) * 100, 5);

    // Value past the fee fills the meter; the fee's mark sits where the fee falls.
    const meter = part(summary, 'meter')[0]!;
    expect(Number(meter.querySelector('rect.fill')!.getAttribute('width'))).toBe(100);
    expect(Number(meter.querySelector('rect.fee-mark')!.getAttribute('x'))).toBeCloseTo((2300 / 3091.55) * 100 - 1, 5);
    expect(visibleText(part(summary, 'legend')[0]!)).toBe('Value realised Annual fee');
  });

  it('says how much more value would cover the fee when it is not covered yet', async () => {
    (await sandbox).use(http.get('/v1/summary', () => HttpResponse.json(summaryOf('1800.00', '3600.00', [{ category: 'travel', name: 'Travel', realised: cny('1800.00'), uses: 2 }]))));
    const { summary } = await mount();
    await expect.poll(() => part(summary, 'verdict').length).toBe(1);
    expect(textOf(part(summary, 'total')[0]!)).toBe('CN¥1,800.00 back on a CN¥3,600.00 annual fee');
    expect(textOf(part(summary, 'verdict')[0]!)).toBe('CN¥1,800.00 more to cover your annual fee.');
    expect(part(summary, 'verdict')[0]!.dataset.covered).toBe('false');
    const meter = part(summary, 'meter')[0]!;
    expect(Number(meter.querySelector('rect.fill')!.getAttribute('width'))).toBe(50);
    await expectAccessible(summary);
  });

  it('says the fee is covered exactly, and that there is no fee when there is none', async () => {
    const worker = await sandbox;
    worker.use(http.get('/v1/summary', () => HttpResponse.json(summaryOf('3600.00', '3600.00', [{ category: 'travel', name: 'Travel', realised: cny('3600.00'), uses: 2 }]))));
    const { summary } = await mount();
    await expect.poll(() => part(summary, 'verdict').map(textOf)).toEqual(['Your annual fee is covered.']);

    worker.use(http.get('/v1/summary', () => HttpResponse.json(summaryOf('120.00', '0.00', [{ category: 'dining', name: 'Dining', realised: cny('120.00'), uses: 1 }]))));
    const { summary: free } = await mount();
    await expect.poll(() => part(free, 'verdict').map(textOf)).toEqual(['Your cards have no annual fee this year.']);
    expect(part(free, 'meter')).toHaveLength(0);
  });

  it('makes no claim about the fee when it is in another currency than the value', async () => {
    (await sandbox).use(
      http.get('/v1/summary', () => HttpResponse.json({ ...summaryOf('500.00', '300.00', [{ category: 'travel', name: 'Travel', realised: cny('500.00'), uses: 1 }]), annualFee: { amount: '300.00', currency: 'HKD' } })),
    );
    const { summary } = await mount();
    await expect.poll(() => part(summary, 'total').map(textOf)).toEqual(['CN¥500.00 back on a HK$300.00 annual fee']);
    expect(part(summary, 'verdict')).toHaveLength(0);
    expect(part(summary, 'meter')).toHaveLength(0);
  });

  it('refetches and re-renders in the new language when the provider changes locale', async () => {
    const { provider, summary } = await mount();
    await expect.poll(() => part(summary, 'category-name')[0]?.textContent).toBe('Travel');
    provider.locale = 'zh-CN';
    await expect.poll(() => part(summary, 'category-name')[0]?.textContent).toBe('出行');
    expect(textOf(part(summary, 'total')[0]!)).toBe('年费 ¥2,300.00，已获价值 ¥3,091.55');
    expect(textOf(part(summary, 'verdict')[0]!)).toBe('年费已回本，还多出 ¥791.55。');
    expect(textOf(part(summary, 'category-uses')[0]!)).toBe('使用 3 次');
    provider.locale = 'zh-HK';
    await expect.poll(() => part(summary, 'category-name').map(textOf)).toContain('文化藝術');
    expect(textOf(part(summary, 'title')[0]!)).toBe('2026 年已享權益價值');
  });

  it('takes the heading level that fits the host page', async () => {
    const { summary } = await mount({ headingLevel: 3 });
    await expect.poll(() => part(summary, 'title').length).toBe(1);
    expect(part(summary, 'title')[0]!.getAttribute('aria-level')).toBe('3');
    expect(part(summary, 'categories-heading')[0]!.getAttribute('aria-level')).toBe('4');
  });

  it('passes axe in the dark theme', async () => {
    const { summary } = await mount({ theme: 'dark' });
    await expect.poll(() => part(summary, 'category').length).toBe(6);
    expect(getComputedStyle(part(summary, 'base')[0]!).backgroundColor).toBe('rgb(23, 24, 28)');
    await expectAccessible(summary);
  });

  it('says so when nothing has been used yet this year', async () => {
    (await sandbox).use(http.get('/v1/summary', () => HttpResponse.json(summaryOf('0.00', '2300.00'))));
    const { summary } = await mount();
    await expect.poll(() => visibleText(summary)).toContain("You haven't used any benefits yet this year");
    expect(visibleText(summary)).toContain('against your CN¥2,300.00 annual fee');
    expect(part(summary, 'chart')).toHaveLength(0);
    await expectAccessible(summary);
  });

  it('shows categories this version does not know by the name the platform gives them', async () => {
    const { summary } = await mount({ scenario: 'unknown-enums' });
    await expect.poll(() => part(summary, 'category').length).toBe(6);
    expect(new Set(part(summary, 'category').map((row) => row.dataset.category))).toEqual(new Set(['unknown']));
    expect(rows(summary)[0]).toMatchObject({ name: 'Travel', value: 'CN¥1,600.00' });
    await expectAccessible(summary);
  });

});

describeDataElement(
  {
    tag: 'rights-summary',
    template: html`<rights-summary></rights-summary>`,
    path: '/v1/summary',
    loaded: '[part="total"], [part="status"][role="status"]',
    failed: { en: "The value of your benefits couldn't be loaded", source: '权益价值加载失败' },
  },
  sandbox,
);
