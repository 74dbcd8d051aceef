import { css } from 'lit';
import { buttonStyles, reset, skeletonStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  buttonStyles,
  skeletonStyles,
  css`
    :host {
      display: block;
      --_columns-min: var(--rights-catalog-columns-min, 16rem);
    }
    .list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_columns-min)), 1fr));
      gap: ${sys('space-4')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .skeleton-card {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-2')};
    }
    .skeleton.media {
      aspect-ratio: 16 / 9;
    }
    .skeleton.line {
      height: 1em;
    }
    .skeleton.short {
      width: 60%;
    }
    .status {
      display: flex;
      flex-direction: column;
      align-items: center;
      gap: ${sys('space-2')};
      padding: ${sys('space-6')} ${sys('space-4')};
      text-align: center;
      color: ${sys('color-on-surface-variant')};
    }
    .status p {
      margin: 0;
    }
    .sentinel {
      min-height: 1px;
    }
    .more-error {
      padding-block: ${sys('space-4')};
    }
    .status-title {
      font-weight: 600;
      color: ${sys('color-on-surface')};
    }
  `,
];
