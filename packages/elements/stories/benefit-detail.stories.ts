import { sampleBenefit } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';

interface DetailArgs extends ProviderArgs {
  benefitId: string;
}

const LOADED = { timeout: 5000 };

const buttonIn = (canvas: HTMLElement, name: string) => {
  const button = queryDeep<HTMLButtonElement>(canvas, 'button').find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
};

/** A benefit of a kind this version does not know, as a newer platform would send it. */
const fromTheFuture = {
  ...sampleBenefit('culture-museum-pass', 'en'),
  kind: 'subscription',
  validity: { startsAt: '2026-01-01T00:00:00+08:00', endsAt: '2027-12-31T23:59:59+08:00' },
  eligibility: [{ cardId: 'card-jade-001-a', eligible: true }],
  terms: [
    { type: 'paragraph', spans: [{ text: 'A yearly membership: ' }, { text: 'two museum visits a month', strong: true }, { text: '.' }] },
    { type: 'table', rows: [] },
  ],
  howToUse: [],
  locations: [],
};

const meta = {
  title: 'Components/Benefit detail',
  component: 'rights-benefit-detail',
  args: { benefitId: 'lounge-last-visit' },
  argTypes: {
    benefitId: {
      control: 'select',
      options: [
        'lounge-last-visit',
        'shopping-instant-reduction',
        'shopping-department-store',
        'cross-border-japan',
        'cross-border-cashback',
        'restaurant-week-autumn',
        'lounge-domestic',
        'pet-platform',
        'pet-grooming-voucher',
        'dining-mooncake-gift',
        'shopping-jewellery',
      ],
    },
  },
  render: (args) =>
    inProvider(args, html`<div style="max-width: 40rem"><rights-benefit-detail benefit-id=${args.benefitId}></rights-benefit-detail></div>`),
} satisfies Meta<DetailArgs>;

export default meta;
type Story = StoryObj<DetailArgs>;

/** Follows every toolbar setting, the network included; the controls pick the benefit. */
export const Playground: Story = {};

/** Claim a voucher: a first-class lounge visit only the platinum card can take, so no picker. */
export const Voucher: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('头等舱休息室体验'), LOADED);
    await expect(visibleText(canvasElement)).toContain('将使用翡翠白金旅行卡（尾号 8826）');
    await expect(buttonIn(canvasElement, '立即领取')).toBeTruthy();
  },
};

/** Activate an offer: the cashback rule is explained before the button. */
export const Activation: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { benefitId: 'cross-border-japan' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('合资格消费返 10%'), LOADED);
    await expect(visibleText(canvasElement)).toContain('适用地区：日本');
    await expect(buttonIn(canvasElement, '立即报名')).toBeTruthy();
  },
};

/** Book: the platform's form, with every field type. */
export const Reservation: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { benefitId: 'restaurant-week-autumn' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, 'select').length).toBe(2), LOADED);
    await expect(queryDeep(canvasElement, 'input[type="date"]')).toHaveLength(1);
    await expect(queryDeep(canvasElement, 'input[type="radio"]:disabled')).toHaveLength(3);
    await expect(visibleText(canvasElement)).toContain('12:30（已满）');
  },
};

/** Open a partner platform; the button is not pressed here, as it would leave the page. */
export const Partner: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { benefitId: 'pet-platform' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(buttonIn(canvasElement, '进入爪爪生活会员中心')).toBeTruthy(), LOADED);
  },
};

/** Both of the member's cards can take it: the cardholder picks one. */
export const CardPicker: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'shopping-department-store' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, 'input[name="card"]')).toHaveLength(2), LOADED);
    await userEvent.click(queryDeep(canvasElement, 'input[name="card"]')[1]!);
    await userEvent.click(buttonIn(canvasElement, 'Claim'));
    await waitFor(() => expect(visibleText(canvasElement)).toContain('It will be claimed on your Jade Gold ending 3107'));
  },
};

export const SoldOut: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  args: { benefitId: 'pet-grooming-voucher' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('已全部领完，请留意下次发放。'), LOADED);
    await expect(buttonIn(canvasElement, '立即领取').disabled).toBe(true);
  },
};

export const Expired: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'dining-mooncake-gift' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('This benefit ended on Oct 6, 2026.'), LOADED);
    await expect(buttonIn(canvasElement, 'Claim').disabled).toBe(true);
  },
};

export const AlreadyEnrolled: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'cross-border-cashback' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're already enrolled"), LOADED);
  },
};

/** The whole voucher flow: claim, confirm, the code. */
export const ClaimResult: Story = {
  globals: { locale: 'en', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(buttonIn(canvasElement, 'Claim')).toBeTruthy(), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Claim'));
    await userEvent.click(buttonIn(canvasElement, 'Confirm'));
    await waitFor(() => expect(queryDeep(canvasElement, '[part="code"]')[0]?.textContent).toMatch(/^RK-/), LOADED);
    await expect(visibleText(canvasElement)).toContain('Voucher claimed');
  },
};

/** "Book" with nothing filled in: every required field says what it needs. */
export const ValidationErrors: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'restaurant-week-autumn' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(buttonIn(canvasElement, 'Book')).toBeTruthy(), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Book'));
    await waitFor(() => expect(queryDeep(canvasElement, '[part="field-error"]')).toHaveLength(6));
    await expect(visibleText(canvasElement)).toContain('Fill this in');
  },
};

/** The host has no step-up (or the cardholder declined it in the bank app). */
export const StepUpDeclined: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'shopping-jewellery' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(buttonIn(canvasElement, 'Claim')).toBeTruthy(), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Claim'));
    await userEvent.click(buttonIn(canvasElement, 'Confirm'));
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Confirm in your bank app'), LOADED);
    await expect(buttonIn(canvasElement, 'Try again')).toBeTruthy();
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "retry" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    startOutage(msw, '/v1/benefits/:benefitId');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("This benefit couldn't be loaded"), LOADED);
    endOutage();
    await userEvent.click(buttonIn(canvasElement, 'Try again'));
    await waitFor(() => expect(visibleText(canvasElement)).toContain('First-class lounge visit'), LOADED);
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits/:benefitId', () => HttpResponse.error()));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), LOADED);
  },
};

export const NotFound: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'no-such-benefit' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("This benefit isn't available"), LOADED);
  },
};

/** The skeleton while the detail loads. */
export const Loading: Story = {
  globals: { network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits/:benefitId', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

/** A kind from a newer platform: shown, with a note, and nothing breaks. */
export const UnknownKind: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'culture-museum-pass' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/benefits/:benefitId', () => HttpResponse.json(fromTheFuture)));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Update your bank app to use this benefit'), LOADED);
    await expect(visibleText(canvasElement)).toContain('two museum visits a month');
    // The table in its terms is a block type from a newer platform too.
    await expect(visibleText(canvasElement)).toContain('Needs a newer app version');
  },
};

/** A lounge booking with a card picker and a form, in Traditional Chinese on the dark theme. */
export const Dark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  args: { benefitId: 'lounge-domestic' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('國內機場貴賓室'), LOADED);
    await expect(queryDeep(canvasElement, 'input[name="card"]')).toHaveLength(2);
  },
};

export const English: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'lounge-domestic' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Domestic airport lounges'), LOADED);
    await expect(visibleText(canvasElement)).toContain('6 of 6 left this year · resets Jan 1, 2027');
    await expect(buttonIn(canvasElement, 'Book')).toBeTruthy();
  },
};
