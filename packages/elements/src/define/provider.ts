import { RightsProvider } from '../components/provider/provider.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-provider', RightsProvider);

declare global {
  interface HTMLElementTagNameMap {
    'rights-provider': RightsProvider;
  }
}
