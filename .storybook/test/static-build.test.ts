// Checks the published Storybook as a designer gets it: storybook-static served by a plain static file
// server under a sub-path, opened in Chromium, with every element's Playground, the Foundations and the
// Flows under toolbar combinations, and axe over every docs page. Fails on console errors, uncaught errors,
// a story that errors, a request that leaves the site, docs without the component tables, or an
// accessibility violation on a docs page. Runs only once
// `npm run build-storybook` has produced storybook-static.
import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from '../../scripts/axe-page.js';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { PAGE_LEVEL_RULES } from '../a11y.js';

const SITE = resolve(import.meta.dirname, '../../storybook-static');
const BASE = '/rights-kit/storybook/';
const BUILT = existsSync(join(SITE, 'index.json'));

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/** What any static host does: files under BASE, 404 otherwise. No rewrites, no special headers. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    const file = path.startsWith(BASE) ? normalize(join(SITE, path.slice(BASE.length) || 'index.html')) : '';
    if (!file.startsWith(SITE) || !existsSync(file) || extname(file) === '') {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

/** Toolbar combinations; each story is opened under several of them, in turn. */
const COMBINATIONS = [
  { globals: 'theme:light;locale:zh-CN;textSize:100;motion:full;network:normal', viewport: { width: 360, height: 640 } },
  { globals: 'theme:dark;locale:en;textSize:200;motion:reduce;network:normal', viewport: { width: 430, height: 932 } },
  { globals: 'theme:jade-dark;locale:zh-HK;textSize:130;motion:full;network:slow', viewport: { width: 820, height: 1180 } },
  { globals: 'theme:harbour;locale:en;textSize:130;motion:reduce;network:offline', viewport: { width: 360, height: 640 } },
  { globals: 'theme:greatwall;locale:zh-CN;textSize:200;motion:full;network:errors', viewport: { width: 430, height: 932 } },
  { globals: 'theme:greatwall-dark;locale:en;textSize:100;motion:full;network:normal', viewport: { width: 820, height: 1180 } },
] as const;

/** Messages the browser itself logs for a request the simulated network failed on purpose. */
const EXPECTED_WHEN_FAILING = /Failed to load resource|net::ERR_FAILED|resulted in a network error response/;

interface Visit {
  errors: string[];
  phase: string | undefined;
  external: string[];
}

