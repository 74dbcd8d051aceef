// Runs docs/backend-session.md's Node server as a bank would copy it, against the sandbox: the page gets
// a session for the cardholder the bank's own authentication names, and the rights API through the proxy.
import { startSandbox, type RunningSandbox } from '@rights-kit/mock/server';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const GUIDE = readFileSync(join(ROOT, 'docs/backend-session.md'), 'utf8');
const SERVER = [...GUIDE.matchAll(/```js\n([\s\S]*?)```/g)].map(([, code]) => code!).find((code) => code.includes('toNodeListener'));

/** The bank's session store the guide's `authenticate` asks: one signed-in customer. */
const BANK_SESSIONS = "const bankSessions = { customerFor: async (cookie) => (cookie === 'bank=li.hua' ? { rightsMemberId: 'm-jade-002' } : undefined) };\n";
/** Tells the test the port the guide's server listens on, which it reads from PORT (0: any free one). */
const REPORT_PORT = `data:text/javascript,${encodeURIComponent("import net from 'node:net'; const listen = net.Server.prototype.listen; net.Server.prototype.listen = function (...args) { this.once('listening', () => console.log('listening on ' + this.address().port)); return listen.apply(this, args); };")}`;

describe('docs/backend-session.md: the Node server', () => {
  let sandbox: RunningSandbox;
  let bank: ChildProcess;
  let url: string;

  beforeAll(async () => {
    expect(SERVER, 'a js block with the node:http server').toBeDefined();
    sandbox = await startSandbox({ port: 0 });
    // A folder of the bank's own, resolving @rights-kit/server as an installed package.
    const folder = mkdtempSync(join(tmpdir(), 'rights-kit-bank-backend-'));
    symlinkSync(join(ROOT, 'node_modules'), join(folder, 'node_modules'));
    writeFileSync(join(folder, 'server.mjs'), BANK_SESSIONS + SERVER!);
    bank = spawn(process.execPath, ['--import', REPORT_PORT, 'server.mjs'], {
      cwd: folder,
      env: { ...process.env, PORT: '0', RIGHTS_PLATFORM_URL: sandbox.url, RIGHTS_PLATFORM_API_KEY: 'sk_sandbox_jade', RIGHTS_TENANT_ID: 'jade' },
    });
    url = await new Promise<string>((resolve, reject) => {
      let output = '';
      const read = (chunk: Buffer) => {
        output += chunk.toString();
        const port = /listening on (\d+)/.exec(output)?.[1];
        if (port) resolve(`http://127.0.0.1:${port}`);
      };
      bank.stdout!.on('data', read);
      bank.stderr!.on('data', read);
      bank.once('exit', (code) => reject(new Error(`the guide's server exited with ${code}: ${output}`)));
    });
  }, 60_000);

  afterAll(async () => {
    bank?.kill('SIGTERM');
    await sandbox?.close();
  });

  it('mints the signed-in customer’s session, refuses anybody else, and proxies the rights API', async () => {
    const minted = await fetch(`${url}/rights-session`, { method: 'POST', headers: { Cookie: 'bank=li.hua' } });
    expect(minted.status).toBe(200);
    expect(minted.headers.get('cache-control')).toBe('no-store');
    const { token } = (await minted.json()) as { token: string };
    expect((await fetch(`${url}/rights-session`, { method: 'POST', headers: { Cookie: 'bank=mallory' } })).status).toBe(401);

    const me = await fetch(`${url}/rights-api/v1/me`, { headers: { Authorization: `Bearer ${token}` } });
    expect(me.status).toBe(200);
    expect(((await me.json()) as { id: string }).id).toBe('m-jade-002');
  });
});
