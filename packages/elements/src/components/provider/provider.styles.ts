import { css } from 'lit';
import { reset } from '../../styles/shared.js';
import { sys, themeStyles } from '../../styles/tokens.js';

export const styles = [
  reset,
  themeStyles,
  css`
    :host {
      display: block;
      color: ${sys('color-on-surface')};
    }
  `,
];
