// The elements on an engine of the matrix's oldest kind (iOS 15.0, Chrome 87): run only by the
// `older-engines` project, whose setup removed what those engines lack (scripts/older-engines.js) before
// any SDK module loaded. Browse, open, claim, find it in the wallet and show it full screen, styled.
import type { RightsHub, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../define/all.js';
import { REMOVED_FEATURES } from '../../../../scripts/older-engines.js';
import { fixture, queryDeep, useSandbox, visibleText } from './fixture.js';

const sandbox = useSandbox();
const button = (root: Element, name: string) => queryDeep<HTMLButtonElement>(root, 'button').find((candidate) => candidate.textContent?.trim() === name);
async function press(root: Element, name: string) {
  await expect.poll(() => button(root, name), { timeout: 5_000 }).toBeDefined();
  button(root, name)!.click();
}
/** A colour as the browser computes it, for comparing with what a token resolves to. */
const colour = (element: Element, property: 'backgroundColor' | 'borderTopColor' | 'color') => getComputedStyle(element)[property];

async function mountHub(benefitId?: string) {
  await sandbox;
  const provider = await fixture<RightsProvider>(html`<rights-provider base-url="" locale="en" .getToken=${async () => demoToken()}>
    <rights-hub benefit-id=${benefitId ?? ''}></rights-hub>
  </rights-provider>`);
  return provider.querySelector<RightsHub>('rights-hub')!;
}

describe('on an engine without the newer features', () => {
  it('really lacks them', () => {
    const global = globalThis as unknown as Record<string, unknown>;
    // Native only: axe-core, which the tests' accessibility checks load, installs an Object.hasOwn of its own.
    const callable = (owner: object, name: string) => {
      const value = (owner as Record<string, unknown>)[name];
      return typeof value === 'function' && Function.prototype.toString.call(value).includes('[native code]');
    };
    const present: Record<(typeof REMOVED_FEATURES)[number], boolean> = {
      adoptedStyleSheets: 'adoptedStyleSheets' in Document.prototype || 'adoptedStyleSheets' in ShadowRoot.prototype,
      'Object.hasOwn': callable(Object, 'hasOwn'),
      'AbortSignal.any': callable(AbortSignal, 'any'),
      'AbortSignal.timeout': callable(AbortSignal, 'timeout'),
      structuredClone: callable(global, 'structuredClone'),
      'Array.prototype.at': callable(Array.prototype, 'at'),
      'Array.prototype.findLast': callable(Array.prototype, 'findLast'),
      'crypto.randomUUID': callable(crypto, 'randomUUID'),
      ':has()': CSS.supports('selector(:has(a))'),
      'Intl.Segmenter': callable(Intl, 'Segmenter'),
      'navigator.wakeLock': 'wakeLock' in navigator,
      'navigator.clipboard': 'clipboard' in navigator,
      'HTMLDialogElement.prototype.showModal': callable(HTMLDialogElement.prototype, 'showModal'),
    };
    for (const feature of REMOVED_FEATURES) expect(present[feature], feature).toBe(false);
  });

  it('shows styled cards: Lit falls back to <style> elements in each shadow root', async () => {
    const hub = await mountHub();
    await expect.poll(() => queryDeep(hub, 'rights-benefit-card').length, { timeout: 10_000 }).toBeGreaterThan(0);
    const card = queryDeep(hub, 'rights-benefit-card')[0]!;
    expect(card.shadowRoot!.querySelector('style')).not.toBeNull();
    const base = card.shadowRoot!.querySelector('[part~="base"]') ?? card.shadowRoot!.firstElementChild!;
    // Unstyled, a card's box would have no radius and the page's default transparent background.
    expect(Number.parseFloat(getComputedStyle(base).borderTopLeftRadius)).toBeGreaterThan(0);
    expect(colour(base, 'backgroundColor')).not.toBe('rgba(0, 0, 0, 0)');
  });

  it('marks the chosen card without :has(), and moves the mark with the choice', async () => {
    const hub = await mountHub('shopping-department-store');
    await expect.poll(() => queryDeep(hub, '[part="card-option"]').length, { timeout: 10_000 }).toBe(2);
    const [first, second] = queryDeep(hub, '[part="card-option"]') as [HTMLElement, HTMLElement];
    const highlighted = colour(first, 'backgroundColor');
    const plain = colour(second, 'backgroundColor');
    expect(highlighted).not.toBe(plain);
    expect(colour(first, 'borderTopColor')).not.toBe(colour(second, 'borderTopColor'));
    second.querySelector('input')!.click();
    await expect.poll(() => [colour(first, 'backgroundColor'), colour(second, 'backgroundColor')]).toEqual([plain, highlighted]);
  });

  it('claims a voucher, shows it from the wallet, and presents it full screen until Escape', async () => {
    const hub = await mountHub('shopping-instant-reduction');
    await press(hub, 'Claim');
    await press(hub, 'Confirm');
    await press(hub, 'View in wallet');
    await expect.poll(() => queryDeep(hub, 'rights-voucher').length, { timeout: 5_000 }).toBe(1);
    const voucher = queryDeep(hub, 'rights-voucher')[0]!;
    await expect.poll(() => visibleText(voucher), { timeout: 5_000 }).toMatch(/RK-[A-Z0-9]{4}-[A-Z0-9]{4}/);

    await press(voucher, 'Show full screen');
    const dialog = voucher.shadowRoot!.querySelector('dialog')!;
    await expect.poll(() => dialog.hasAttribute('open')).toBe(true);
    // Over the whole viewport, on top of everything, with the close button focused.
    const box = dialog.getBoundingClientRect();
    expect([box.left, box.top, Math.round(box.width), Math.round(box.height)]).toEqual([0, 0, window.innerWidth, window.innerHeight]);
    expect(dialog.contains(voucher.shadowRoot!.elementFromPoint(window.innerWidth / 2, 4))).toBe(true);
    expect(voucher.shadowRoot!.activeElement?.textContent?.trim()).toBe('Close');
    expect(colour(dialog, 'backgroundColor')).toBe('rgb(255, 255, 255)');

    await userEvent.keyboard('{Escape}');
    await expect.poll(() => dialog.hasAttribute('open')).toBe(false);
    expect(getComputedStyle(dialog).display).toBe('none');
  });
});
