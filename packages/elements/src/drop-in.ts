/**
 * The drop-in build (`rights-kit.iife.js`): one script tag registers every element, and
 * `window.RightsKit` offers the headless client for hosts that want to hand the provider a ready one.
 */
import './define/all.js';

export { createRightsClient, isRightsError } from '@rights-kit/client';
export { VERSION } from './internal/define.js';
