// What the server package's tests stand up over real HTTP: the sandbox platform, a stand-in platform that
// records what reaches it, the bank's backend on Node's own server, and the bank's own sign-in.
import { startSandbox } from '@rights-kit/mock/server';
import { createServer, request as httpRequest, type IncomingHttpHeaders, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRightsHandler, type RightsHandler, type RightsHandlerOptions } from '../index.js';
import { toNodeListener } from '../node.js';

/** The sandbox's key and tenant for Jade Bank. */
export const SANDBOX_TENANT = { apiKey: 'sk_sandbox_jade', tenantId: 'jade' } as const;

/** The bank's own sign-in, reduced to a cookie naming the platform member: the tests' `authenticate`. */
export const BANK_COOKIE = 'bank_member';
export const signedInAs = (memberId: string) => ({ Cookie: `${BANK_COOKIE}=${memberId}` });
export const cookieAuthenticate: RightsHandlerOptions['authenticate'] = (request) => {
  const memberId = new RegExp(`(?:^|;\\s*)${BANK_COOKIE}=([\\w-]+)`).exec(request.headers.get('cookie') ?? '')?.[1];
  return memberId ? { memberId } : undefined;
};

export interface Running {
  url: string;
  close(): Promise<void>;
}

/** A Node server on a free loopback port. */
export async function listen(listener: RequestListener): Promise<Running & { server: Server }> {
  const server = createServer(listener);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    server,
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** The bank's backend: the handler on Node's own server, against `platformUrl` (by default a sandbox of its own). */
export async function startBackend(options: Partial<RightsHandlerOptions> = {}): Promise<Running & { handler: RightsHandler; platformUrl: string; logged: string[] }> {
  const sandbox = options.platformUrl ? undefined : await startSandbox({ port: 0 });
  const platformUrl = options.platformUrl ?? sandbox!.url;
  const logged: string[] = [];
  const handler = createRightsHandler({ ...SANDBOX_TENANT, authenticate: cookieAuthenticate, log: (line) => logged.push(line), ...options, platformUrl });
  const backend = await listen(toNodeListener(handler));
  return {
    ...backend,
    handler,
    platformUrl,
    logged,
    async close() {
      await backend.close();
      await sandbox?.close();
    },
  };
}

export type PlatformAnswer = { status: number; headers?: Record<string, string>; body?: string } | 'hang';

/** A stand-in platform that records what reaches it and answers what the test says. */
export async function startRecordingPlatform(answer: (path: string, index: number) => PlatformAnswer) {
  const received: { method: string; path: string; headers: IncomingHttpHeaders; body: string }[] = [];
  const platform = await listen((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
    request.on('end', () => {
      received.push({ method: request.method!, path: request.url!, headers: request.headers, body });
      const reply = answer(request.url!, received.length - 1);
      if (reply === 'hang') return;
      response.writeHead(reply.status, reply.headers ?? {});
      response.end(reply.body);
    });
  });
  return { ...platform, received };
}

/** A request whose path is sent exactly as written: fetch would resolve `..` before sending it. */
export function rawGet(url: string, path: string): Promise<{ status: number; body: string }> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest({ hostname, port, path, method: 'GET' }, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    outgoing.on('error', reject);
    outgoing.end();
  });
}

/** Everything a browser could see of a response: status line, headers and body. */
export async function visible(response: Response): Promise<string> {
  return `${response.status}\n${[...response.headers].map(([name, value]) => `${name}: ${value}`).join('\n')}\n${await response.text()}`;
}

/** `POST <sessionPath>` as the app's `getToken()` sends it, for the given member. */
export async function requestSession(backend: Running & { handler: RightsHandler }, memberId: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${backend.url}${backend.handler.sessionPath}`, { method: 'POST', ...init, headers: { ...signedInAs(memberId), ...init.headers } });
}

/** A session token for the member, through the backend. */
export async function tokenFor(backend: Running & { handler: RightsHandler }, memberId = 'm-jade-001'): Promise<string> {
  const response = await requestSession(backend, memberId);
  if (response.status !== 200) throw new Error(`No session: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { token: string }).token;
}
