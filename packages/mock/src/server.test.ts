import { benefitPage } from '@rights-kit/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startSandbox, type RunningSandbox } from './server.js';

describe('sandbox HTTP server', () => {
  let sandbox: RunningSandbox;
  beforeAll(async () => {
    sandbox = await startSandbox();
  });
  afterAll(() => sandbox.close());

  it('answers the rights API over real HTTP on localhost', async () => {
    expect(sandbox.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const response = await fetch(`${sandbox.url}/v1/benefits?limit=3`, {
      headers: { Authorization: 'Bearer demo', 'Accept-Language': 'en' },
    });
    expect(response.status).toBe(200);
    const page = benefitPage.parse(await response.json());
    expect(page.items).toHaveLength(3);
    // Artwork URLs point back at this server, so a browser can load them.
    expect(page.items[0]?.image?.url.startsWith(`${sandbox.url}/sandbox/art/`)).toBe(true);
  });

  it('lets pages on other origins call it, with the request id readable', async () => {
    const preflight = await fetch(`${sandbox.url}/v1/benefits`, {
      method: 'OPTIONS',
      headers: { Origin: 'http://localhost:6006', 'Access-Control-Request-Headers': 'authorization' },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('Access-Control-Allow-Headers')).toContain('Authorization');
    expect(preflight.headers.get('Access-Control-Expose-Headers')).toContain('X-Request-Id');
  });

  it('falls through to 404 for paths it does not serve', async () => {
    expect((await fetch(`${sandbox.url}/v2/nothing`)).status).toBe(404);
  });
});
