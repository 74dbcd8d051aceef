import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import type { Plugin } from 'vite';
import { configDefaults, defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './scripts/chromium.js';
import { mswWorker } from './scripts/msw-worker-plugin.js';
import { PREBUNDLED, SERVER_SOURCE_CONDITIONS, SOURCE_CONDITIONS } from './scripts/vite-shared.js';

// A fresh object per project: vitest writes each project's name into its browser instances.
const browser = () => ({
  enabled: true,
  headless: true,
  provider: playwright({ launchOptions: { executablePath: chromiumPath(), args: CHROMIUM_ARGS } }),
  instances: [{ browser: 'chromium' as const }],
  screenshotFailures: false,
});

const optimizeDeps = { include: PREBUNDLED };

/**
 * The Storybook plugin puts every project on one configDir in the same Vite cache; a second project
 * running beside the first gets its own, so the two never pre-bundle into one folder at once.
 */
const ownCacheDir = (name: string): Plugin => ({
  name: 'own-cache-dir',
  enforce: 'post',
  config: () => ({ cacheDir: `node_modules/.cache/${name}` }),
});

/** The journey through the elements on an engine without the newer features: only that project runs it. */
const OLDER_ENGINES_ONLY = 'packages/elements/src/test/older-engines.test.ts';
const OLDER_ENGINE_TESTS = [OLDER_ENGINES_ONLY, 'packages/elements/src/components/**/*.test.ts'];
/** The symbol encoders' tests check pure functions with fast-check, which itself needs Object.hasOwn. */
const ENGINE_INDEPENDENT = ['packages/elements/src/components/voucher/{code128,symbol}.test.ts'];

const projects: TestProjectInlineConfiguration[] = [
  {
    resolve: { conditions: SERVER_SOURCE_CONDITIONS },
    ssr: { resolve: { conditions: SERVER_SOURCE_CONDITIONS } },
    test: {
      name: 'node',
      environment: 'node',
      include: ['packages/{contract,client,mock,server}/src/**/*.test.ts', 'packages/elements/manifest/**/*.test.ts', 'examples/*/test/**/*.test.ts', 'scripts/**/*.test.ts', 'bench/**/*.test.ts', 'docs/**/*.test.ts'],
      setupFiles: ['scripts/test-setup.ts'],
      globalSetup: ['scripts/global-setup-node.ts'],
    },
  },
  {
    plugins: [mswWorker()],
    resolve: { conditions: SOURCE_CONDITIONS },
    optimizeDeps,
    test: {
      name: 'browser',
      include: ['packages/{elements,webview}/src/**/*.test.ts'],
      exclude: [OLDER_ENGINES_ONLY],
      setupFiles: ['scripts/test-setup.ts'],
      // A round trip through the in-page sandbox can take over a second on a busy two-core runner.
      expect: { poll: { timeout: 5_000 } },
      browser: browser(),
    },
  },
  {
    // The same Chromium with what the matrix's oldest engines lack removed before any SDK code loads
    // (scripts/older-engines.js): the elements' journey, and the tests of each element it passes through.
    plugins: [mswWorker()],
    resolve: { conditions: SOURCE_CONDITIONS },
    optimizeDeps,
    test: {
      name: 'older-engines',
      include: OLDER_ENGINE_TESTS,
      exclude: [...configDefaults.exclude, ...ENGINE_INDEPENDENT],
      setupFiles: ['scripts/older-engines-setup.ts', 'scripts/test-setup.ts'],
      expect: { poll: { timeout: 5_000 } },
      browser: browser(),
    },
  },
  {
    plugins: [storybookTest({ configDir: '.storybook' })],
    optimizeDeps,
    test: { name: 'storybook', browser: browser() },
  },
  {
    // Every story again as a cardholder with large text sees it: the small phone at the toolbar's largest
    // text size (.storybook/environment.ts names both). Content that fits a desktop-wide frame overflows
    // here, which is where scroll regions, clipping and reflow go wrong.
    plugins: [storybookTest({ configDir: '.storybook', initialGlobals: { viewport: { value: 'phoneSmall', isRotated: false }, textSize: '200' } }), ownCacheDir('storybook-phone')],
    optimizeDeps,
    test: { name: 'storybook-phone', browser: browser() },
  },
  {
    // The published Storybook as a designer opens it; skipped until `npm run build-storybook` has run.
    test: { name: 'storybook-static', environment: 'node', include: ['.storybook/test/**/*.test.ts'] },
  },
];

export default defineConfig({
  test: {
    projects,
    // CI reads its closing line from a JSON report; people read the default reporter.
    reporters: process.env.CI ? ['default', ['json', { outputFile: 'reports/vitest.json' }]] : ['default'],
  },
});
