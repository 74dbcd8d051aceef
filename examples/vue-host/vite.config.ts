import vue from '@vitejs/plugin-vue';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { minifyCss } from '../../scripts/minify-css.js';
import { BUILD_TARGET, PRODUCTION_SOURCE_CONDITIONS } from '../../scripts/vite-shared.js';

// Builds from the packages' TypeScript sources, like the demo bank app and the React host; the templates
// are compiled here, so the page runs Vue's runtime only, with no eval. Every `rights-` tag is a custom
// element, not a Vue component to resolve. Vue reads `process.env.NODE_ENV`, which a build started from a
// test run would leave at `test`, shipping Vue's development build.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  // The same bank's app as the React host: its favicon.
  publicDir: fileURLToPath(new URL('../react-host/public', import.meta.url)),
  mode: 'production',
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  resolve: { conditions: PRODUCTION_SOURCE_CONDITIONS },
  plugins: [vue({ template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('rights-') } } }), minifyCss()],
  build: { outDir: 'dist', emptyOutDir: true, target: BUILD_TARGET },
  logLevel: 'warn',
});
