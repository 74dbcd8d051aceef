import { css } from 'lit';
import { sys } from './tokens.js';

/**
 * First in every element's `static styles`: a predictable box model and the system's type. Text
 * properties inherit through shadow roots, so what a host page sets on all its elements (`* {
 * letter-spacing: … }`) is set back here; the font size is left alone, for the host's text size to carry.
 */
export const reset = css`
  :host {
    box-sizing: border-box;
    font-family: ${sys('font-family')};
    font-style: normal;
    font-weight: 400;
    line-height: 1.5;
    letter-spacing: normal;
    word-spacing: normal;
    text-align: start;
    text-indent: 0;
    text-transform: none;
    white-space: normal;
    color: ${sys('color-on-surface')};
    -webkit-tap-highlight-color: transparent;
  }
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  p {
    margin: 0;
  }
  :focus-visible {
    outline: 2px solid ${sys('color-primary')};
    outline-offset: 2px;
  }
  /* The system's setting, or the app's: a WebView host (or a page) sets --rights-motion: reduce. */
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  @container style(--rights-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

/** The button look shared by every element; at least 44×44 CSS px, the smallest comfortable touch target. */
export const buttonStyles = css`
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: ${sys('space-2')};
    min-width: 2.75rem;
    min-height: 2.75rem;
    padding: 0 ${sys('space-4')};
    border: none;
    border-radius: ${sys('radius-full')};
    background: ${sys('color-primary')};
    color: ${sys('color-on-primary')};
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  .button:disabled {
    opacity: 0.5;
    cursor: default;
  }
`;

/** Loading placeholders that keep the layout of what they stand for. */
export const skeletonStyles = css`
  .skeleton {
    background: ${sys('color-surface-container')};
    border-radius: ${sys('radius-small')};
    animation: rights-pulse 1.2s ease-in-out infinite alternate;
  }
  @keyframes rights-pulse {
    to {
      opacity: 0.55;
    }
  }
`;

/** The empty, error and offline panels every data-driven element shows in place of its content. */
export const statusStyles = css`
  .status {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: ${sys('space-2')};
    padding: ${sys('space-6')} ${sys('space-4')};
    text-align: center;
    color: ${sys('color-on-surface-variant')};
  }
  .status-title {
    font-weight: 600;
    color: ${sys('color-on-surface')};
  }
`;

/**
 * A picture in a fixed 16:9 frame (a late image never shifts the layout), greyed out when the benefit
 * cannot be taken.
 */
export const mediaStyles = css`
  .media {
    aspect-ratio: 16 / 9;
    background: ${sys('color-surface-container')};
  }
  img {
    display: block;
    width: 100%;
    height: 100%;
    object-fit: cover;
  }
  [data-availability='sold_out'] .media,
  [data-availability='expired'] .media,
  [data-availability='not_eligible'] .media,
  [data-kind='unknown'] .media {
    filter: grayscale(1);
    opacity: 0.6;
  }
`;

/** Filter chips: a pill each, pressed (`aria-pressed="true"`) in the brand's container colour. */
export const chipStyles = css`
  .chip {
    flex: none;
    display: inline-flex;
    align-items: center;
    gap: ${sys('space-1')};
    min-height: 2.75rem;
    padding: 0 ${sys('space-3')};
    border: 1px solid ${sys('color-outline')};
    border-radius: ${sys('radius-full')};
    background: ${sys('color-surface')};
    color: ${sys('color-on-surface')};
    font: inherit;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border-color: ${sys('color-primary')};
    background: ${sys('color-primary-container')};
    color: ${sys('color-on-primary-container')};
    font-weight: 600;
  }
`;

/**
 * A title's button (`.action`) that covers its whole card or row, positioned relative to it: one large
 * touch target, named by the title, with the focus ring drawn around the card.
 */
export const coverActionStyles = css`
  .action {
    all: unset;
    cursor: pointer;
  }
  .action::after {
    content: '';
    position: absolute;
    inset: 0;
    border-radius: var(--_radius);
  }
  .action:focus-visible {
    outline: none;
  }
  .action:focus-visible::after {
    outline: 2px solid ${sys('color-primary')};
    outline-offset: 2px;
  }
`;
