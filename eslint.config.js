import js from '@eslint/js';
import compat from 'eslint-plugin-compat';
import lit from 'eslint-plugin-lit';
import storybook from 'eslint-plugin-storybook';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // The framework types and editor data are generated from the manifest (`packages/elements/manifest/generate.js`).
  { ignores: ['**/dist/', 'storybook-static/', '**/custom-elements.json', 'reports/', 'packages/elements/frameworks/', 'packages/elements/types/'] }, // shipped declarations over dist/, checked by scripts/consumer
  js.configs.recommended,
  tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      // Nothing but the sandbox and test helpers may write to the console; the SDK warns on misuse only.
      'no-console': ['error', { allow: ['warn'] }],
    },
  },
  {
    // A switch over a union names every member, and a `default:` does not count as naming them: a new
    // kind, status or view is then reported at every switch that has not learnt it yet.
    files: ['**/*.ts'],
    languageOptions: {
      parserOptions: {
        // TypeScript's `include` passes over dot-folders, and the demo apps' Vite configs sit outside it.
        projectService: { allowDefaultProject: ['.storybook/{a11y,main,preview}.ts', '.storybook/test/*.ts', 'examples/bank-app/vite.config.ts', 'examples/webview-emulation/vite.config.ts'], defaultProject: 'tsconfig.json' },
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: { '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: false }] },
  },
  {
    files: ['packages/elements/src/**/*.ts'],
    extends: [/** @type {any} */ (lit.configs)['flat/recommended'], /** @type {any} */ (wc.configs)['flat/best-practice']],
  },
  {
    // What ships to a phone may call no API newer than the declared matrix (package.json's `browserslist`,
    // docs/browser-support.md) unless it checks first: `typeof x === 'function'` or `x?.()` counts as a check.
    files: ['packages/{client,contract,elements,webview}/src/**/*.ts', 'packages/mock/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.stories.ts', '**/src/test/**', 'packages/mock/src/{server,cli,node}.ts', 'packages/mock/src/server/**'],
    extends: [compat.configs['flat/recommended']],
    settings: { lintAllEsApis: true },
    rules: {
      // Instance methods compat/compat cannot see without types: each newer than Safari 15 or Chrome 87.
      'no-restricted-syntax': [
        'error',
        {
          selector: 'CallExpression[callee.property.name=/^(at|findLast|findLastIndex|toSorted|toReversed|toSpliced)$/]',
          message: 'Newer than the browser matrix (docs/browser-support.md): index from the length, or sort a copy.',
        },
      ],
    },
  },
  {
    // The bank backend's package works with any framework and depends on none: its adapters take Node's
    // own request and response, so no framework's types end up in what it ships.
    files: ['packages/server/src/**/*.ts'],
    ignores: ['**/*.test.ts', '**/src/test/**'],
    rules: { 'no-restricted-imports': ['error', { paths: ['express', 'fastify'], patterns: ['@types/*', 'express/*', 'fastify/*'] }] },
  },
  {
    files: ['scripts/**', 'bench/**', '**/*.config.{js,ts}', '**/*.test.ts', 'packages/mock/src/cli.ts', 'packages/mock/bin/**'],
    rules: { 'no-console': 'off' },
  },
  {
    // A test that reaches for something missing should fail right there, which `!` does.
    files: ['**/*.test.ts', '**/*.stories.ts', '**/src/test/**'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
  storybook.configs['flat/recommended'],
);
