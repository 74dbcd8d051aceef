import { RightsCatalog } from '../components/catalog/catalog.js';
import { defineElement } from '../internal/define.js';
// The catalogue renders benefit cards.
import './benefit-card.js';

defineElement('rights-catalog', RightsCatalog);

declare global {
  interface HTMLElementTagNameMap {
    'rights-catalog': RightsCatalog;
  }
}
