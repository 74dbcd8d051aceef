import type { Preview } from '@storybook/web-components-vite';
import { createHandlers } from '@rights-kit/mock';
import '@rights-kit/elements/define/all';

const preview: Preview = {
  tags: ['autodocs'],
  // Every story talks to the sandbox: the same handlers the tests and the demo server use.
  beforeEach({ msw }) {
    msw.use(...createHandlers());
  },
  parameters: {
    a11y: {
      // Accessibility violations fail the story's test.
      test: 'error',
      // Page-level rules do not apply to an element embedded in someone else's page.
      config: {
        rules: [
          { id: 'region', enabled: false },
          { id: 'page-has-heading-one', enabled: false },
          { id: 'landmark-one-main', enabled: false },
        ],
      },
    },
    layout: 'padded',
  },
};

export default preview;
