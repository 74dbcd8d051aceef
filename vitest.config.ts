import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';
import { mswWorker } from './scripts/msw-worker-plugin.js';

// Tests run on the packages' TypeScript sources: no build step between an edit and a test.
const SOURCE = '@rights-kit/source';

// A fresh object per project: vitest writes each project's name into its browser instances.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

// Pre-bundled up front: discovering them mid-run makes Vite reload and flake the first test.
const optimizeDeps = {
  include: ['lit', 'lit/decorators.js', 'lit/directives/repeat.js', 'lit/directives/if-defined.js', 'lit/directive-helpers.js', '@lit/context', '@lit/task', 'ky', 'zod/mini', 'msw', 'msw/browser', 'axe-core'],
};

const projects: TestProjectInlineConfiguration[] = [
  {
    resolve: { conditions: [SOURCE, ...defaultServerConditions] },
    ssr: { resolve: { conditions: [SOURCE, ...defaultServerConditions] } },
    test: {
      name: 'node',
      environment: 'node',
      include: ['packages/{contract,client,mock}/src/**/*.test.ts', 'examples/*/test/**/*.test.ts'],
      setupFiles: ['scripts/test-setup.ts'],
    },
  },
  {
    plugins: [mswWorker()],
    resolve: { conditions: [SOURCE, ...defaultClientConditions] },
    optimizeDeps,
    test: {
      name: 'browser',
      include: ['packages/{elements,webview}/src/**/*.test.ts'],
      setupFiles: ['scripts/test-setup.ts'],
      browser: browser(),
    },
  },
  {
    plugins: [storybookTest({ configDir: '.storybook' })],
    optimizeDeps,
    test: { name: 'storybook', browser: browser() },
  },
];

export default defineConfig({
  test: {
    projects,
    // CI reads its closing line from a JSON report; people read the default reporter.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
