// rights-kit as a bank's app meets it. Its types: a file importing every public entry of every published
// package, compiled as a consumer compiles it (the packages' own declaration files, `skipLibCheck: false`,
// strict) on the two latest TypeScript majors, under `bundler` and `node16` resolution. Its dependencies:
// the packed tarballs installed beside an app's own older Lit and zod share one copy of each, and the
// app's bundle of the elements renders the catalogue.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright';
import { build } from 'esbuild';
import { esm } from '../../rollup.config.js';
import { CHROMIUM_ARGS, chromiumPath } from '../chromium.js';
import { openPhonePage } from '../phone-page.js';
import { publishedPackages } from '../release.js';
import { startCdnScriptPage } from '../../examples/cdn-script/serve.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const COMPILERS = { 'TypeScript 6': 'typescript', 'TypeScript 5.9': 'typescript-5.9' } as const;
/** What the framework and server entries' types name, present in any app that uses those entries. */
const HOST_TYPES = ['@types/react', '@types/node', '@types/express', 'vue', '@vue', 'csstype', 'fastify'];

interface Manifest {
  name: string;
  private?: boolean;
  exports: Record<string, unknown>;
  dependencies?: Record<string, string>;
}

const published = publishedPackages() as { folder: string; manifest: Manifest }[];

/** Every entry a consumer can import for its types: each export but JSON, with `define/*` as each element's. */
function entries(): string[] {
  return published.flatMap(({ folder, manifest }) =>
    Object.keys(manifest.exports)
      .filter((subpath) => !subpath.endsWith('.json'))
      .flatMap((subpath) =>
        subpath.includes('*')
          ? readdirSync(`${ROOT}packages/${folder}/src/define`).map((file) => `${manifest.name}/define/${file.replace(/\.ts$/, '')}`)
          : [`${manifest.name}${subpath.slice(1)}`],
      ),
  );
}

let consumer: string;

beforeAll(async () => {
  // The declaration files are the build's; `npm install` builds only the packages Node runs.
  for (const name of ['client', 'webview', 'elements'] as const) {
    const options = esm(name);
    const bundle = await rollup({ ...options, onwarn: () => {} });
    await bundle.write(options.output);
    await bundle.close();
  }
  consumer = mkdtempSync(join(tmpdir(), 'rights-kit-consumer-types-'));
  const link = (name: string, target: string) => {
    mkdirSync(dirname(join(consumer, 'node_modules', name)), { recursive: true });
    symlinkSync(target, join(consumer, 'node_modules', name));
  };
  for (const { folder, manifest } of published) link(manifest.name, `${ROOT}packages/${folder}`);
  const runtime = new Set(published.flatMap(({ manifest }) => Object.keys(manifest.dependencies ?? {})).filter((name) => !name.startsWith('@rights-kit/')));
  for (const name of new Set([...runtime, 'lit-html', 'lit-element', '@lit/reactive-element', ...HOST_TYPES])) {
    if (existsSync(`${ROOT}node_modules/${name}`)) link(name, `${ROOT}node_modules/${name}`);
  }
  writeFileSync(join(consumer, 'package.json'), JSON.stringify({ name: 'bank-app', private: true, type: 'module' }));
  writeFileSync(
    join(consumer, 'app.ts'),
    [
      ...entries().map((entry, index) => `import * as entry${index} from '${entry}';`),
      `export const entries = [${entries().map((_, index) => `entry${index}`).join(', ')}];`,
      // The drop-in's global, declared by its own entry.
      `export const version: string = RightsKit.VERSION;`,
      `export const card: HTMLElementTagNameMap['rights-benefit-card'] = document.createElement('rights-benefit-card');`,
    ].join('\n'),
  );
}, 180_000);

