// Serves msw's service worker script at the site root, in development and in builds, straight from the
// installed msw package, so the worker always matches the library version and no copy is kept in git.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const FILE_NAME = 'mockServiceWorker.js';

/** @returns {import('vite').Plugin} */
export function mswWorker() {
  const source = () => readFileSync(createRequire(import.meta.url).resolve(`msw/${FILE_NAME}`), 'utf8');
  return {
    name: 'rights-kit:msw-worker',
    configureServer(server) {
      server.middlewares.use(`/${FILE_NAME}`, (_request, response) => {
        response.setHeader('Content-Type', 'text/javascript');
        response.setHeader('Service-Worker-Allowed', '/');
        response.end(source());
      });
    },
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: FILE_NAME, source: source() });
    },
  };
}
