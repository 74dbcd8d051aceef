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
      --_surface: var(--rights-cashback-surface, ${sys('color-surface')});
      --_radius: var(--rights-cashback-radius, ${sys('radius-medium')});
      --_progress: var(--rights-cashback-progress-color, ${sys('color-primary')});
      --_track: var(--rights-cashback-track-color, ${sys('color-surface-container')});
    }
    .list {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-4')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .campaign {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-3')};
      padding: ${sys('space-4')};
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
      box-shadow: ${sys('elevation-1')};
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      justify-content: space-between;
      gap: ${sys('space-2')};
    }
    .title {
      font-size: 1.0625rem;
      font-weight: 600;
      line-height: 1.35;
    }
    .badge {
      padding: 0.125rem ${sys('space-2')};
      border-radius: ${sys('radius-full')};
      font-size: 0.75rem;
      font-weight: 600;
      background: ${sys('color-primary-container')};
      color: ${sys('color-on-primary-container')};
    }
    [data-status='not_enrolled'] .badge,
    [data-status='ended'] .badge {
      background: ${sys('color-surface-container')};
      color: ${sys('color-on-surface-variant')};
    }
    .dates,
    .meter-figures,
    .hint,
    dt {
      font-size: 0.875rem;
      color: ${sys('color-on-surface-variant')};
    }
    .meter {
      display: grid;
      gap: ${sys('space-1')};
    }
    .meter-label {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: ${sys('space-2')};
      font-size: 0.875rem;
      font-weight: 600;
    }
    .meter-figures {
      font-weight: 400;
    }
    progress {
      appearance: none;
      display: block;
      width: 100%;
      height: 0.5rem;
      border: none;
      border-radius: ${sys('radius-full')};
      overflow: hidden;
      background: var(--_track);
    }
    progress::-webkit-progress-bar {
      background: var(--_track);
    }
    progress::-webkit-progress-value {
      background: var(--_progress);
      border-radius: ${sys('radius-full')};
    }
    progress::-moz-progress-bar {
      background: var(--_progress);
      border-radius: ${sys('radius-full')};
    }
    .meter-note {
      font-size: 0.875rem;
    }
    .amounts {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
      gap: ${sys('space-3')};
      margin: 0;
    }
    dd {
      margin: 0;
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    /* Stays a list item, so the disclosure triangle shows; the padding makes it a full touch target. */
    .conversions summary {
      min-height: 2.75rem;
      padding-block: 0.625rem;
      color: ${sys('color-primary')};
      font-weight: 600;
      cursor: pointer;
    }
    .conversions ul {
      margin: ${sys('space-2')} 0 0;
      padding-inline-start: 1.25rem;
      display: grid;
      gap: ${sys('space-1')};
      font-variant-numeric: tabular-nums;
    }
    .button {
      align-self: flex-start;
    }
    .button.secondary {
      background: transparent;
      color: ${sys('color-primary')};
      border: 1px solid ${sys('color-outline')};
    }
    .skeleton.title {
      width: 50%;
      height: 1.25em;
    }
    .skeleton.line {
      height: 1em;
    }
    .skeleton.bar {
      height: 0.5rem;
    }
  `,
];