describe.each(Object.entries(COMPILERS))('every public entry, compiled by %s', (_, compiler) => {
  it.each(['bundler', 'node16'])('type-checks with skipLibCheck off under moduleResolution %s', (resolution) => {
    const config = join(consumer, `tsconfig.${compiler}.${resolution}.json`);
    writeFileSync(
      config,
      JSON.stringify({
        compilerOptions: {
          strict: true,
          skipLibCheck: false,
          noEmit: true,
          target: 'es2022',
          lib: ['es2022', 'dom', 'dom.iterable'],
          module: resolution === 'bundler' ? 'esnext' : 'node16',
          moduleResolution: resolution,
          types: [],
          jsx: 'preserve',
        },
        files: ['app.ts'],
      }),
    );
    const tsc = `${ROOT}node_modules/${compiler}/bin/tsc`;
    let output = '';
    try {
      execFileSync(process.execPath, [tsc, '-p', config], { cwd: consumer, encoding: 'utf8' });
    } catch (error) {
      output = String((error as { stdout?: string }).stdout ?? error);
    }
    expect(output.replaceAll(consumer, '.').replaceAll(ROOT, '')).toBe('');
  }, 120_000);
});

/** The Lit and zod a bank's app already has: older than the lockfile's, inside the packages' ranges. */
const APP_HAS = { lit: '3.2.1', zod: '4.1.9' };

describe("installed beside the app's own Lit and zod", () => {
  let app: string;

  beforeAll(() => {
    app = mkdtempSync(join(tmpdir(), 'rights-kit-consumer-app-'));
    const packed = ['contract', 'client', 'elements'].map((name) => {
      const [pack] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app, '-w', `@rights-kit/${name}`], { cwd: ROOT, encoding: 'utf8' })) as { filename: string }[];
      return `file:./${pack!.filename}`;
    });
    const [contract, client, elements] = packed;
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'bank-app', private: true, type: 'module', dependencies: { ...APP_HAS, '@rights-kit/contract': contract, '@rights-kit/client': client, '@rights-kit/elements': elements } }),
    );
    execFileSync('npm', ['install', '--no-audit', '--no-fund', '--ignore-scripts', '--prefer-offline'], { cwd: app, encoding: 'utf8' });
  }, 240_000);

  it.each(Object.entries(APP_HAS))('leaves one copy of %s, the app’s %s', (name, version) => {
    const tree = JSON.parse(execFileSync('npm', ['ls', name, '--all', '--json'], { cwd: app, encoding: 'utf8' })) as Tree;
    expect(versionsOf(tree, name)).toEqual(new Set([version]));
  });

  it("renders the catalogue from the app's own bundle of the elements", async () => {
    const bundle = join(app, 'app.js');
    await build({
      stdin: { contents: "import '@rights-kit/elements/define/provider';\nimport '@rights-kit/elements/define/catalog';", resolveDir: app },
      bundle: true,
      format: 'esm',
      outfile: bundle,
      logLevel: 'silent',
    });
    const page = readFileSync(`${ROOT}examples/cdn-script/index.html`, 'utf8').replace('<script src="rights-kit.iife.js" defer></script>', '<script type="module" src="app.js"></script>');
    writeFileSync(join(app, 'index.html'), page);
    const server = await startCdnScriptPage({ port: 0, quiet: true, buildPackages: false, routes: { '/app.html': join(app, 'index.html'), '/app.js': bundle } });
    const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
    try {
      const { page: phone, problems } = await openPhonePage(browser);
      await phone.goto(`${server.url}/app.html`);
      await expect.poll(() => phone.locator('rights-benefit-card').count(), { timeout: 15_000 }).toBe(20);
      // One Lit on the page: the one the app installed (lit 3.2 brings the newest lit-html its range allows).
      const litHtml = (JSON.parse(readFileSync(join(app, 'node_modules/lit-html/package.json'), 'utf8')) as { version: string }).version;
      expect(await phone.evaluate(() => (globalThis as { litHtmlVersions?: string[] }).litHtmlVersions)).toEqual([litHtml]);
      expect(problems).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 60_000);
});

interface Tree {
  version?: string;
  dependencies?: Record<string, Tree>;
}

/** Every version of `name` installed anywhere in the tree `npm ls --all --json` prints. */
function versionsOf(tree: Tree, name: string, found = new Set<string>()): Set<string> {
  for (const [dependency, child] of Object.entries(tree.dependencies ?? {})) {
    if (dependency === name && child.version) found.add(child.version);
    versionsOf(child, name, found);
  }
  return found;
}
