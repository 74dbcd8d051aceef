import { css } from 'lit';
import { buttonStyles, chipStyles, coverActionStyles, mediaStyles, reset, skeletonStyles, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  buttonStyles,
  mediaStyles,
  skeletonStyles,
  statusStyles,
  chipStyles,
  coverActionStyles,
  css`
    :host {
      display: block;
      --_surface: var(--rights-wallet-surface, ${sys('color-surface')});
      --_radius: var(--rights-wallet-radius, ${sys('radius-medium')});
      --_gap: var(--rights-wallet-gap, ${sys('space-3')});
      --_urgent: var(--rights-wallet-urgent, ${sys('color-error')});
    }
    .toolbar {
      display: flex;
      align-items: center;
      gap: ${sys('space-2')};
      margin-bottom: ${sys('space-4')};
    }
    .filters {
      flex: 1;
      min-width: 0;
      display: flex;
      gap: ${sys('space-2')};
      overflow-x: auto;
      scrollbar-width: none;
      padding: 2px;
    }
    /* On the surface colour, like the chips, so it reads on whatever page the host puts the wallet. */
    .button.secondary {
      flex: none;
      background: ${sys('color-surface')};
      color: ${sys('color-primary')};
      border: 1px solid ${sys('color-outline')};
    }
    .button[aria-disabled='true'] {
      cursor: default;
    }
    .list {
      display: grid;
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .item {
      position: relative;
      display: flex;
      gap: ${sys('space-3')};
      padding: ${sys('space-3')};
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
      box-shadow: ${sys('elevation-1')};
    }
    .item:active {
      transform: scale(0.995);
    }
    .media {
      flex: none;
      align-self: flex-start;
      width: 5.5rem;
      overflow: hidden;
      border-radius: ${sys('radius-small')};
    }
    .item:not([data-status='active']) .media {
      filter: grayscale(1);
      opacity: 0.6;
    }
    .body {
      flex: 1;
      min-width: 0;
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
    }
    .partner,
    .meta,
    .validity {
      font-size: 0.8125rem;
      color: ${sys('color-on-surface-variant')};
    }
    .meta,
    .badges {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${sys('space-1')} ${sys('space-2')};
    }
    .confirmation {
      font-size: 0.8125rem;
    }
    .confirmation .code {
      font-family: ui-monospace, 'SF Mono', Menlo, monospace;
      font-weight: 600;
      letter-spacing: 0.05em;
    }
    .title {
      font-size: 1rem;
      font-weight: 600;
      line-height: 1.35;
      overflow-wrap: anywhere;
    }
    .badge {
      padding: 0.125rem ${sys('space-2')};
      border-radius: ${sys('radius-full')};
      font-size: 0.75rem;
      font-weight: 600;
      background: ${sys('color-surface-container')};
      color: ${sys('color-on-surface-variant')};
    }
    .badge.expiry {
      background: ${sys('color-warning-container')};
      color: ${sys('color-on-warning-container')};
    }
    .badge.expiry[data-urgent='true'] {
      background: transparent;
      color: var(--_urgent);
      box-shadow: inset 0 0 0 1px currentColor;
    }
    /* Above the row's covering button, so it takes its own taps. */
    .reminder {
      position: relative;
      z-index: 1;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: ${sys('space-2')};
      margin-top: ${sys('space-1')};
    }
    .reminder-error {
      font-size: 0.8125rem;
      color: ${sys('color-error')};
    }
    .more {
      display: flex;
      justify-content: center;
      padding-top: ${sys('space-4')};
    }
    .kept {
      margin: 0 0 ${sys('space-3')};
      color: ${sys('color-on-surface-variant')};
    }
    .notice {
      margin-bottom: ${sys('space-4')};
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
    }
    .skeleton-row {
      display: flex;
      gap: ${sys('space-3')};
      padding: ${sys('space-3')};
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
    }
    .skeleton.media {
      height: auto;
    }
    .skeleton-lines {
      flex: 1;
      display: flex;
      flex-direction: column;
      gap: ${sys('space-2')};
    }
    .skeleton.line {
      height: 1em;
    }
    .skeleton.short {
      width: 40%;
    }
  `,
];
