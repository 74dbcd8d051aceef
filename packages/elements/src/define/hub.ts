import { RightsHub } from '../components/hub/hub.js';
import { defineElement } from '../internal/define.js';
// The catalogue is the hub's first screen: loaded with it, not after it, so its request starts at once.
// The other tabs and screens load when first shown.
import './catalog.js';

defineElement('rights-hub', RightsHub);

declare global {
  interface HTMLElementTagNameMap {
    'rights-hub': RightsHub;
  }
}
