/**
 * `rights-sandbox`: the sandbox platform as an HTTP server, for native WebView teams and anyone testing
 * an integration without the real platform.
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { MAX_CATALOG_SIZE } from './fixtures/benefits/grow.js';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { SEED_MEMBERS, SEED_TENANTS } from './fixtures/tenants.js';
import { demoToken } from './platform/platform.js';
import { SCENARIOS } from './scenarios.js';
import { startSandbox, type RunningSandbox } from './server.js';

const USAGE = `Usage: rights-sandbox [options]

  --port <n>          port to listen on (default 4010; 0 for any free port)
  --host <address>    address to listen on (default 127.0.0.1, loopback only;
                      0.0.0.0 to reach it from a phone on your network)
  --cors-origin <o>   let pages on this origin call the sandbox (repeatable; * for any)
  --static <dir>      also serve the files in <dir> from the same origin, e.g. a first page
                      that embeds rights-kit (no CORS needed)
  --scenario <s>      play a scenario on every request, e.g. slow:2000 or flaky:2
  --catalog-size <n>  grow the catalogue to n benefits (up to ${MAX_CATALOG_SIZE}) with numbered
                      copies of the seed's, to try a long list or measure performance
  --help              show this help

Scenarios (also per request, with the X-Sandbox-Scenario header):
${Object.entries(SCENARIOS)
  .map(([name, description]) => `  ${name.padEnd(18)}${description}`)
  .join('\n')}`;

/** The `--catalog-size` value, if given. */
function catalogSizeOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  // Plain digits only: Number() would read '' as 0 and '1e3' or '0x10' as sizes nobody typed.
  const size = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!(size <= MAX_CATALOG_SIZE)) throw new Error(`--catalog-size must be a whole number from 0 to ${MAX_CATALOG_SIZE}, not ${value}`);
  return size;
}

export async function main(argv: string[]): Promise<RunningSandbox | undefined> {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string', default: '4010' },
      host: { type: 'string', default: '127.0.0.1' },
      'cors-origin': { type: 'string', multiple: true, default: [] },
      scenario: { type: 'string' },
      'catalog-size': { type: 'string' },
      static: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return undefined;
  }
  const port = Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`--port must be a port number, not ${values.port}`);
  const catalogSize = catalogSizeOf(values['catalog-size']);

  const running = await startSandbox({
    port,
    host: values.host,
    corsOrigins: values['cors-origin'],
    ...(values.scenario && { scenario: values.scenario }),
    ...(catalogSize !== undefined && { catalogSize }),
    ...(values.static && { staticDir: resolve(values.static) }),
  });
  const lines = [
    `rights sandbox listening on ${running.url}`,
    ...(values.static ? [`serving ${values.static} at ${running.url}/`] : []),
    ...(catalogSize !== undefined ? [`catalogue grown to ${Math.max(catalogSize, SEED_BENEFITS.length)} benefits across the banks`] : []),
    '',
    'Mint a session as a bank backend would:',
    ...SEED_TENANTS.map((tenant) => {
      const member = SEED_MEMBERS.find((candidate) => candidate.tenantId === tenant.id);
      return `  curl -X POST ${running.url}/v1/sessions -H 'X-Api-Key: ${tenant.apiKey}' -H 'Idempotency-Key: ${tenant.id}-session-1' -H 'Content-Type: application/json' -d '{"tenantId":"${tenant.id}","memberId":"${member?.id}"}'`;
    }),
    '',
    `or use the demo member's session: Authorization: Bearer ${demoToken()}`,
    `  curl ${running.url}/v1/benefits -H 'Authorization: Bearer ${demoToken()}' -H 'Accept-Language: en'`,
  ];
  console.log(lines.join('\n'));
  const stop = () => void running.close().then(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return running;
}
