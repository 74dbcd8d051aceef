// Follows docs/getting-started.md's first embed as a new user would: runs its shell steps, writes its
// page, starts the sandbox with its command, and opens the page in a phone-sized Chromium.
import { execSync, spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from '../../scripts/chromium.js';
import { openPhonePage } from '../../scripts/phone-page.js';
import { ensureDropIn } from '../../scripts/drop-in.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE = readFileSync(join(ROOT, 'docs/getting-started.md'), 'utf8');
const FIRST_EMBED = GUIDE.slice(GUIDE.indexOf('## Your first embed'), GUIDE.indexOf('\n## ', GUIDE.indexOf('## Your first embed') + 1));
const BLOCKS = [...FIRST_EMBED.matchAll(/```(\w+)\n([\s\S]*?)```/g)].map(([, language, code]) => ({ language, code: code!.trim() }));

function block(language: string, containing: string): string {
  const found = BLOCKS.find((candidate) => candidate.language === language && candidate.code.includes(containing));
  if (!found) throw new Error(`docs/getting-started.md's first embed has no ${language} block with "${containing}"`);
  return found.code;
}

describe('docs/getting-started.md: the first embed', () => {
  let sandbox: ChildProcess;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    await ensureDropIn(); // step 1, `npm run build`, as CI and the README already ran it
    // A clean folder that looks like the repository to the guide's commands.
    const clone = mkdtempSync(join(tmpdir(), 'rights-kit-first-embed-'));
    symlinkSync(join(ROOT, 'packages'), join(clone, 'packages'));
    execSync(block('sh', 'mkdir'), { cwd: clone, stdio: 'ignore' });
    writeFileSync(join(clone, 'my-page/index.html'), block('html', '<rights-provider'));

    const command = block('sh', 'rights-sandbox').split(/\s+/);
    expect(command.slice(0, 2)).toEqual(['npx', 'rights-sandbox']);
    sandbox = spawn(process.execPath, [join(ROOT, 'packages/mock/bin/rights-sandbox.js'), ...command.slice(2), '--port', '0'], { cwd: clone });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      sandbox.stdout!.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
        if (match) resolve(match[1]!);
      });
      sandbox.once('exit', (code) => reject(new Error(`rights-sandbox exited with ${code}: ${output}`)));
    });
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    sandbox?.kill('SIGTERM');
  });

  it('shows the demo cardholder’s catalogue, and a tapped card opens its benefit', async () => {
    // The browser's own request for /favicon.ico finds none in a blank page; anything else is a problem.
    const { page, problems } = await openPhonePage(browser, { isProblem: (message) => message.type() === 'error', ignore: /\/favicon\.ico$/ });
    await page.goto(`${url}/`);

    const titles = page.locator('rights-benefit-card [part="title"]');
    await expect.poll(() => titles.count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(12);
    const first = (await titles.first().textContent())?.trim();
    expect(first).toBe('Domestic airport lounges');

    await page.locator('rights-benefit-card').first().tap();
    const detailTitle = page.locator('rights-benefit-detail [part="title"]');
    await expect.poll(() => detailTitle.textContent(), { timeout: 10_000 }).toBe(first);
    expect(await page.locator('rights-benefit-detail').isVisible()).toBe(true);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);
});
