import type { RightsBridge } from '@rights-kit/client';
import type { RightsHub, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../define/all.js';
import { expectAccessible, fixture, queryDeep, requestsTo, useSandbox, visibleText } from '../../test/fixture.js';

const sandbox = useSandbox();
const getToken = async () => demoToken();
afterEach(() => window.scrollTo(0, 0));

interface MountOptions {
  benefitId?: string;
  navigation?: string;
  bridge?: RightsBridge;
  locale?: string;
}

async function mountHub({ benefitId, navigation, bridge, locale = 'en' }: MountOptions = {}) {
  await sandbox;
  const provider = await fixture<RightsProvider>(html`
    <rights-provider base-url="" locale=${locale} .getToken=${getToken} .bridge=${bridge}>
      <rights-hub benefit-id=${ifDefined(benefitId)} navigation=${ifDefined(navigation)}></rights-hub>
    </rights-provider>
  `);
  return { provider, hub: provider.querySelector<RightsHub>('rights-hub')! };
}

const tabs = (hub: RightsHub) => queryDeep<HTMLButtonElement>(hub, '[role="tab"]');
const selectedTab = (hub: RightsHub) => tabs(hub).find((tab) => tab.getAttribute('aria-selected') === 'true')?.textContent?.trim();
/** What has focus, looking through shadow roots. */
function focused(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}
const button = (root: Element, name: string) => queryDeep<HTMLButtonElement>(root, 'button').find((candidate) => candidate.textContent?.trim() === name);
async function press(root: Element, name: string) {
  await expect.poll(() => button(root, name), { timeout: 5_000 }).toBeDefined();
  button(root, name)!.click();
}
/** Focuses a card's button and activates it, as a tap or Enter does. */
async function openCard(hub: RightsHub, title: string) {
  await expect.poll(() => button(hub, title), { timeout: 5_000 }).toBeDefined();
  button(hub, title)!.focus();
  button(hub, title)!.click();
}

describe('<rights-hub>', () => {
  it('shows the catalogue first, under four tabs that arrow keys move between', async () => {
    const { hub } = await mountHub();
    expect(tabs(hub).map((tab) => tab.textContent?.trim())).toEqual(['Benefits', 'Wallet', 'Cashback', 'Value']);
    expect(selectedTab(hub)).toBe('Benefits');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-card').length, { timeout: 5_000 }).toBeGreaterThan(0);
    // One tab stop: the selected tab; the arrows do the rest.
    expect(tabs(hub).map((tab) => tab.tabIndex)).toEqual([0, -1, -1, -1]);
    tabs(hub)[0]!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab(hub)).toBe('Wallet');
    expect(hub.tab).toBe('wallet');
    await expect.poll(() => focused()?.textContent?.trim()).toBe('Wallet');
    await expect.poll(() => queryDeep(hub, 'rights-wallet').length).toBe(1);
    await userEvent.keyboard('{End}');
    expect(selectedTab(hub)).toBe('Value');
    await expect.poll(() => visibleText(hub), { timeout: 5_000 }).toContain('annual fee');
    await userEvent.keyboard('{ArrowRight}');
    expect(selectedTab(hub)).toBe('Benefits');
    await expectAccessible(hub);
  });

  it('opens a benefit on top of the catalogue and goes back to the same card', async () => {
    const { hub } = await mountHub();
    await openCard(hub, 'Domestic airport lounges');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(1);
    await expect.poll(() => focused()?.textContent?.trim()).toContain('Back');
    expect(queryDeep(hub, '[role="tablist"]')[0]!.closest('[hidden]')).not.toBeNull();
    await expect.poll(() => visibleText(queryDeep(hub, 'rights-benefit-detail')[0]!), { timeout: 5_000 }).toContain('How to use');
    await expectAccessible(hub);

    await press(hub, '‹ Back');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(0);
    await expect.poll(() => focused()?.textContent?.trim()).toBe('Domestic airport lounges');
  });

  it('claims a voucher, then shows it from the wallet, and back leads to the wallet', async () => {
    const { hub } = await mountHub({ benefitId: 'shopping-instant-reduction' });
    await press(hub, 'Claim');
    await press(hub, 'Confirm');
    await press(hub, 'View in wallet');
    await expect.poll(() => queryDeep(hub, 'rights-voucher').length).toBe(1);
    expect(selectedTab(hub)).toBe('Wallet');
    await expect.poll(() => visibleText(queryDeep(hub, 'rights-voucher')[0]!), { timeout: 5_000 }).toMatch(/RK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    await press(hub, '‹ Back');
    await expect.poll(() => queryDeep(hub, 'rights-voucher').length).toBe(0);
    await expect.poll(() => visibleText(queryDeep(hub, 'rights-wallet')[0]!), { timeout: 5_000 }).toContain('¥30 off ¥300');
  });

  it("shows the new quota on the catalogue's card when back from a claim, asking for no list again", async () => {
    const { hub } = await mountHub();
    const badgeOf = (title: string) => {
      const card = queryDeep(hub, 'rights-benefit-card').find((candidate) => visibleText(candidate).includes(title));
      return card && queryDeep(card, '[part~="quota"]')[0]?.textContent?.trim();
    };
    await expect.poll(() => badgeOf('Two speciality coffees a month'), { timeout: 5_000 }).toBeDefined();
    const before = badgeOf('Two speciality coffees a month');
    const lists = requestsTo(await sandbox, 'GET', /^\/v1\/benefits$/);
    await openCard(hub, 'Two speciality coffees a month');
    await press(hub, 'Claim');
    await press(hub, 'Confirm');
    await expect.poll(() => button(hub, 'View in wallet'), { timeout: 5_000 }).toBeDefined();
    await press(hub, '‹ Back');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(0);
    await expect.poll(() => badgeOf('Two speciality coffees a month')).not.toBe(before);
    expect(badgeOf('Two speciality coffees a month')).toBe('1 of 2 left this month');
    expect(lists).toHaveLength(0);
  });

  it('shows the voucher a claim gave from its answer, without asking for it', async () => {
    const { hub } = await mountHub({ benefitId: 'shopping-instant-reduction' });
    const items = requestsTo(await sandbox, 'GET', /^\/v1\/wallet\/[^/]+$/);
    await press(hub, 'Claim');
    await press(hub, 'Confirm');
    await press(hub, 'View in wallet');
    await expect.poll(() => visibleText(queryDeep(hub, 'rights-voucher')[0] ?? hub), { timeout: 5_000 }).toMatch(/RK-[A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(items).toHaveLength(0);
  });

  it('opens a linked benefit straight away, with the catalogue behind it', async () => {
    const { hub } = await mountHub({ benefitId: 'pet-platform' });
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail')[0]?.getAttribute('benefit-id')).toBe('pet-platform');
    await press(hub, '‹ Back');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-card').length, { timeout: 5_000 }).toBeGreaterThan(0);
  });

  it('leaves navigation to a host that cancels rights-navigate', async () => {
    const { hub } = await mountHub();
    const veto = (event: Event) => event.preventDefault();
    document.addEventListener('rights-navigate', veto);
    try {
      await openCard(hub, 'Domestic airport lounges');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(queryDeep(hub, 'rights-benefit-detail')).toHaveLength(0);
    } finally {
      document.removeEventListener('rights-navigate', veto);
    }
  });

  it("keeps out of the page's history unless asked, and with navigation=history the browser's back works", async () => {
    const internal = await mountHub();
    const length = history.length;
    await openCard(internal.hub, 'Domestic airport lounges');
    await expect.poll(() => queryDeep(internal.hub, 'rights-benefit-detail').length).toBe(1);
    expect(history.length).toBe(length);
    internal.provider.remove();

    const { hub } = await mountHub({ navigation: 'history' });
    await openCard(hub, 'Domestic airport lounges');
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(1);
    expect(history.length).toBe(length + 1);
    expect(history.state).toMatchObject({ rightsHub: { tab: 'catalog', stack: [{ view: 'benefit', benefitId: 'lounge-domestic' }] } });
    history.back();
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(0);
    expect(history.state?.rightsHub?.stack ?? []).toEqual([]);
  });

  it('with navigation=history, back from a voucher viewed after its claim leads to the wallet', async () => {
    const { hub } = await mountHub({ navigation: 'history', benefitId: 'shopping-department-store' });
    await press(hub, 'Claim');
    await press(hub, 'Confirm');
    await press(hub, 'View in wallet');
    await expect.poll(() => queryDeep(hub, 'rights-voucher').length).toBe(1);
    history.back();
    await expect.poll(() => queryDeep(hub, 'rights-voucher').length).toBe(0);
    expect(selectedTab(hub)).toBe('Wallet');
    expect(queryDeep(hub, 'rights-benefit-detail')).toHaveLength(0);
  });

  it("goes back inside the hub when the app's back button is pressed, and lets the app go back at the root", async () => {
    let pressBack: (() => boolean) | undefined;
    const unsubscribe = vi.fn();
    const bridge: RightsBridge = {
      onBack: (handler) => {
        pressBack = handler;
        return unsubscribe;
      },
    };
    const { hub, provider } = await mountHub({ bridge, benefitId: 'lounge-domestic' });
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(1);
    expect(pressBack!()).toBe(true);
    await expect.poll(() => queryDeep(hub, 'rights-benefit-detail').length).toBe(0);
    expect(pressBack!()).toBe(false);
    provider.remove();
    expect(unsubscribe).toHaveBeenCalled();
  });

  it("takes the bank's own words for its texts from the provider's messages, also in the elements it loads later", async () => {
    const { provider, hub } = await mountHub({ benefitId: 'lounge-last-visit' });
    // `claim` is one of the detail's own texts, loaded with the detail rather than with the hub.
    provider.messages = { back: 'Back to benefits', hubTab: (tab) => (tab === 'wallet' ? 'My card perks' : tab), claim: 'Take it' };
    await expect.poll(() => button(hub, '‹ Back to benefits')).toBeDefined();
    expect(tabs(hub)[1]!.textContent?.trim()).toBe('My card perks');
    await expect.poll(() => button(hub, 'Take it'), { timeout: 5_000 }).toBeDefined();
    expect(button(hub, 'Claim')).toBeUndefined();
  });

  it('follows a change of locale, tabs included', async () => {
    const { provider, hub } = await mountHub();
    provider.locale = 'zh-HK';
    await expect.poll(() => tabs(hub).map((tab) => tab.textContent?.trim())).toEqual(['精選權益', '我的權益', '跨境回贈', '權益價值']);
    await expect.poll(() => queryDeep(hub, 'rights-benefit-card')[0]?.shadowRoot?.querySelector('[part="title"]')?.textContent, { timeout: 5_000 }).toBe('國內機場貴賓室');
  });
});
