// A tab whose elements cannot be loaded (offline on its first use) says so and offers a retry.
import type { RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { describe, expect, it } from 'vitest';
import '../../define/all.js';
import { expectAccessible, fixture, queryDeep, useSandbox, visibleText } from '../../test/fixture.js';
import { RightsHub } from './hub.js';

const sandbox = useSandbox();

/** A hub on a device whose network drops before the wallet's chunk arrives, until `reachable`. */
class OfflineHub extends RightsHub {
  static reachable = false;
  protected override loadView(view: Parameters<RightsHub['loadView']>[0]): Promise<unknown> {
    return view === 'wallet' && !OfflineHub.reachable ? Promise.reject(new TypeError('Failed to fetch dynamically imported module')) : super.loadView(view);
  }
}
customElements.define('offline-hub', OfflineHub);

describe('<rights-hub> loading its views', () => {
  it('says a tab could not be loaded, and loads it on retry', async () => {
    await sandbox;
    const provider = await fixture<RightsProvider>(html`
      <rights-provider base-url="" locale="en" .getToken=${async () => demoToken()}><offline-hub tab="wallet"></offline-hub></rights-provider>
    `);
    const hub = provider.querySelector<OfflineHub>('offline-hub')!;
    await expect.poll(() => visibleText(hub)).toContain("Benefits couldn't be loaded");
    expect(queryDeep(hub, 'rights-wallet')).toHaveLength(0);
    await expectAccessible(hub);
    OfflineHub.reachable = true;
    queryDeep<HTMLButtonElement>(hub, '[part="retry"]')[0]!.click();
    await expect.poll(() => queryDeep(hub, 'rights-wallet').length).toBe(1);
  });
});
