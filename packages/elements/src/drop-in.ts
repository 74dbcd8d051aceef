/**
 * The drop-in build (`rights-kit.iife.js`): one script tag registers the provider, the catalogue, the
 * benefit card and the benefit detail, and `window.RightsKit` offers the headless client for hosts that
 * want to hand the provider a ready one. Every byte here lands on a cardholder's phone on first load, so
 * the drop-in holds what its size budget (`.size-limit.json`) can carry; the other elements are
 * registered from the ESM build (`@rights-kit/elements/define/<element>`).
 */
import './define/provider.js';
import './define/catalog.js';
import './define/benefit-card.js';
import './define/benefit-detail.js';

export { createRightsClient, isRightsError } from '@rights-kit/client';
export { VERSION } from './internal/define.js';
