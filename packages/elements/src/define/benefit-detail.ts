import { RightsBenefitDetail } from '../components/benefit-detail/benefit-detail.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-benefit-detail', RightsBenefitDetail);

declare global {
  interface HTMLElementTagNameMap {
    'rights-benefit-detail': RightsBenefitDetail;
  }
}
