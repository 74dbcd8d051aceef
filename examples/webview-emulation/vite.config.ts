import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCss } from '../../scripts/minify-css.js';
import { BUILD_TARGET, PRODUCTION_SOURCE_CONDITIONS } from '../../scripts/vite-shared.js';

// Built from the packages' TypeScript sources, like the demo bank app.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  resolve: { conditions: PRODUCTION_SOURCE_CONDITIONS },
  plugins: [minifyCss()],
  build: { outDir: 'dist', emptyOutDir: true, target: BUILD_TARGET },
  logLevel: 'warn',
});
