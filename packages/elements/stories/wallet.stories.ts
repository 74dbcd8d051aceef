import { createSandbox, demoToken, type Sandbox } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import type { MswApi } from 'msw-storybook-addon';
import { html } from 'lit';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';
import '../src/define/wallet.js';

interface WalletArgs extends ProviderArgs {
  status: 'active' | 'used' | 'expired' | 'cancelled';
}

const LOADED = { timeout: 5000 };
const DAY = 86_400_000;
const CARD_A = 'card-jade-001-a';
const CARD_B = 'card-jade-001-b';

const itemsIn = (canvas: HTMLElement) => queryDeep(canvas, '[part="item"]');
const buttonIn = (canvas: HTMLElement, name: string) => {
  const button = queryDeep<HTMLButtonElement>(canvas, 'button').find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
};

/** Claims `benefitId` for the demo member, `daysAgo` days ago on the sandbox clock. */
async function claim(sandbox: Sandbox, benefitId: string, { cardId = CARD_A, daysAgo = 0, form }: { cardId?: string; daysAgo?: number; form?: Record<string, string | number> } = {}) {
  if (daysAgo) sandbox.clock.set(new Date(Date.now() - daysAgo * DAY));
  try {
    const response = await fetch(`/v1/benefits/${benefitId}/claims`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${demoToken()}`, 'Content-Type': 'application/json', 'Idempotency-Key': crypto.randomUUID() },
      body: JSON.stringify({ cardId, ...(form && { form }) }),
    });
    if (response.status !== 201) throw new Error(`Claiming ${benefitId} answered ${response.status}: ${await response.text()}`);
    return ((await response.json()) as { walletItem: { id: string } }).walletItem;
  } finally {
    sandbox.clock.reset();
  }
}

/** Tomorrow's date in China Standard Time: the first day restaurant week takes bookings for. */
const tomorrow = () => new Date(Date.now() + 8 * 3_600_000 + DAY).toISOString().slice(0, 10);

/**
 * The demo member's wallet, in a sandbox of the story's own: a booking, an activation, a lounge pass,
 * and supermarket vouchers (valid 14 days) claimed so they expire tomorrow, in 3 days and in 6 days.
 */
async function fullWallet(msw: MswApi, scenario?: string): Promise<Sandbox> {
  const sandbox = createSandbox();
  msw.use(...sandbox.handlers);
  await claim(sandbox, 'restaurant-week-autumn', {
    cardId: CARD_B,
    form: { location: 'rw-beijing-sanlitun', date: tomorrow(), time: '19:00', partySize: 2, guestName: 'Li Hua', setMenu: 'seasonal' },
  });
  await claim(sandbox, 'cross-border-japan');
  await claim(sandbox, 'lounge-last-visit', { daysAgo: 30 });
  await claim(sandbox, 'shopping-supermarket-voucher', { daysAgo: 13 });
  await claim(sandbox, 'shopping-supermarket-voucher', { daysAgo: 11 });
  await claim(sandbox, 'shopping-supermarket-voucher', { cardId: CARD_B, daysAgo: 8 });
  sandbox.useScenario(scenario);
  return sandbox;
}

const meta = {
  title: 'Components/Wallet',
  component: 'rights-wallet',
  args: { status: 'active' },
  argTypes: {
    status: { control: 'inline-radio', options: ['active', 'used', 'expired', 'cancelled'] },
  },
  // Each story claims into a sandbox of its own. Rendered inline on one docs page, the stories' handlers
  // replace each other while their claims are still running (a second claim of one booking answers 409)
  // and every story shows an error; in frames of their own each keeps its sandbox.
  parameters: { docs: { story: { inline: false, iframeHeight: 480 } } },
  render: (args) => inProvider(args, html`<rights-wallet status=${args.status}></rights-wallet>`),
} satisfies Meta<WalletArgs>;

export default meta;
type Story = StoryObj<WalletArgs>;

/** A full wallet that follows every toolbar setting, the network included. */
export const Playground: Story = {
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
};

/** A booking, an offer, a lounge pass and vouchers counting down, soonest expiry first. */
export const Default: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(6), LOADED);
    await expect(visibleText(canvasElement)).toContain('明天到期');
    await expect(visibleText(canvasElement)).toContain('秋季餐厅周');
  },
};

export const English: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Expires in 3 days'), LOADED);
    await expect(visibleText(canvasElement)).toContain('Booking');
    await expect(visibleText(canvasElement)).toContain('10% back in Japan');
  },
};

export const TraditionalChineseDark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('頭等艙休息室體驗'), LOADED);
    await expect(visibleText(canvasElement)).toContain('3 日後到期');
  },
};

/** "Remind me" on a voucher about to expire; without a bridge the host schedules it from `rights-remind`. */
export const Reminder: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '[part~="remind"]').length).toBeGreaterThan(0), LOADED);
    await userEvent.click(queryDeep(canvasElement, '[part~="remind"]')[0]!);
    await waitFor(() => expect(buttonIn(canvasElement, 'Reminder set')).toBeTruthy());
  },
};

/** A refresh keeps the list in view until the new one arrives. */
export const Refresh: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(6), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Refresh'));
    await expect(itemsIn(canvasElement)).toHaveLength(6);
    await waitFor(() => expect(buttonIn(canvasElement, 'Refresh')).toBeTruthy(), LOADED);
  },
};

export const Used: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { status: 'used' },
  async beforeEach({ msw }) {
    const sandbox = createSandbox();
    msw.use(...sandbox.handlers);
    const { id } = await claim(sandbox, 'shopping-department-store');
    await fetch(`/sandbox/vouchers/${id}/use`, { method: 'POST' });
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Used on'), LOADED);
  },
};

export const Expired: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { status: 'expired' },
  async beforeEach({ msw }) {
    const sandbox = createSandbox();
    msw.use(...sandbox.handlers);
    await claim(sandbox, 'shopping-supermarket-voucher', { daysAgo: 20 });
    await claim(sandbox, 'shopping-instant-reduction', { daysAgo: 9 });
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(2), LOADED);
    await expect(visibleText(canvasElement)).toContain('Expired on');
  },
};

/** Nothing in the wallet yet: the way to the catalogue. */
export const Empty: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw, 'empty');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('还没有有效的权益'), LOADED);
    await expect(buttonIn(canvasElement, '去看看权益')).toBeTruthy();
  },
};

export const EmptyCancelled: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { status: 'cancelled' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Nothing cancelled'), LOADED);
  },
};

/** More than a page: the next one loads on "Show more". */
export const Paging: Story = {
  globals: { locale: 'en', network: 'normal' },
  beforeEach({ msw }) {
    const voucher = (id: string, title: string, validUntil: string) => ({
      id,
      benefitId: 'shopping-supermarket-voucher',
      category: 'shopping',
      title,
      partner: { name: 'FreshMart' },
      cardId: CARD_A,
      status: 'active',
      claimedAt: '2026-01-05T10:00:00+08:00',
      validUntil,
      kind: 'voucher',
      voucher: { code: `RK-${id}`, display: 'barcode' },
    });
    msw.use(
      http.get('/v1/wallet', ({ request }) =>
        new URL(request.url).searchParams.get('cursor')
          ? HttpResponse.json({ items: [voucher('w-3', '¥15 off ¥150', '2030-03-01T12:00:00+08:00')], nextCursor: null })
          : HttpResponse.json({
              items: [voucher('w-1', '¥20 off ¥200', '2030-01-01T12:00:00+08:00'), voucher('w-2', '¥10 off ¥100', '2030-02-01T12:00:00+08:00')],
              nextCursor: 'page-2',
            }),
      ),
    );
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(2), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Show more'));
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(3), LOADED);
  },
};

/** The skeleton a cardholder sees while the wallet loads. */
export const Loading: Story = {
  globals: { network: 'normal' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/wallet', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "try again" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw);
    startOutage(msw, '/v1/wallet');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("Your benefits couldn't be loaded"), LOADED);
    endOutage();
    await userEvent.click(buttonIn(canvasElement, 'Try again'));
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(6), LOADED);
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw, 'offline');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), LOADED);
  },
};

/** The bank's session ran out: the cardholder signs in again in the bank app. */
export const SessionExpired: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw, 'expired-token');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Your session has ended'), LOADED);
  },
};

/** Kinds and statuses from a newer platform, shown generically. */
export const UnknownKindsAndStatuses: Story = {
  globals: { locale: 'en', network: 'normal' },
  async beforeEach({ msw }) {
    await fullWallet(msw, 'unknown-enums');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(itemsIn(canvasElement)).toHaveLength(6), LOADED);
    await expect(visibleText(canvasElement)).toContain('Update the app to see its status');
  },
};
