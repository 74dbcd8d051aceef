import { css } from 'lit';
import { buttonStyles, reset, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  buttonStyles,
  statusStyles,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    .tabs,
    .bar {
      position: sticky;
      top: var(--rights-hub-sticky-top, var(--rights-safe-area-top, 0px));
      z-index: 1;
      display: flex;
      margin-bottom: ${sys('space-4')};
      background: var(--rights-hub-surface, ${sys('color-surface')});
      border-bottom: 1px solid ${sys('color-outline')};
    }
    .tabs {
      overflow-x: auto;
      scrollbar-width: none;
    }
    .tab,
    .back {
      flex: 1 0 auto;
      min-height: 3rem;
      padding: 0 ${sys('space-3')};
      border: 0;
      border-bottom: 3px solid transparent;
      background: none;
      color: ${sys('color-on-surface-variant')};
      font: inherit;
      cursor: pointer;
    }
    .tab[aria-selected='true'] {
      border-bottom-color: ${sys('color-primary')};
      color: ${sys('color-on-surface')};
      font-weight: 600;
    }
    .back {
      flex: none;
      color: ${sys('color-on-surface')};
    }
    .tab:focus-visible,
    .back:focus-visible {
      outline: 2px solid ${sys('color-primary')};
      outline-offset: -2px;
    }
  `,
];
