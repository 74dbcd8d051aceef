import { RightsCashback } from '../components/cashback/cashback.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-cashback', RightsCashback);

declare global {
  interface HTMLElementTagNameMap {
    'rights-cashback': RightsCashback;
  }
}
