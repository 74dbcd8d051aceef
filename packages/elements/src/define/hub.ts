import { RightsHub } from '../components/hub/hub.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-hub', RightsHub);

declare global {
  interface HTMLElementTagNameMap {
    'rights-hub': RightsHub;
  }
}
