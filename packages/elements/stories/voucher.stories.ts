import type { RightsLocale, VoucherItem } from '@rights-kit/client';
import { createClock, createPlatform } from '@rights-kit/mock';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { delay, http, HttpResponse } from 'msw';
import { expect, userEvent, waitFor } from 'storybook/test';
import { inProvider, queryDeep, visibleText, type ProviderArgs, startOutage, endOutage } from '../src/test/stories.js';
// Registered here as well as in define/all, so the stories stand on their own.
import '../src/define/voucher.js';

type Scenario = 'active' | 'used' | 'expired' | 'expires-soon';

interface VoucherArgs extends ProviderArgs {
  benefitId: string;
  scenario: Scenario;
  /** Fetch through the client with this id instead of handing the voucher over as `item`. */
  walletItemId?: string;
}

const LOADED = { timeout: 5000 };
const DAY = 86_400_000;

/**
 * A voucher the sandbox's demo member holds, as the platform sends it: claimed on a sandbox platform of
 * its own (so every story starts from the seed), then used or left to expire on its clock.
 */
function sandboxVoucher(benefitId: string, locale: RightsLocale, scenario: Scenario = 'active'): VoucherItem {
  const clock = createClock();
  const platform = createPlatform({ clock });
  const context = { memberId: 'm-jade-001', locale, origin: location.origin, now: new Date() };
  // Claimed long enough ago that the 7-day shopping voucher has run out.
  if (scenario === 'expired') clock.set(new Date(Date.now() - 10 * DAY));
  const { walletItem } = platform.claim({ ...context, now: clock.now() }, benefitId, { cardId: 'card-jade-001-a' }, `story-${benefitId}-${scenario}`, null);
  if (scenario === 'used') platform.useVoucher(walletItem.id);
  clock.reset();
  const item = platform.getWalletItem(context, walletItem.id) as VoucherItem;
  // Two hours and thirteen minutes left: the countdown in hours and minutes, in the warning colour.
  return scenario === 'expires-soon' ? { ...item, validUntil: new Date(Date.now() + (2 * 60 + 13) * 60_000 - 30_000).toISOString() } : item;
}

const voucherIn = (canvas: HTMLElement) => queryDeep(canvas, 'rights-voucher')[0]!;
const svgIn = (canvas: HTMLElement, part = 'symbol') => queryDeep<SVGSVGElement>(canvas, `[part="${part}"] svg`)[0];
const buttonIn = (canvas: HTMLElement, name: string) => {
  const button = queryDeep<HTMLButtonElement>(canvas, 'button').find((candidate) => candidate.textContent?.trim() === name);
  if (!button) throw new Error(`No button "${name}"`);
  return button;
};

const meta = {
  title: 'Components/Voucher',
  component: 'rights-voucher',
  args: { benefitId: 'lounge-last-visit', scenario: 'active' },
  argTypes: {
    benefitId: {
      control: 'select',
      options: ['lounge-last-visit', 'culture-museum-pass', 'shopping-supermarket-voucher', 'shopping-instant-reduction', 'shopping-department-store'],
    },
    scenario: { control: 'inline-radio', options: ['active', 'expires-soon', 'used', 'expired'] },
    walletItemId: { control: 'text' },
  },
  render: (args) =>
    inProvider(
      args,
      html`<div style="max-width: 28rem">
        ${args.walletItemId
          ? html`<rights-voucher wallet-item-id=${ifDefined(args.walletItemId)}></rights-voucher>`
          : html`<rights-voucher .item=${sandboxVoucher(args.benefitId, args.locale, args.scenario)}></rights-voucher>`}
      </div>`,
    ),
} satisfies Meta<VoucherArgs>;

export default meta;
type Story = StoryObj<VoucherArgs>;

/** Follows every toolbar setting; the controls pick the voucher and its state. */
export const Playground: Story = {};

/** A lounge pass shown as a QR code: the encoder loads on demand and draws it as SVG. */
export const QrCode: Story = {
  globals: { locale: 'zh-CN', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(svgIn(canvasElement)?.getAttribute('aria-label')).toBe('二维码'), LOADED);
    await expect(visibleText(canvasElement)).toMatch(/\d+天后到期/);
    await expect(queryDeep(canvasElement, '[part="code"]')[0]?.textContent).toMatch(/^RK-/);
  },
};

/** A supermarket voucher shown as a Code 128 barcode. */
export const Barcode: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'shopping-supermarket-voucher' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(svgIn(canvasElement)?.getAttribute('aria-label')).toBe('Barcode'), LOADED);
    const box = svgIn(canvasElement)!.getBoundingClientRect();
    await expect(box.width).toBeGreaterThan(2 * box.height);
  },
};

/** An instant-reduction code to type in at checkout: large text, nothing to scan. */
export const Text: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'shopping-instant-reduction' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '[part="code"]')[0]?.textContent).toMatch(/^RK-/), LOADED);
    await expect(svgIn(canvasElement)).toBeUndefined();
    await expect(buttonIn(canvasElement, 'Copy code')).toBeTruthy();
  },
};

