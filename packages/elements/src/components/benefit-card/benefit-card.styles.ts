import { css } from 'lit';
import { coverActionStyles, mediaStyles, reset } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';

export const styles = [
  reset,
  mediaStyles,
  coverActionStyles,
  css`
    :host {
      display: block;
      --_surface: var(--rights-card-surface, ${sys('color-surface')});
      --_radius: var(--rights-card-radius, ${sys('radius-medium')});
    }
    article {
      position: relative;
      height: 100%;
      display: flex;
      flex-direction: column;
      overflow: hidden;
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
      box-shadow: ${sys('elevation-1')};
    }
    .body {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
      padding: ${sys('space-3')} ${sys('space-4')} ${sys('space-4')};
    }
    .partner,
    .subtitle,
    .validity {
      font-size: 0.8125rem;
      color: ${sys('color-on-surface-variant')};
    }
    .title {
      font-size: 1.0625rem;
      font-weight: 600;
      line-height: 1.35;
    }
    :host([interactive]) article:active {
      transform: scale(0.99);
    }
    .value {
      font-weight: 600;
      color: ${sys('color-primary')};
    }
    .badge {
      align-self: flex-start;
      padding: 0.125rem ${sys('space-2')};
      border-radius: ${sys('radius-full')};
      font-size: 0.75rem;
      font-weight: 600;
      background: ${sys('color-primary-container')};
      color: ${sys('color-on-primary-container')};
    }
    .badge.status,
    .badge[data-exhausted='true'] {
      background: ${sys('color-surface-container')};
      color: ${sys('color-on-surface-variant')};
    }
  `,
];
