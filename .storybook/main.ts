import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { mswWorker } from '../scripts/msw-worker-plugin.js';
import { PREBUNDLED, SOURCE_CONDITIONS } from '../scripts/vite-shared.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../packages/elements/src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest', 'msw-storybook-addon'],
  core: { disableTelemetry: true },
  viteFinal: (viteConfig) =>
    mergeConfig(viteConfig, {
      // Stories render the packages' sources, like the tests, so designers never wait for a build.
      resolve: { conditions: SOURCE_CONDITIONS },
      optimizeDeps: { include: PREBUNDLED },
      plugins: [mswWorker()],
    }),
};

export default config;
