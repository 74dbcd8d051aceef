// The manifest IDEs, Storybook docs and framework wrappers read: generated from the class JSDoc
// (@tagname, @summary, @slot, @csspart, @cssprop, @fires) and Lit's decorators.
export default {
  globs: ['src/components/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
};
