import { RightsVoucher } from '../components/voucher/voucher.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-voucher', RightsVoucher);

declare global {
  interface HTMLElementTagNameMap {
    'rights-voucher': RightsVoucher;
  }
}
