import { css } from 'lit';
import { sys } from '../../styles/tokens.js';

/** The look of rich text (`renderRichText`), wherever an element shows some: terms, steps, instructions. */
export const richTextStyles = css`
  .rich-text {
    line-height: 1.6;
  }
  .rich-text > * + * {
    margin-top: ${sys('space-2')};
  }
  .rich-text ul,
  .rich-text ol {
    margin-block: 0;
    padding-inline-start: 1.25rem;
  }
  .rich-heading {
    font-weight: 600;
  }
  .rich-text a {
    color: ${sys('color-primary')};
    text-underline-offset: 0.15em;
  }
  .rich-text .newer {
    color: ${sys('color-on-surface-variant')};
    font-style: italic;
  }
`;
