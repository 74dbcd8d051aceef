// Vite settings shared by the tests, Storybook and the demo app.
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { ESBUILD_TARGET } from './browser-support.js';

/** What a production build lowers its syntax to: the declared browser matrix (docs/browser-support.md). */
export const BUILD_TARGET = ESBUILD_TARGET;

/** Workspace packages resolve to their TypeScript sources: no build between an edit and what it shows. */
export const SOURCE_CONDITIONS = ['@rights-kit/source', ...defaultClientConditions];
/**
 * The same for a production build whatever `NODE_ENV` says: Vite picks `development` or `production` from
 * it, and a build started from a test run (NODE_ENV=test) would otherwise ship Lit's development build.
 */
export const PRODUCTION_SOURCE_CONDITIONS = SOURCE_CONDITIONS.map((condition) => (condition === 'development|production' ? 'production' : condition));
/** The same for code that runs in Node (the node test project). */
export const SERVER_SOURCE_CONDITIONS = ['@rights-kit/source', ...defaultServerConditions];

/**
 * Dependencies pre-bundled up front. Discovered mid-run, they make Vite reload and flake the first test;
 * and a Lit entry bundled apart from `lit` (Storybook's renderer imports `lit/directive-helpers.js`) loads
 * a second copy of Lit.
 */
export const PREBUNDLED = [
  'lit',
  'lit/decorators.js',
  'lit/directives/repeat.js',
  'lit/directives/if-defined.js',
  'lit/directives/ref.js',
  'lit/directive-helpers.js',
  '@lit/context',
  '@lit/task',
  'zod/mini',
  'msw',
  'msw/browser',
  'axe-core',
];
