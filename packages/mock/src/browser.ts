/** The sandbox inside a browser page, through msw's service worker: for Storybook and component tests. */
import { setupWorker, type SetupWorker } from 'msw/browser';
import { createHandlers, type SandboxOptions } from './handlers.js';

export interface BrowserSandboxOptions extends SandboxOptions {
  /**
   * Where the page serves `@rights-kit/mock/mockServiceWorker.js`.
   *
   * @default '/mockServiceWorker.js'
   */
  workerUrl?: string;
}

/** Starts the sandbox in this page. Requests it does not handle go to the network untouched. */
export async function startBrowserSandbox({ workerUrl = '/mockServiceWorker.js', ...options }: BrowserSandboxOptions = {}): Promise<SetupWorker> {
  const worker = setupWorker(...createHandlers(options));
  await worker.start({ serviceWorker: { url: workerUrl }, onUnhandledRequest: 'bypass', quiet: true });
  return worker;
}
