import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { StorybookConfig } from '@storybook/web-components-vite';
import { mergeConfig } from 'vite';
import { mswWorker } from '../scripts/msw-worker-plugin.js';
import { PREBUNDLED, SOURCE_CONDITIONS } from '../scripts/vite-shared.js';

/*
 * The component docs read packages/elements/custom-elements.json, which `npm run build` generates (CI builds
 * before it builds Storybook). A fresh checkout running `npm run storybook` straight away has none yet:
 * generate it here, it takes about a second. The elements' own script does it, so there is one recipe.
 */
const root = fileURLToPath(new URL('..', import.meta.url));
if (!existsSync(`${root}packages/elements/custom-elements.json`)) {
  try {
    execFileSync('npm', ['run', 'manifest', '--silent', '-w', '@rights-kit/elements'], { cwd: root, stdio: 'inherit' });
  } catch (error) {
    // preview.ts shows the stories without the docs tables, and says why.
    console.warn(`Could not generate custom-elements.json: ${String(error)}`);
  }
}

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.ts', '../packages/elements/stories/*.stories.ts'],
  // msw-storybook-addon is set up in preview.ts rather than listed here: its default registers the
  // worker at the server root, which breaks a build published under a sub-path.
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
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
