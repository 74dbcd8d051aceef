// The states every data element shares, checked the same way for each (Shoelace's
// form-control-base-tests, Lion's test-suites): loading, a failed load with a retry, offline and back
// online, and outside a provider. Each element's test file runs it with what is its own.
import { createRightsClient } from '@rights-kit/client';
import type { RightsProvider } from '@rights-kit/elements';
import { createSandbox, demoToken } from '@rights-kit/mock';
import { html, type TemplateResult } from 'lit';
import { http, HttpResponse } from 'msw';
import type { SetupWorker } from 'msw/browser';
import { describe, expect, it } from 'vitest';
import { expectAccessible, fixture, queryDeep, visibleText } from './fixture.js';

export interface DataElement {
  /** The element's tag, for the suite's name. */
  tag: string;
  /** Puts in the sandbox what the element is to show (a voucher to present), and gives the element to mount. */
  arrange?: () => Promise<TemplateResult>;
  /** The element to mount when there is nothing to arrange. */
  template?: TemplateResult;
  /** The request the element loads with, as msw matches it, e.g. `/v1/benefits/:benefitId`. */
  path: string;
  /** What shows only once the element has loaded, as a selector in its shadow root. */
  loaded: string;
  /** The heading of a failed load, in English and in the source locale (what shows outside a provider). */
  failed: { en: string; source: string };
}

const getToken = async () => demoToken();
const buttonNamed = (root: Element, name: string) => queryDeep<HTMLButtonElement>(root, 'button').find((button) => button.textContent?.trim() === name);
const isLoaded = (element: Element, { loaded }: DataElement) => queryDeep(element, loaded).length > 0;

/** Runs the shared states against `spec`'s element, over the sandbox started in the page (`useSandbox()`). */
export function describeDataElement(spec: DataElement, sandbox: Promise<SetupWorker>): void {
  const template = async () => {
    await sandbox;
    const arranged = spec.arrange ? await spec.arrange() : spec.template;
    if (!arranged) throw new Error(`${spec.tag}: give the suite a template or an arrange()`);
    return arranged;
  };
  const mount = async (provider: (content: TemplateResult) => TemplateResult = (content) => html`<rights-provider base-url="" locale="en" .getToken=${getToken}>${content}</rights-provider>`) => {
    const content = await template();
    return (await fixture<RightsProvider>(provider(content))).firstElementChild as HTMLElement;
  };

  describe(`<${spec.tag}>, as every data element`, () => {
    it('shows a skeleton and says it is loading while the platform answers, then what it loaded', async () => {
      const content = await template();
      let answer = () => {};
      const answered = new Promise<void>((resolve) => (answer = resolve));
      (await sandbox).use(
        http.get(spec.path, async () => {
          await answered;
          return undefined;
        }),
      );
      const element = (await fixture<RightsProvider>(html`<rights-provider base-url="" locale="en" .getToken=${getToken}>${content}</rights-provider>`)).firstElementChild!;
      await expect.poll(() => queryDeep(element, '.skeleton').length).toBeGreaterThan(0);
      expect(queryDeep(element, '[part="base"]')[0]?.getAttribute('aria-busy')).toBe('true');
      expect(queryDeep(element, '[role="status"]').some((status) => status.textContent?.trim())).toBe(true);
      await expectAccessible(element);
      answer();
      await expect.poll(() => isLoaded(element, spec)).toBe(true);
      expect(queryDeep(element, '.skeleton')).toHaveLength(0);
      expect(queryDeep(element, '[part="base"]')[0]?.getAttribute('aria-busy')).toBe('false');
    });

    it('offers a retry after the client has retried a failing platform, and recovers', async () => {
      let platformDown = true;
      (await sandbox).use(
        http.get(spec.path, () =>
          platformDown ? HttpResponse.json({ title: 'Oops', status: 503, code: 'internal' }, { status: 503, headers: { 'Content-Type': 'application/problem+json' } }) : undefined,
        ),
      );
      const element = await mount();
      await expect.poll(() => visibleText(element)).toContain(spec.failed.en);
      expect(visibleText(element)).toContain('Please try again in a moment.');
      expect(queryDeep(element, '[role="alert"]')).toHaveLength(1);
      expect(queryDeep(element, '.skeleton')).toHaveLength(0);
      await expectAccessible(element);

      platformDown = false;
      buttonNamed(element, 'Try again')!.click();
      await expect.poll(() => isLoaded(element, spec)).toBe(true);
      expect(queryDeep(element, '[role="alert"]')).toHaveLength(0);
    });

    it("tells the cardholder they are offline when the sandbox drops every request, and loads once the device is back online", async () => {
      const content = await template();
      const offline = createSandbox();
      offline.useScenario('offline');
      (await sandbox).use(...offline.handlers);
      const element = (await fixture<RightsProvider>(html`<rights-provider base-url="" locale="en" .getToken=${getToken}>${content}</rights-provider>`)).firstElementChild!;
      await expect.poll(() => visibleText(element)).toContain("You're offline");
      expect(visibleText(element)).toContain('Check your connection and try again.');
      expect(buttonNamed(element, 'Try again')).toBeDefined();
      await expectAccessible(element);

      (await sandbox).resetHandlers();
      window.dispatchEvent(new Event('online'));
      await expect.poll(() => isLoaded(element, spec)).toBe(true);
    });

    it('tries again when the device came back online while the last attempt was still on its way to failing', async () => {
      let release = () => {};
      const stalled = new Promise<void>((resolve) => (release = resolve));
      let calls = 0;
      (await sandbox).use(
        http.get(spec.path, async () => {
          if (calls++ > 0) return undefined;
          await stalled;
          return HttpResponse.error();
        }),
      );
      const client = createRightsClient({ baseUrl: '', getToken, retry: false });
      const element = await mount((content) => html`<rights-provider locale="en" .client=${client}>${content}</rights-provider>`);
      await expect.poll(() => calls).toBe(1);
      window.dispatchEvent(new Event('online'));
      release();
      await expect.poll(() => isLoaded(element, spec)).toBe(true);
      expect(calls).toBe(2);
    });

    it('shows an error state, never a blank one, outside a provider', async () => {
      const element = await fixture<HTMLElement>(await template());
      await expect.poll(() => visibleText(element)).toContain(spec.failed.source);
      expect(buttonNamed(element, '重试')).toBeDefined();
    });
  });
}
