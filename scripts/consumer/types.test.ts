// What a bank's app sees of rights-kit's types: a file importing every public entry of every published
// package, compiled as a consumer compiles it (the packages' own declaration files, `skipLibCheck: false`,
// strict) on the two latest TypeScript majors, under `bundler` and `node16` resolution.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { beforeAll, describe, expect, it } from 'vitest';
import { esm } from '../../rollup.config.js';

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

const published = readdirSync(`${ROOT}packages`)
  .map((folder) => ({ folder, manifest: JSON.parse(readFileSync(`${ROOT}packages/${folder}/package.json`, 'utf8')) as Manifest }))
  .filter(({ manifest }) => !manifest.private);

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
