import { benefitPage } from '@rights-kit/contract';
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

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

  it('explains its options', async () => {
    const help = spawn(process.execPath, [BIN, '--help']);
    let text = '';
    help.stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
    await new Promise((resolve) => help.once('exit', resolve));
    expect(text).toContain('--cors-origin');
    expect(text).toContain('--static');
    expect(text).toContain('flaky');
  });
});
