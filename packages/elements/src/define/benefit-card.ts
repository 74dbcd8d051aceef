import { RightsBenefitCard } from '../components/benefit-card/benefit-card.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-benefit-card', RightsBenefitCard);

declare global {
  interface HTMLElementTagNameMap {
    'rights-benefit-card': RightsBenefitCard;
  }
}
