import { css } from 'lit';
import { buttonStyles, reset, skeletonStyles, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  buttonStyles,
  skeletonStyles,
  statusStyles,
  css`
    :host {
      display: block;
      --_surface: var(--rights-summary-surface, ${sys('color-surface')});
      --_radius: var(--rights-summary-radius, ${sys('radius-medium')});
      --_bar: var(--rights-summary-bar-color, ${sys('color-primary')});
      --_track: var(--rights-summary-track-color, ${sys('color-surface-container')});
      --_fee: var(--rights-summary-fee-color, ${sys('color-on-surface')});
      --_covered: var(--rights-summary-covered-color, ${sys('color-success')});
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-4')};
      padding: ${sys('space-4')};
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
    }
    .header {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
    }
    .title {
      font-size: 0.875rem;
      color: ${sys('color-on-surface-variant')};
    }
    .total {
      font-size: 1.25rem;
      font-weight: 600;
      line-height: 1.35;
      font-variant-numeric: tabular-nums;
    }
    .verdict {
      font-size: 0.875rem;
      color: ${sys('color-on-surface-variant')};
    }
    .verdict[data-covered='true'] {
      color: var(--_covered);
      font-weight: 600;
    }
    svg {
      display: block;
      width: 100%;
      border-radius: ${sys('radius-full')};
    }
    .meter {
      height: 0.75rem;
    }
    .bar {
      height: 0.5rem;
    }
    .track {
      fill: var(--_track);
    }
    .fill {
      fill: var(--_bar);
    }
    /* A halo in the surface colour keeps the mark apart from the bar in either theme. */
    .fee-mark {
      fill: var(--_fee);
      stroke: var(--_surface);
      stroke-width: 3px;
      paint-order: stroke;
      vector-effect: non-scaling-stroke;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: ${sys('space-1')} ${sys('space-4')};
      margin: 0;
      padding: 0;
      list-style: none;
      font-size: 0.8125rem;
      color: ${sys('color-on-surface-variant')};
    }
    .legend li {
      display: inline-flex;
      align-items: center;
      gap: ${sys('space-2')};
    }
    .swatch {
      display: inline-block;
      width: 0.75rem;
      height: 0.75rem;
      border-radius: 0.125rem;
      background: var(--_bar);
    }
    .swatch.fee {
      width: 0.1875rem;
      background: var(--_fee);
    }
    .categories-heading {
      font-weight: 600;
    }
    .categories {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .category {
      display: grid;
      grid-template-columns: 1fr auto;
      gap: ${sys('space-1')} ${sys('space-3')};
      align-items: baseline;
    }
    .category .bar {
      grid-column: 1 / -1;
    }
    .category-value {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
      text-align: end;
    }
    .category-uses {
      font-size: 0.8125rem;
      color: ${sys('color-on-surface-variant')};
      margin-inline-start: ${sys('space-2')};
    }
    .skeleton.line {
      height: 1em;
    }
    .skeleton.total {
      width: 70%;
      height: 1.5em;
    }
    .skeleton.short {
      width: 40%;
    }
    .skeleton.bar {
      height: 0.5rem;
    }
  `,
];
