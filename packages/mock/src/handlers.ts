import { ENDPOINTS, type EndpointId } from '@rights-kit/contract';
import { delay, http, HttpResponse, type HttpHandler } from 'msw';
import { benefitArt, cardArt } from './fixtures/art.js';
import { growCatalog } from './fixtures/benefits/grow.js';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { SEED_TENANTS } from './fixtures/tenants.js';
import { negotiateLocale } from './locale.js';
import { partnerPage } from './partner-page.js';
import { createClock, type SandboxClock } from './platform/clock.js';
import { createPlatform, STEP_UP_HEADER, type Platform, type RequestContext } from './platform/platform.js';
import { PlatformProblem } from './platform/problem.js';
import { problemResponse, sandboxJson, withRequestId } from './respond.js';
import { parseScenario, SCENARIO_HEADER, withSchemaViolation, withUnknownEnums, type Scenario } from './scenarios.js';

export interface SandboxOptions {
  /**
   * The origin and path prefix the API is served under, e.g. `https://rights.test`. Empty (the default)
   * serves it relative to the page or server it runs in.
   *
   * @default ''
   */
  baseUrl?: string;
  /** A scenario for every request until cleared, e.g. `'flaky:2'`; see SCENARIOS. */
  scenario?: string;
  /** The clock to run on; a new real-time clock by default. */
  clock?: SandboxClock;
  /**
   * Grows the catalogue to this many benefits by adding numbered copies of the seed benefits, for
   * long-list and performance testing: `lounge-domestic_2` ("… 2" in every language) and so on, each
   * with its own stock, quota and claims. The number counts the whole catalogue, across banks; a member
   * sees the copies of the seed benefits their bank offers (the demo member sees 63 of the 66 seed
   * benefits, so 955 of 1,000). A whole number up to 100,000; at or below the seed's size it changes
   * nothing.
   *
   * @default the seed alone
   */
  catalogSize?: number;
}

export interface Sandbox {
  /** msw request handlers answering the rights API and the sandbox's own endpoints. */
  readonly handlers: HttpHandler[];
  readonly platform: Platform;
  readonly clock: SandboxClock;
  /** Plays `scenario` (`name[:argument]`) for every request until `useScenario(undefined)`. */
  useScenario(scenario: string | undefined): void;
  /** Back to the seed state: no sessions, claims or scenarios; the clock back to real time. */
  reset(): void;
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

// Cursors are opaque to clients; the sandbox's are a prefixed offset, which is enough to test paging.
const encodeCursor = (offset: number) => `o${offset.toString(36)}`;
function decodeCursor(cursor: string | null): number | undefined {
  if (cursor === null) return 0;
  const offset = /^o[0-9a-z]{1,8}$/.test(cursor) ? Number.parseInt(cursor.slice(1), 36) : Number.NaN;
  return Number.isSafeInteger(offset) ? offset : undefined;
}

function paging(url: URL): { offset: number; limit: number } {
  const limitParam = url.searchParams.get('limit');
  const limit = limitParam === null ? DEFAULT_PAGE_SIZE : Number(limitParam);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new PlatformProblem('validation_failed', `limit must be an integer from 1 to ${MAX_PAGE_SIZE}.`, [{ name: 'limit', reason: 'out of range' }]);
  }
  const offset = decodeCursor(url.searchParams.get('cursor'));
  if (offset === undefined) throw new PlatformProblem('validation_failed', 'cursor is not one this sandbox issued.', [{ name: 'cursor', reason: 'unknown' }]);
  return { offset, limit };
}

const page = <T>({ items, hasMore }: { items: T[]; hasMore: boolean }, { offset, limit }: { offset: number; limit: number }) => ({
  items,
  nextCursor: hasMore ? encodeCursor(offset + limit) : null,
});

async function readJson(request: Request): Promise<unknown> {
  const text = await request.text();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new PlatformProblem('validation_failed', 'The body is not JSON.');
  }
}

type Resolve = (input: { request: Request; url: URL; params: Record<string, string>; context: RequestContext }) => unknown;