/** With instructions from the partner, and two hours left. */
export const ExpiresSoon: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'culture-museum-pass', scenario: 'expires-soon' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Expires in 2 hr 13 min'), LOADED);
    await expect(visibleText(canvasElement)).toContain('One code admits two');
  },
};

/** Scanned by the merchant: shown as used, its code struck through, nothing to present. */
export const Used: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { scenario: 'used' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '[part~="badge"]')[0]?.textContent).toBe('Used'), LOADED);
    await expect(svgIn(canvasElement)).toBeUndefined();
    await expect(queryDeep(canvasElement, 'button')).toHaveLength(0);
  },
};

export const Expired: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { benefitId: 'shopping-instant-reduction', scenario: 'expired' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '[part~="badge"]')[0]?.textContent).toBe('Expired'), LOADED);
    await expect(visibleText(canvasElement)).toContain('It can no longer be used.');
  },
};

/** A display kind from a newer platform: the code as text, with a hint. */
export const UnknownDisplay: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    const item = sandboxVoucher('lounge-last-visit', 'en');
    msw.use(http.get('/v1/wallet/:itemId', () => HttpResponse.json({ ...item, voucher: { ...item.voucher, display: 'nfc' } })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("This version of the app can't show this kind of code."), LOADED);
    await expect(svgIn(canvasElement)).toBeUndefined();
  },
};

/** A wallet item the platform has since made a kind this version does not know: what can be read, and no code. */
export const UnknownKind: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    const item = sandboxVoucher('lounge-last-visit', 'en');
    msw.use(http.get('/v1/wallet/:itemId', () => HttpResponse.json({ ...item, kind: 'lounge_pass', voucher: undefined })));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain('Needs a newer app version'), LOADED);
    await expect(visibleText(canvasElement)).toContain('Valid until');
    await expect(queryDeep(canvasElement, '[part="code"]')).toHaveLength(0);
  },
};

/** The voucher fetched by its wallet item id, through the provider's client. */
export const FromWallet: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/wallet/:itemId', () => HttpResponse.json(sandboxVoucher('shopping-department-store', 'en'))));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(svgIn(canvasElement)).toBeTruthy(), LOADED);
    await expect(visibleText(canvasElement)).toContain('department store gift voucher');
  },
};

/** The skeleton while the voucher loads. */
export const Loading: Story = {
  globals: { network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/wallet/:itemId', () => delay('infinite')));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(queryDeep(canvasElement, '.skeleton').length).toBeGreaterThan(0));
  },
};

/** The platform keeps failing past the client's own retries; the cardholder's "retry" then succeeds. */
export const ErrorWithRetry: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    const item = sandboxVoucher('lounge-last-visit', 'en');
    msw.use(http.get('/v1/wallet/:itemId', () => HttpResponse.json(item)));
    startOutage(msw, '/v1/wallet/:itemId');
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("The voucher couldn't be loaded"), LOADED);
    endOutage();
    await userEvent.click(buttonIn(canvasElement, 'Try again'));
    await waitFor(() => expect(visibleText(canvasElement)).toContain('First-class lounge visit'), LOADED);
  },
};

export const Offline: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-000001' },
  beforeEach({ msw }) {
    msw.use(http.get('/v1/wallet/:itemId', () => HttpResponse.error()));
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("You're offline"), LOADED);
  },
};

export const NotFound: Story = {
  globals: { locale: 'en', network: 'normal' },
  args: { walletItemId: 'w-999999' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(visibleText(canvasElement)).toContain("This voucher isn't available"), LOADED);
  },
};

/** Full screen, black on white even on the dark theme; Escape or Close goes back. */
export const Presentation: Story = {
  globals: { locale: 'en', theme: 'dark', network: 'normal' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(svgIn(canvasElement)).toBeTruthy(), LOADED);
    await userEvent.click(buttonIn(canvasElement, 'Show full screen'));
    const dialog = voucherIn(canvasElement).shadowRoot!.querySelector('dialog')!;
    await waitFor(() => expect(dialog.open).toBe(true));
    await waitFor(() => expect(svgIn(canvasElement, 'presented-symbol')).toBeTruthy());
    await expect(getComputedStyle(dialog).backgroundColor).toBe('rgb(255, 255, 255)');
    await expect(voucherIn(canvasElement).shadowRoot!.activeElement?.textContent?.trim()).toBe('Close');
  },
};

/** A barcode in Traditional Chinese on the dark theme: the code stays black on white. */
export const Dark: Story = {
  globals: { locale: 'zh-HK', theme: 'dark', network: 'normal' },
  args: { benefitId: 'shopping-supermarket-voucher' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(svgIn(canvasElement)?.getAttribute('aria-label')).toBe('條碼'), LOADED);
    await expect(buttonIn(canvasElement, '全螢幕出示')).toBeTruthy();
  },
};
