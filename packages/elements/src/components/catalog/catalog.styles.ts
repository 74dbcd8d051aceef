import { css } from 'lit';
import { buttonStyles, chipStyles, reset, skeletonStyles, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  buttonStyles,
  skeletonStyles,
  statusStyles,
  chipStyles,
  css`
    :host {
      display: block;
      --_columns-min: var(--rights-catalog-columns-min, 16rem);
    }
    .filters {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-3')};
      margin-bottom: ${sys('space-4')};
    }
    .search {
      min-height: 2.75rem;
      padding: 0 ${sys('space-4')};
      border: 1px solid ${sys('color-outline')};
      border-radius: ${sys('radius-full')};
      background: ${sys('color-surface')};
      color: inherit;
      font: inherit;
    }
    .chips {
      display: flex;
      gap: ${sys('space-2')};
      overflow-x: auto;
      scrollbar-width: none;
      padding-block: 2px;
    }
    .count {
      font-size: 0.75rem;
      color: inherit;
      opacity: 0.8;
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
    .sentinel {
      min-height: 1px;
    }
    .more-error {
      padding-block: ${sys('space-4')};
    }
  `,
];
