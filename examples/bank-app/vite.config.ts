import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCss } from '../../scripts/minify-css.js';
import { BUILD_TARGET, PRODUCTION_SOURCE_CONDITIONS } from '../../scripts/vite-shared.js';

// The demo builds straight from the packages' TypeScript sources, like the tests and Storybook, and
// minifies the elements' CSS as the published build does.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: PRODUCTION_SOURCE_CONDITIONS },
  plugins: [minifyCss()],
  // The manifest names every file of the build, for the service worker to keep the whole shell offline.
  build: { outDir: 'dist', emptyOutDir: true, target: BUILD_TARGET, manifest: 'asset-manifest.json' },
  logLevel: 'warn',
});
