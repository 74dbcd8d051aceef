// A bank app that shows the hub, leaves it and comes back: the provider (and its client) stay, the hub
// is created and removed each time.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/hub';
import { signInDemoMember } from './session.js';

const provider = document.querySelector('rights-provider');
signInDemoMember(provider);

/** Mounts a hub, waits until its first card is painted, and removes it; `times` over. */
window.rightsBenchMountCycles = async (/** @type {number} */ times) => {
  for (let cycle = 0; cycle < times; cycle++) {
    const hub = document.createElement('rights-hub');
    provider?.append(hub);
    if (!hub.shadowRoot) throw new Error('<rights-hub> did not render.');
    await window.rightsBench.whenCardPainted(hub.shadowRoot);
    hub.remove();
  }
};
