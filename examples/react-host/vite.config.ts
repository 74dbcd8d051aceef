import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCss } from '../../scripts/minify-css.js';
import { BUILD_TARGET, PRODUCTION_SOURCE_CONDITIONS } from '../../scripts/vite-shared.js';

// Builds from the packages' TypeScript sources, like the demo bank app. JSX goes through Vite's own
// transform (no React plugin: the example needs no fast refresh). React reads `process.env.NODE_ENV`,
// which a build started from a test run would leave at `test`, shipping React's development build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: PRODUCTION_SOURCE_CONDITIONS },
  oxc: { jsx: { runtime: 'automatic', importSource: 'react', development: false } },
  plugins: [minifyCss()],
  build: { outDir: 'dist', emptyOutDir: true, target: BUILD_TARGET },
  logLevel: 'warn',
});
