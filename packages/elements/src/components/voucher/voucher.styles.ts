import { css } from 'lit';
import { buttonStyles, reset, skeletonStyles, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';
import { richTextStyles } from '../benefit-detail/rich-text.styles.js';

// The QR code, the barcode and the presentation are black on white in every theme: scanners read dark
// modules on a light ground, and many cannot read the inverse. They are not themable on purpose.
export const styles = [
  reset,
  buttonStyles,
  skeletonStyles,
  statusStyles,
  richTextStyles,
  css`
    :host {
      display: block;
      --_surface: var(--rights-voucher-surface, ${sys('color-surface')});
      --_radius: var(--rights-voucher-radius, ${sys('radius-medium')});
      --_gap: var(--rights-voucher-gap, ${sys('space-4')});
      --_code-font: var(--rights-voucher-code-font, ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace);
    }
    .base {
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
      padding: ${sys('space-4')};
    }
    .voucher,
    .skeleton-voucher {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
    }
    .header {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: ${sys('space-1')};
    }
    .partner,
    .code-label,
    .validity,
    .hint,
    .copy-hint {
      color: ${sys('color-on-surface-variant')};
      font-size: 0.875rem;
    }
    .title {
      font-size: 1.25rem;
      font-weight: 600;
      line-height: 1.3;
    }
    .title:focus {
      outline: none;
    }
    .badge {
      display: inline-block;
      padding: 0.125rem ${sys('space-2')};
      border-radius: ${sys('radius-full')};
      background: ${sys('color-surface-container')};
      color: ${sys('color-on-surface-variant')};
      border: 1px solid ${sys('color-outline')};
      font-size: 0.8125rem;
      font-weight: 600;
    }
    .code-panel {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: ${sys('space-2')};
      text-align: center;
    }
    .symbol {
      /* Only bounds the drawing's size; the drawing paints its own white ground, quiet zones included. */
      width: min(100%, 15rem);
      forced-color-adjust: none;
    }
    .symbol[data-kind='barcode'] {
      width: min(100%, 26rem);
    }
    .symbol svg {
      display: block;
      margin-inline: auto;
      max-width: 100%;
      height: auto;
      border-radius: ${sys('radius-small')};
    }
    .symbol svg:not([width]) {
      width: 100%;
    }
    .symbol-placeholder {
      aspect-ratio: 1;
      width: 100%;
      border-radius: ${sys('radius-small')};
      background: ${sys('color-surface-container')};
    }
    .symbol[data-kind='barcode'] .symbol-placeholder {
      aspect-ratio: 10 / 3;
    }
    .skeleton.symbol-placeholder {
      width: min(100%, 15rem);
      align-self: center;
    }
    .code {
      font-family: var(--_code-font);
      font-size: 1.125rem;
      font-weight: 600;
      letter-spacing: 0.06em;
      overflow-wrap: anywhere;
      user-select: all;
      -webkit-user-select: all;
    }
    [data-display='text'] .code,
    [data-display='unknown'] .code {
      font-size: 1.75rem;
    }
    /* A code that can no longer be used stays readable for the record, but does not look presentable. */
    [data-status='used'] .code,
    [data-status='expired'] .code,
    [data-status='cancelled'] .code {
      color: ${sys('color-on-surface-variant')};
      text-decoration: line-through;
      font-weight: 400;
    }
    .hint {
      max-width: 26rem;
    }
    .kept {
      align-self: flex-start;
      padding: 0.125rem ${sys('space-2')};
      border-radius: ${sys('radius-full')};
      font-size: 0.75rem;
      background: ${sys('color-warning-container')};
      color: ${sys('color-on-warning-container')};
    }
    .expiry {
      font-weight: 600;
      text-align: center;
    }
    .expiry[data-soon='true'] {
      color: ${sys('color-error')};
    }
    .validity {
      text-align: center;
      margin-top: calc(-1 * var(--_gap) + ${sys('space-1')});
    }
    [data-status='used'] .expiry,
    [data-status='expired'] .expiry,
    [data-status='cancelled'] .expiry {
      font-weight: 400;
      color: ${sys('color-on-surface-variant')};
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: ${sys('space-3')};
    }
    .actions > .button {
      flex: 1 1 9rem;
    }
    .button.secondary {
      background: transparent;
      color: ${sys('color-primary')};
      border: 1px solid ${sys('color-outline')};
    }
    .copy-hint {
      text-align: center;
    }
    .section {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-2')};
      padding-top: ${sys('space-4')};
      border-top: 1px solid ${sys('color-outline')};
    }
    .section-heading {
      font-size: 1rem;
      font-weight: 600;
    }

    /* The presentation: the whole screen, black on white, whatever the theme or a forced palette. */
    .dialog {
      width: 100vw;
      max-width: none;
      height: 100vh;
      height: 100dvh;
      max-height: none;
      margin: 0;
      /* Clear of a notch and the home indicator: the app's insets in a WebView, else the browser's. */
      padding: calc(${sys('space-4')} + var(--rights-safe-area-top, env(safe-area-inset-top, 0px)))
        calc(${sys('space-4')} + var(--rights-safe-area-right, env(safe-area-inset-right, 0px)))
        calc(${sys('space-4')} + var(--rights-safe-area-bottom, env(safe-area-inset-bottom, 0px)))
        calc(${sys('space-4')} + var(--rights-safe-area-left, env(safe-area-inset-left, 0px)));
      border: none;
      background: #fff;
      color: #000;
      color-scheme: light;
      forced-color-adjust: none;
    }
    .dialog::backdrop {
      background: #fff;
    }
    /* Without showModal (before Safari 15.4) the open dialog is pinned over the page by these alone. */
    .dialog:not([open]) {
      display: none;
    }
    .dialog[data-full-screen-fallback='true'] {
      position: fixed;
      inset: 0;
      z-index: 2147483647;
      display: block;
      box-sizing: border-box;
      overflow: auto;
    }
    .dialog-body {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: ${sys('space-4')};
      min-height: 100%;
      text-align: center;
    }
    .dialog-title {
      font-size: 1.25rem;
      font-weight: 700;
    }
    .dialog-subtitle,
    .dialog-hint {
      font-size: 0.9375rem;
    }
    .dialog .symbol {
      width: min(100%, 70vh, 28rem);
    }
    .dialog .symbol svg {
      border-radius: 0;
    }
    .dialog .symbol[data-kind='barcode'] {
      width: 100%;
    }
    .presented-code {
      font-family: var(--_code-font);
      font-size: 2.25rem;
      font-weight: 700;
      letter-spacing: 0.08em;
      overflow-wrap: anywhere;
      user-select: all;
      -webkit-user-select: all;
    }
    .dialog .button {
      background: #000;
      color: #fff;
      min-width: 10rem;
    }
    .dialog :focus-visible {
      outline-color: #000;
    }

    .skeleton.line {
      height: 1em;
    }
    .skeleton.short {
      width: 40%;
    }
    .skeleton.title {
      height: 1.5em;
      width: 70%;
    }
    .skeleton.code-line {
      width: 50%;
      align-self: center;
    }
    .skeleton.button-placeholder {
      height: 2.75rem;
      border-radius: ${sys('radius-full')};
    }
  `,
];
