import { RightsWallet } from '../components/wallet/wallet.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-wallet', RightsWallet);

declare global {
  interface HTMLElementTagNameMap {
    'rights-wallet': RightsWallet;
  }
}
