// What a bank's legal and procurement review reads in each published package before anything else: the
// licence text, where the source lives, who to report to, and a tarball that carries no tests.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { publishedPackages } from './release.js';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const LICENSE = readFileSync(`${ROOT}LICENSE`, 'utf8');

interface Manifest {
  name: string;
  private?: boolean;
  license?: string;
  author?: string;
  homepage?: string;
  keywords?: string[];
  repository?: { type: string; url: string; directory: string };
  bugs?: { url: string };
}

const published = publishedPackages() as { folder: string; manifest: Manifest }[];

describe('every published package', () => {
  it('is found', () => {
    expect(published.map(({ manifest }) => manifest.name).sort()).toEqual(
      ['@rights-kit/client', '@rights-kit/contract', '@rights-kit/elements', '@rights-kit/mock', '@rights-kit/server', '@rights-kit/webview'],
    );
  });

  it.each(published)('$manifest.name carries the MIT licence text and says where it comes from', ({ folder, manifest }) => {
    expect(LICENSE).toMatch(/^MIT License\n/);
    expect(readFileSync(`${ROOT}packages/${folder}/LICENSE`, 'utf8')).toBe(LICENSE);
    expect(manifest.license).toBe('MIT');
    expect(manifest.author).toBeTruthy();
    expect(manifest.keywords?.length).toBeGreaterThan(0);
    expect(manifest.repository).toEqual({ type: 'git', url: 'git+https://github.com/rights-kit/rights-kit.git', directory: `packages/${folder}` });
    expect(manifest.homepage).toMatch(/^https:\/\//);
    expect(manifest.bugs?.url).toMatch(/^https:\/\//);
  });

  it.each(published)('$manifest.name packs its licence and no tests or stories', ({ manifest }) => {
    const [pack] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts', '-w', manifest.name], { cwd: ROOT, encoding: 'utf8' })) as { files: { path: string }[] }[];
    const files = pack!.files.map(({ path }) => path);
    expect(files).toContain('LICENSE');
    expect(files.filter((path) => /\.(test|stories)\.|(^|\/)test\//.test(path))).toEqual([]);
  });
});
