import { RightsSummary } from '../components/summary/summary.js';
import { defineElement } from '../internal/define.js';

defineElement('rights-summary', RightsSummary);

declare global {
  interface HTMLElementTagNameMap {
    'rights-summary': RightsSummary;
  }
}
