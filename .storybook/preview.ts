/// <reference types="vite/client" />
import { setCustomElementsManifest, type Preview } from '@storybook/web-components-vite';
import { createPreviewAnnotations } from 'msw-storybook-addon/preview';
import { createHandlers } from '@rights-kit/mock';
import '@rights-kit/elements/define/all';
import { PAGE_LEVEL_RULES } from './a11y.js';
import { globalTypes, initialGlobals, VIEWPORTS, withEnvironment } from './environment.js';

/*
 * Component docs (attributes, properties, events, slots, parts, CSS custom properties) are read from the
 * custom elements manifest that `npm run build` generates from the classes' JSDoc. main.ts generates it
 * when it is missing; the glob (empty rather than a build error when there is no file) keeps Storybook
 * usable even if that failed, with a warning instead of the tables.
 */
const manifests = import.meta.glob<object>('../packages/elements/custom-elements.json', { eager: true, import: 'default' });
const manifest = Object.values(manifests)[0];
if (manifest) setCustomElementsManifest(manifest);
else console.warn('rights-kit: packages/elements/custom-elements.json is missing; run `npm run build` for the component docs tables.');

/*
 * The service worker that runs the sandbox, registered next to iframe.html (Vite's base is "./" in a
 * build) rather than at the server root: the static site then works under any sub-path.
 */
const msw = createPreviewAnnotations(async () => {
  const { setupWorker } = await import('msw/browser');
  const worker = setupWorker();
  await worker.start({
    serviceWorker: { url: new URL(`${import.meta.env.BASE_URL}mockServiceWorker.js`, location.href).pathname },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
  return worker;
});

const preview: Preview = {
  tags: ['autodocs'],
  globalTypes,
  initialGlobals: { ...initialGlobals, viewport: { value: undefined, isRotated: false } },
  decorators: [withEnvironment],
  beforeEach: [
    ...[msw.beforeEach ?? []].flat(),
    // Every story talks to the sandbox: the same handlers the tests and the demo server use.
    ({ msw }) => {
      msw.use(...createHandlers());
    },
  ],
  parameters: {
    viewport: { options: VIEWPORTS },
    a11y: {
      // Accessibility violations fail the story's test.
      test: 'error',
      config: { rules: PAGE_LEVEL_RULES.map((id) => ({ id, enabled: false })) },
    },
    layout: 'padded',
    options: {
      storySort: { order: ['Introduction', 'Foundations', 'Components', 'Flows'] },
    },
  },
};

export default preview;
