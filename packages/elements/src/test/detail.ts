// Mounting <rights-benefit-detail> over the in-page sandbox, and the ways its tests press, watch and alter it.
import { type RightsBridge, type RightsClient } from '@rights-kit/client';
import type { RightsBenefitDetail, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { HttpResponse } from 'msw';
import { expect, onTestFinished } from 'vitest';
import '../define/all.js';
import { fixture, queryDeep, useSandbox, visibleText } from './fixture.js';

export { requestsTo } from './fixture.js';

export const sandbox = useSandbox();
export const getToken = async () => demoToken();

export interface MountOptions {
  locale?: string;
  client?: RightsClient;
  headingLevel?: number;
  bridge?: RightsBridge;
  analytics?: boolean;
}

export async function mount(benefitId: string, { locale = 'en', client, headingLevel, bridge, analytics = false }: MountOptions = {}) {
  await sandbox;
  const detail = html`<rights-benefit-detail benefit-id=${benefitId} heading-level=${headingLevel ?? 2}></rights-benefit-detail>`;
  const provider = await fixture<RightsProvider>(
    client
      ? html`<rights-provider locale=${locale} .client=${client} .bridge=${bridge} ?analytics-consent=${analytics}>${detail}</rights-provider>`
      : html`<rights-provider base-url="" locale=${locale} .getToken=${getToken} .bridge=${bridge} ?analytics-consent=${analytics}>${detail}</rights-provider>`,
  );
  const element = provider.querySelector<RightsBenefitDetail>('rights-benefit-detail')!;
  return { provider, detail: element };
}

/** Mounts and waits until the benefit has loaded. */
export async function mountLoaded(benefitId: string, options: MountOptions = {}) {
  const mounted = await mount(benefitId, options);
  await expect.poll(() => queryDeep(mounted.detail, '[part="title"]').length, { timeout: 5_000 }).toBe(1);
  return mounted;
}

const buttons = (root: Element) => queryDeep<HTMLButtonElement>(root, 'button');
export const buttonNamed = (root: Element, name: string) => buttons(root).find((button) => button.textContent?.trim() === name);
export const press = (root: Element, name: string) => {
  const button = buttonNamed(root, name);
  if (!button) throw new Error(`No button "${name}" in: ${visibleText(root)}`);
  button.click();
};
export const activeIn = (detail: RightsBenefitDetail) => detail.shadowRoot!.activeElement;
export const control = <T extends HTMLElement>(detail: RightsBenefitDetail, name: string) => detail.shadowRoot!.querySelector<T>(`#field-${name}`)!;

export function set(element: HTMLInputElement | HTMLSelectElement, value: string, type: 'input' | 'change' = 'change') {
  element.value = value;
  element.dispatchEvent(new Event(type, { bubbles: true, composed: true }));
}

/** Collects `type` events reaching the document. */
export function collect<K extends keyof GlobalEventHandlersEventMap>(type: K, handle?: (event: GlobalEventHandlersEventMap[K]) => void) {
  const events: GlobalEventHandlersEventMap[K][] = [];
  const listener = (event: GlobalEventHandlersEventMap[K]) => {
    events.push(event);
    handle?.(event);
  };
  document.addEventListener(type, listener);
  onTestFinished(() => document.removeEventListener(type, listener));
  return events;
}

/** A benefit detail as the sandbox sends it, to serve altered. */
export async function sandboxDetail(benefitId: string): Promise<Record<string, unknown>> {
  // Also when a test runs on its own: the in-page sandbox answers only once it has started.
  await sandbox;
  const response = await fetch(`/v1/benefits/${benefitId}`, { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
  return (await response.json()) as Record<string, unknown>;
}

export const problem = (code: string, status: number, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
  HttpResponse.json({ title: code, status, code, ...extra }, { status, headers: { 'Content-Type': 'application/problem+json', ...headers } });

export async function claimVoucher(detail: RightsBenefitDetail) {
  press(detail, 'Claim');
  await expect.poll(() => buttonNamed(detail, 'Confirm')).toBeDefined();
  press(detail, 'Confirm');
}

// The older-engines project runs these without navigator.clipboard (Safari 13.1 has it; a WebView may not).
export const hasClipboard = 'clipboard' in navigator;