/** A stateful sandbox of the rights platform: its handlers, its state and its clock. */
export function createSandbox({ baseUrl = '', scenario: initialScenario, clock = createClock(), catalogSize }: SandboxOptions = {}): Sandbox {
  const base = baseUrl.replace(/\/+$/, '');
  const benefits = catalogSize === undefined ? SEED_BENEFITS : growCatalog(SEED_BENEFITS, catalogSize);
  const platform = createPlatform({ clock, benefits });
  let standingScenario = initialScenario;
  const flakyCounts = new Map<string, number>();

  /** The scenario's answer instead of the platform's, if it has one. */
  async function playScenario(scenario: Scenario | undefined, request: Request, url: URL): Promise<Response | undefined> {
    switch (scenario?.name) {
      case 'offline':
        return HttpResponse.error();
      case 'slow':
        await delay(scenario.argument ?? 3000);
        return undefined;
      case 'flaky': {
        const key = `${request.method} ${url.pathname}`;
        const failures = flakyCounts.get(key) ?? 0;
        if (failures >= (scenario.argument ?? 2)) return undefined;
        flakyCounts.set(key, failures + 1);
        return problemResponse(new PlatformProblem('internal', 'The platform is briefly unavailable.'), { status: 503, headers: { 'Retry-After': '1' } });
      }
      case 'error-500':
        return problemResponse(new PlatformProblem('internal', 'Something went wrong on the platform.'));
      case 'error-503':
        return problemResponse(new PlatformProblem('internal', 'The platform is unavailable.'), { status: 503, headers: { 'Retry-After': '1' } });
      case 'rate-limited':
        return problemResponse(new PlatformProblem('rate_limited', 'Too many requests.'), { headers: { 'Retry-After': String(scenario.argument ?? 2) } });
      case 'expired-token':
        return problemResponse(new PlatformProblem('unauthorized', 'The session has expired.'));
      case 'malformed-json':
        return withRequestId(new HttpResponse('{"items": [{"id": "lounge', { headers: { 'Content-Type': 'application/json' } }));
      case 'empty':
      case 'schema-violation':
      case 'step-up':
      case 'unknown-enums':
      case undefined:
        // The platform answers these itself; the route reshapes its answer below.
        return undefined;
    }
  }

  function route(id: EndpointId, resolve: Resolve): HttpHandler {
    const endpoint = ENDPOINTS[id];
    const path = `${base}${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`;
    const method = endpoint.method === 'GET' ? http.get : http.post;
    return method(path, async ({ request, params }) => {
      const url = new URL(request.url);
      const scenario = parseScenario(request.headers.get(SCENARIO_HEADER) ?? standingScenario);
      try {
        const played = await playScenario(scenario, request, url);
        if (played) return played;
        if (scenario?.name === 'step-up' && endpoint.method === 'POST' && endpoint.auth === 'session' && !request.headers.get(STEP_UP_HEADER)) {
          throw new PlatformProblem('step_up_required', 'Confirm with the bank app (biometric or PIN), then retry with its proof.');
        }
        const context: RequestContext = {
          memberId: endpoint.auth === 'session' ? platform.authenticate(request.headers.get('Authorization')) : '',
          locale: negotiateLocale(request.headers.get('Accept-Language')),
          origin: new URL(`${base}/`, url.origin).href.slice(0, -1),
          now: clock.now(),
        };
        let body = await resolve({ request, url, params: params as Record<string, string>, context });
        if (scenario?.name === 'empty' && body && typeof body === 'object' && 'items' in body) body = { ...body, items: [], nextCursor: null };
        if (scenario?.name === 'schema-violation') return HttpResponse.json(withSchemaViolation(body) as object, { status: endpoint.status });
        if (scenario?.name === 'unknown-enums') body = withUnknownEnums(body);
        return sandboxJson(endpoint.response, body, { status: endpoint.status });
      } catch (error) {
        if (error instanceof PlatformProblem) return problemResponse(error);
        throw error;
      }
    });
  }

  const idempotencyKey = (request: Request) => request.headers.get('Idempotency-Key');
  const stepUpProof = (request: Request) => request.headers.get(STEP_UP_HEADER);

  const handlers: HttpHandler[] = [
    route('createSession', async ({ request }) => platform.mintSession(request.headers.get('X-Api-Key'), await readJson(request))),
    route('getMe', ({ context }) => platform.me(context)),
    route('listCategories', ({ context }) => platform.categories(context)),
    route('listBenefits', ({ url, context }) => {
      const query = Object.fromEntries(['category', 'card', 'q'].map((name) => [name, url.searchParams.get(name) ?? undefined]));
      const window = paging(url);
      return page(platform.listBenefits(context, { ...query, ...window }), window);
    }),
    route('getBenefit', ({ params, context }) => platform.getBenefit(context, String(params.benefitId))),
    route('claimBenefit', async ({ request, params, context }) =>
      platform.claim(context, String(params.benefitId), await readJson(request), idempotencyKey(request), stepUpProof(request)),
    ),
    route('launchPartner', async ({ request, params, context }) =>
      platform.launch(context, String(params.benefitId), await readJson(request), idempotencyKey(request), stepUpProof(request)),
    ),
    route('listWallet', ({ url, context }) => {
      const status = url.searchParams.get('status') ?? undefined;
      const window = paging(url);
      return page(platform.listWallet(context, { status, ...window }), window);
    }),
    route('getWalletItem', ({ params, context }) => platform.getWalletItem(context, String(params.itemId))),
    route('listCashback', ({ context }) => platform.cashback(context)),
    route('getSummary', ({ context }) => platform.summary(context)),

    // ---- the sandbox's own endpoints: assets, a partner platform, and controls for tests ----------

    http.get(`${base}/sandbox/art/:id.svg`, ({ params }) => {
      const benefit = platform.findBenefit(String(params.id));
      return benefit ? svg(benefitArt(benefit)) : new HttpResponse(null, { status: 404 });
    }),
    http.get(`${base}/sandbox/cards/:id.svg`, ({ params }) => {
      const product = SEED_TENANTS.flatMap((tenant) => tenant.products).find((candidate) => candidate.id === params.id);
      return product ? svg(cardArt(product)) : new HttpResponse(null, { status: 404 });
    }),
    http.get(`${base}/sandbox/partners/:benefitId`, ({ request, params }) => {
      const url = new URL(request.url);
      const benefit = platform.redeemLaunchTicket(String(params.benefitId), url.searchParams.get('ticket'));
      const { status, html } = partnerPage(benefit, negotiateLocale(request.headers.get('Accept-Language')));
      return new HttpResponse(html, { status, headers: { 'Content-Type': 'text/html; charset=utf-8', 'Cache-Control': 'no-store' } });
    }),
    http.post(`${base}/sandbox/vouchers/:itemId/use`, ({ params }) => control(() => platform.useVoucher(String(params.itemId)))),
    http.get(`${base}/sandbox/clock`, () => HttpResponse.json({ now: clock.now().toISOString(), frozen: clock.frozen })),
    http.put(`${base}/sandbox/clock`, async ({ request }) =>
      control(async () => {
        const body = (await readJson(request)) as { now?: unknown } | undefined;
        if (typeof body?.now !== 'string' || Number.isNaN(Date.parse(body.now))) {
          throw new PlatformProblem('validation_failed', 'The body must be { now: "<ISO 8601 instant>" }.');
        }
        clock.set(body.now);
      }),
    ),
    http.delete(`${base}/sandbox/clock`, () => control(() => clock.reset())),
    http.post(`${base}/sandbox/reset`, () => control(() => reset())),
  ];

  function reset() {
    platform.reset();
    clock.reset();
    flakyCounts.clear();
    standingScenario = initialScenario;
  }

  return {
    handlers,
    platform,
    clock,
    useScenario(scenario) {
      standingScenario = scenario;
      flakyCounts.clear();
    },
    reset,
  };
}

/** The sandbox's request handlers over a fresh state, for msw in Node or the browser, or the sandbox server. */
export function createHandlers(options: SandboxOptions = {}): HttpHandler[] {
  return createSandbox(options).handlers;
}

function svg(source: string) {
  return new HttpResponse(source, { headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' } });
}

async function control(action: () => unknown): Promise<Response> {
  try {
    await action();
    return new HttpResponse(null, { status: 204 });
  } catch (error) {
    if (error instanceof PlatformProblem) return problemResponse(error);
    throw error;
  }
}
