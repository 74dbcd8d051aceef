// A host running this version beside another: every element defined in a scoped registry, and what they
// render resolved there too, against the sandbox. Chromium has scoped registries; iOS 15 to 18 do not,
// where a host keeps each version in its own frame (docs/getting-started.md).
import { RightsBenefitCard, RightsCatalog, RightsHub, defineRightsElements, type RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { afterEach, describe, expect, it } from 'vitest';
import { queryDeep, useSandbox } from './test/fixture.js';

const sandbox = useSandbox();
let host: HTMLElement | undefined;
afterEach(() => host?.remove());

describe('defineRightsElements', () => {
  it('puts every element in the registry it is given, and the page keeps none of them', () => {
    const registry = new CustomElementRegistry();
    defineRightsElements(registry);
    for (const tag of ['rights-provider', 'rights-hub', 'rights-catalog', 'rights-benefit-card', 'rights-benefit-detail', 'rights-wallet', 'rights-voucher', 'rights-cashback', 'rights-summary']) {
      expect(registry.get(tag), tag).toBeDefined();
      expect(customElements.get(tag), tag).toBeUndefined();
    }
    expect(() => defineRightsElements(registry)).not.toThrow();
  });

  it('renders the hub and the elements it renders from the scoped registry, over the sandbox', async () => {
    await sandbox;
    const registry = new CustomElementRegistry();
    defineRightsElements(registry);
    host = document.body.appendChild(document.createElement('div'));
    const root = host.attachShadow({ mode: 'open', customElementRegistry: registry });
    root.innerHTML = '<rights-provider base-url="" locale="en"><rights-hub></rights-hub></rights-provider>';
    const provider = root.querySelector('rights-provider') as RightsProvider;
    provider.getToken = async () => demoToken();
    const hub = root.querySelector('rights-hub')!;
    expect(hub).toBeInstanceOf(RightsHub);
    await expect.poll(() => queryDeep(hub, 'rights-benefit-card').length, { timeout: 10_000 }).toBeGreaterThan(0);
    expect(queryDeep(hub, 'rights-catalog')[0]).toBeInstanceOf(RightsCatalog);
    expect(queryDeep(hub, 'rights-benefit-card').every((card) => card instanceof RightsBenefitCard)).toBe(true);
    expect(queryDeep(hub, '[part="title"]').length).toBeGreaterThan(0);
  });
});
