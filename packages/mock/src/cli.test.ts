import { benefitDetail, benefitPage } from '@rights-kit/contract';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { demoToken } from './platform/platform.js';

const BIN = fileURLToPath(new URL('../bin/rights-sandbox.js', import.meta.url));

describe('the rights-sandbox command', () => {
  const child = spawn(process.execPath, [BIN, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  afterAll(() => void child.kill('SIGTERM'));

  it('starts on loopback and answers the API with the demo session it prints', async () => {
    let output = '';
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      child.once('exit', (code) => reject(new Error(`rights-sandbox exited with ${code}: ${output}`)));
    });
    const token = /Authorization: Bearer (\S+)/.exec(output)?.[1];
    expect(token).toBeDefined();
    const response = await fetch(`${url}/v1/benefits?limit=2`, { headers: { Authorization: `Bearer ${token}`, 'Accept-Language': 'zh-HK' } });
    expect(benefitPage.parse(await response.json()).items).toHaveLength(2);
    expect(output).toContain("-H 'X-Api-Key: ");
  });

  it('serves a folder of pages from the same origin as the API with --static', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'rights-sandbox-static-'));
    writeFileSync(join(folder, 'index.html'), '<!doctype html><title>My first embed</title>');
    const served = spawn(process.execPath, [BIN, '--port', '0', '--static', folder], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        served.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        served.once('exit', (code) => reject(new Error(`rights-sandbox exited with ${code}: ${output}`)));
      });
      expect(await (await fetch(`${url}/`)).text()).toContain('My first embed');
      expect((await fetch(`${url}/v1/benefits`)).status).toBe(401);
    } finally {
      served.kill('SIGTERM');
    }
  });

  it('grows the catalogue with --catalog-size', async () => {
    const grown = spawn(process.execPath, [BIN, '--port', '0', '--catalog-size', '200'], { stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      let output = '';
      const url = await new Promise<string>((resolve, reject) => {
        grown.stdout.on('data', (chunk: Buffer) => {
          output += chunk.toString();
          const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
          if (match) resolve(match[1]!);
        });
        grown.once('exit', (code) => reject(new Error(`rights-sandbox exited with ${code}: ${output}`)));
      });
      const copy = await fetch(`${url}/v1/benefits/lounge-domestic_2`, { headers: { Authorization: `Bearer ${demoToken()}`, 'Accept-Language': 'en' } });
      expect(benefitDetail.parse(await copy.json()).title).toBe('Domestic airport lounges 2');
    } finally {
      grown.kill('SIGTERM');
    }
  });

  it('refuses a --catalog-size that is not a whole number up to 100,000', async () => {
    const refusals = [['--catalog-size', 'abc'], ['--catalog-size=-1'], ['--catalog-size', '-1'], ['--catalog-size', '1.5'], ['--catalog-size', '100001']];
    const outcomes = await Promise.all(
      refusals.map(async (args) => {
        const refused = spawn(process.execPath, [BIN, '--port', '0', ...args]);
        let errors = '';
        refused.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
        const code = await new Promise((resolve) => refused.once('exit', resolve));
        return { args: args.join(' '), code, errors };
      }),
    );
    for (const { args, code, errors } of outcomes) {
      expect(code, args).toBe(1);
      expect(errors, args).toContain('--catalog-size');
    }
    // Five Node processes start at once: more than the default 5 s on a busy two-core runner.
  }, 20_000);

  it('explains its options', async () => {
    const help = spawn(process.execPath, [BIN, '--help']);
    let text = '';
    help.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await new Promise((resolve) => help.once('exit', resolve));
    expect(text).toContain('--cors-origin');
    expect(text).toContain('--static');
    expect(text).toContain('--catalog-size');
    expect(text).toContain('flaky');
  });
});