describe.skipIf(!BUILT)('the static Storybook build', () => {
  let server: Server;
  let browser: Browser;
  // One context for every page, like one visitor: the HTTP cache and the registered worker carry over.
  let context: BrowserContext;
  let origin: string;

  beforeAll(async () => {
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const entries = (): Record<string, { type: string; id: string }> =>
    (JSON.parse(readFileSync(join(SITE, 'index.json'), 'utf8')) as { entries: Record<string, { type: string; id: string }> }).entries;

  /** Opens one story's iframe URL and waits for Storybook to finish it (render and play). */
  async function visit(page: Page, url: string, { failing = false, docs = false } = {}): Promise<Visit> {
    const errors: string[] = [];
    const external: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'error' && !(failing && EXPECTED_WHEN_FAILING.test(message.text()))) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.route('**/*', (route) => {
      if (route.request().url().startsWith(origin)) return route.continue();
      external.push(route.request().url());
      return route.abort();
    });
    await page.goto(url);
    if (docs) return { errors, phase: undefined, external };
    const phase = await page
      .waitForFunction(
        () => {
          const render = (window as unknown as { __STORYBOOK_PREVIEW__?: { currentRender?: { phase?: string } } }).__STORYBOOK_PREVIEW__?.currentRender;
          return ['finished', 'errored', 'aborted'].includes(render?.phase ?? '') && render?.phase;
        },
        undefined,
        { timeout: 20_000 },
      )
      .then((handle) => handle.jsonValue() as Promise<string>)
      .catch(() => undefined);
    // Requests the simulated network slows or fails settle after the render; their errors count too.
    await page.waitForTimeout(failing ? 2500 : 500);
    return { errors, phase, external };
  }

  it('serves the sandbox worker next to iframe.html, so the site works under a sub-path', async () => {
    const page = await context.newPage();
    const { errors, phase } = await visit(page, `${origin}${BASE}iframe.html?id=components-catalog--playground&viewMode=story`);
    const worker = await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL);
    await page.close();
    expect(worker).toBe(`${origin}${BASE}mockServiceWorker.js`);
    expect({ phase, errors }).toEqual({ phase: 'finished', errors: [] });
    // `visit` waits up to 20 s for the story to finish; the first visit also installs the worker.
  }, 30_000);

  it('renders every element, the Foundations and the Flows under toolbar combinations without errors', async () => {
    const stories = Object.values(entries())
      .filter(({ type, id }) => type === 'story' && (/--playground$/.test(id) || /^(flows|foundations)-/.test(id)))
      .map(({ id }) => id);
    expect(stories.length).toBeGreaterThanOrEqual(20);
    const problems: string[] = [];
    for (const [index, id] of stories.entries()) {
      for (const offset of [0, 2, 4]) {
        const { globals, viewport } = COMBINATIONS[(index + offset) % COMBINATIONS.length]!;
        const page = await context.newPage();
        await page.setViewportSize(viewport);
        const failing = /network:(offline|errors)/.test(globals);
        const result = await visit(page, `${origin}${BASE}iframe.html?id=${id}&viewMode=story&globals=${globals}`, { failing });
        const shown = await page.evaluate(() => (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0 && !document.body.classList.contains('sb-show-errordisplay'));
        await page.close();
        if (result.phase !== 'finished' || !shown || result.errors.length > 0 || result.external.length > 0) {
          problems.push(`${id} [${globals}]: phase ${result.phase}, shown ${shown}, errors ${JSON.stringify(result.errors)}, external ${JSON.stringify(result.external)}`);
        }
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it('passes axe on every docs page, the MDX pages and each element\'s, around the stories it shows', async () => {
    const docs = Object.values(entries())
      .filter(({ type }) => type === 'docs')
      .map(({ id }) => id);
    expect(docs).toContain('introduction--docs');
    const found: Record<string, string[]> = {};
    for (const id of docs) {
      const page = await context.newPage();
      // A desktop, where designers read the docs; the stories themselves are audited one by one at a
      // desktop and at a small phone with the largest text (the storybook and storybook-phone projects).
      await page.setViewportSize({ width: 1200, height: 900 });
      await visit(page, `${origin}${BASE}iframe.html?id=${id}&viewMode=docs`, { docs: true, failing: true });
      await page.waitForSelector('.sbdocs-content h1', { timeout: 20_000 });
      // Stories settle (load, fail on purpose, retry) after the page's own content is there.
      await page.waitForTimeout(1000);
      // The rendered stories are left out: they are audited on their own, and a docs page shows every story
      // of an element at once, which repeats its landmarks by construction.
      const violations = await axeViolations(page, { exclude: ['.sb-story'], disabled: PAGE_LEVEL_RULES });
      await page.close();
      if (violations.length > 0) found[id] = violations;
    }
    expect(found).toEqual({});
  }, 300_000);

  it('documents each element from custom-elements.json: attributes, parts and CSS custom properties', async () => {
    const page = await context.newPage();
    // The page also renders the stories that fail the network on purpose (offline, not found, errors).
    const { errors } = await visit(page, `${origin}${BASE}iframe.html?id=components-voucher--docs&viewMode=docs`, { docs: true, failing: true });
    await page.waitForSelector('.docblock-argstable', { timeout: 20_000 });
    const table = await page.locator('.docblock-argstable').first().innerText();
    await page.waitForTimeout(500);
    await page.close();
    expect(table).toContain('wallet-item-id');
    expect(table).toMatch(/css (shadow )?parts/i);
    expect(table).toMatch(/css custom properties/i);
    // A docs page renders all of an element's stories in one document, sharing one set of sandbox
    // handlers, so whichever story's failures are installed when a request goes out (a 404, a dropped
    // connection) can show up as the browser's own network lines. Script errors still fail.
    expect(errors).toEqual([]);
  }, 60_000);
});
