import { css } from 'lit';
import { buttonStyles, mediaStyles, reset, skeletonStyles, statusStyles } from '../../styles/shared.js';
import { sys } from '../../styles/tokens.js';
import { richTextStyles } from './rich-text.styles.js';

export const styles = [
  reset,
  mediaStyles,
  buttonStyles,
  skeletonStyles,
  statusStyles,
  richTextStyles,
  css`
    :host {
      display: block;
      --_surface: var(--rights-detail-surface, ${sys('color-surface')});
      --_radius: var(--rights-detail-radius, ${sys('radius-medium')});
      --_gap: var(--rights-detail-gap, ${sys('space-6')});
      --_code-font: var(--rights-detail-code-font, ui-monospace, 'SF Mono', Menlo, Consolas, 'Liberation Mono', monospace);
    }
    .base {
      background: var(--_surface);
      border: 1px solid ${sys('color-outline')};
      border-radius: var(--_radius);
      overflow: hidden;
    }
    article {
      display: flex;
      flex-direction: column;
      gap: var(--_gap);
      padding-bottom: ${sys('space-6')};
    }
    article > :not(.media) {
      margin-inline: ${sys('space-4')};
    }
    .header {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
    }
    .partner,
    .subtitle,
    .muted,
    dt,
    .help,
    .required-hint,
    .field-note {
      color: ${sys('color-on-surface-variant')};
    }
    .partner,
    .subtitle {
      font-size: 0.875rem;
    }
    .title {
      font-size: 1.375rem;
      font-weight: 600;
      line-height: 1.3;
    }
    .title:focus {
      outline: none;
    }
    .share {
      align-self: flex-start;
      margin-top: ${sys('space-2')};
    }
    .facts {
      display: grid;
      gap: ${sys('space-2')};
      margin: 0;
    }
    .facts > div {
      display: grid;
      grid-template-columns: minmax(5rem, auto) 1fr;
      gap: ${sys('space-3')};
    }
    dt {
      font-size: 0.875rem;
    }
    dd {
      margin: 0;
    }
    .value {
      font-weight: 600;
      color: ${sys('color-primary')};
    }
    .section {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-2')};
    }
    .section-heading,
    .confirm-heading,
    .result-heading {
      font-size: 1.0625rem;
      font-weight: 600;
    }
    .result-heading:focus {
      outline: none;
    }
    a {
      color: ${sys('color-primary')};
      text-underline-offset: 0.15em;
    }
    .locations {
      display: grid;
      gap: ${sys('space-3')};
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .location {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
      padding: ${sys('space-3')};
      border-radius: ${sys('radius-small')};
      background: ${sys('color-surface-container')};
      font-size: 0.9375rem;
    }
    .location-name {
      font-weight: 600;
    }
    .tel {
      /* A phone link is a touch target too. */
      display: inline-flex;
      align-items: center;
      min-height: 2.75rem;
    }
    .rule {
      display: grid;
      gap: ${sys('space-1')};
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .rule-rate {
      font-weight: 600;
    }
    .action {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-4')};
    }
    .button.action {
      align-self: stretch;
    }
    .button.secondary {
      background: transparent;
      color: ${sys('color-primary')};
      border: 1px solid ${sys('color-outline')};
    }
    .buttons {
      display: flex;
      flex-wrap: wrap;
      gap: ${sys('space-3')};
    }
    .buttons > .button {
      flex: 1 1 8rem;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: none;
      min-width: 0;
    }
    legend {
      padding: 0;
      margin-bottom: ${sys('space-2')};
      font-weight: 600;
    }
    .card-picker {
      display: grid;
      gap: ${sys('space-2')};
    }
    .card-option,
    .slot {
      display: flex;
      align-items: center;
      gap: ${sys('space-3')};
      min-height: 2.75rem;
      padding: ${sys('space-2')} ${sys('space-3')};
      border: 1px solid ${sys('color-outline')};
      border-radius: ${sys('radius-small')};
      cursor: pointer;
    }
    /* Marked by state rather than :has(input:checked), which engines before Safari 15.4 and Chrome 105 drop. */
    .card-option[data-selected='true'],
    .slot[data-selected='true'] {
      border-color: ${sys('color-primary')};
      background: ${sys('color-primary-container')};
      color: ${sys('color-on-primary-container')};
    }
    .card-option[data-selected='true'] .muted {
      color: inherit;
    }
    .card-option-text {
      display: flex;
      flex-direction: column;
    }
    input[type='radio'] {
      /* 24 CSS px: WCAG 2.2's minimum target, inside a label that makes the whole 44px row a target. */
      width: 1.5rem;
      height: 1.5rem;
      margin: 0;
      flex: none;
      accent-color: ${sys('color-primary')};
    }
    .card-line {
      font-weight: 600;
    }
    .notice,
    .confirm,
    .error,
    .result {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-2')};
      padding: ${sys('space-4')};
      border-radius: var(--_radius);
    }
    .notice {
      background: ${sys('color-warning-container')};
      color: ${sys('color-on-warning-container')};
    }
    .notice-title,
    .error-title {
      font-weight: 600;
    }
    .error-title:focus {
      outline: none;
    }
    .reasons {
      margin: 0;
      padding-inline-start: 1.25rem;
    }
    .confirm,
    .result {
      background: ${sys('color-surface-container')};
      border: 1px solid ${sys('color-outline')};
    }
    .error {
      border: 1px solid ${sys('color-error')};
      color: ${sys('color-on-surface')};
    }
    .error-title {
      color: ${sys('color-error')};
    }
    .error .button {
      align-self: flex-start;
    }
    .code-label {
      font-size: 0.875rem;
      color: ${sys('color-on-surface-variant')};
    }
    .code {
      font-family: var(--_code-font);
      font-size: 1.75rem;
      font-weight: 600;
      letter-spacing: 0.08em;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .result .button.secondary {
      align-self: flex-start;
    }
    .form {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-4')};
    }
    .required-hint,
    .help,
    .field-note {
      font-size: 0.875rem;
    }
    /* A field's help and its fully booked dates, one to a line. */
    .help {
      white-space: pre-line;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-1')};
    }
    label[part~='label'] {
      font-weight: 600;
    }
    .required {
      color: ${sys('color-error')};
    }
    input:not([type='radio']),
    select {
      min-height: 2.75rem;
      padding: 0 ${sys('space-3')};
      border: 1px solid ${sys('color-outline')};
      border-radius: ${sys('radius-small')};
      background: ${sys('color-surface')};
      color: ${sys('color-on-surface')};
      font: inherit;
    }
    input.number {
      max-width: 8rem;
    }
    [data-invalid='true'] input:not([type='radio']),
    [data-invalid='true'] select {
      border-color: ${sys('color-error')};
      border-width: 2px;
    }
    .field-error {
      font-size: 0.875rem;
      font-weight: 600;
      color: ${sys('color-error')};
    }
    .slot-list {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
      gap: ${sys('space-2')};
    }
    .slot[data-available='false'] {
      cursor: default;
      color: ${sys('color-on-surface-variant')};
      border-style: dashed;
    }
    .skeleton-detail {
      display: flex;
      flex-direction: column;
      gap: ${sys('space-3')};
      padding-bottom: ${sys('space-6')};
    }
    .skeleton-detail > :not(.media) {
      margin-inline: ${sys('space-4')};
    }
    .skeleton.media {
      aspect-ratio: 16 / 9;
      border-radius: 0;
    }
    .skeleton.line {
      height: 1em;
    }
    .skeleton.title {
      height: 1.5em;
      width: 80%;
    }
    .skeleton.short {
      width: 40%;
    }
    .skeleton.button-placeholder {
      height: 2.75rem;
      border-radius: ${sys('radius-full')};
    }
  `,
];
