// The rights API as msw handlers: one route for each row of the contract's ENDPOINTS table. A row gives
// the method, the path, the success status and the response schema every answer is checked against;
// this file only says how the platform answers it, and a row without an answer does not compile.
import { ENDPOINTS, type EndpointId } from '@rights-kit/contract';
import { http, HttpResponse, type HttpHandler } from 'msw';
import { negotiateLocale } from './locale.js';
import { page, PAGING_PARAMETERS, pageWindow, type PageWindow } from './paging.js';
import type { ScenarioPlayer } from './play-scenario.js';
import type { SandboxClock } from './platform/clock.js';
import { STEP_UP_HEADER, type Platform, type RequestContext } from './platform/platform.js';
import { PlatformProblem, STEP_UP_REQUIRED } from './platform/problem.js';
import { readJson } from './read-json.js';
import { problemResponse, sandboxJson } from './respond.js';
import { withSchemaViolation, withUnknownEnums, type Scenario } from './scenarios.js';

type Row<Id extends EndpointId> = (typeof ENDPOINTS)[Id];

/** The names of a path's `{placeholders}`. */
type PathParams<Path extends string> = Path extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParams<Rest> : never;

/** What the platform answers an endpoint with: what its response schema reads. */
type AnswerOf<Id extends EndpointId> = ReturnType<Row<Id>['response']['parse']>;

interface RouteInput<Id extends EndpointId> {
  request: Request;
  url: URL;
  params: Record<PathParams<Row<Id>['path']>, string>;
  context: RequestContext;
}

type Answers = { readonly [Id in EndpointId]: (input: RouteInput<Id>) => AnswerOf<Id> | Promise<AnswerOf<Id>> };

/** The endpoints that answer a page of a list. */
type ListId = { [Id in EndpointId]: Row<Id> extends { query: object } ? Id : never }[EndpointId];
type Filters<Id extends ListId> = Partial<Record<Exclude<keyof Row<Id>['query'], (typeof PAGING_PARAMETERS)[number]>, string>>;

const isPaging = (name: string) => (PAGING_PARAMETERS as readonly string[]).includes(name);

/** A page of a list endpoint: the row's own query parameters filter the list, and the cursor and limit page it. */
function paged<Id extends ListId, T>(id: Id, url: URL, list: (query: Filters<Id> & PageWindow) => { items: T[]; hasMore: boolean }) {
  const window = pageWindow(url);
  const names = Object.keys(ENDPOINTS[id].query).filter((name) => !isPaging(name));
  const filters = Object.fromEntries(names.map((name) => [name, url.searchParams.get(name) ?? undefined])) as Filters<Id>;
  return page(list({ ...filters, ...window }), window);
}

function answersOf(platform: Platform): Answers {
  const idempotencyKey = (request: Request) => request.headers.get('Idempotency-Key');
  const stepUpProof = (request: Request) => request.headers.get(STEP_UP_HEADER);
  return {
    createSession: async ({ request }) => platform.mintSession(request.headers.get('X-Api-Key'), await readJson(request)),
    getMe: ({ context }) => platform.me(context),
    listCategories: ({ context }) => platform.categories(context),
    listBenefits: ({ url, context }) => paged('listBenefits', url, (query) => platform.listBenefits(context, query)),
    getBenefit: ({ params, context }) => platform.getBenefit(context, params.benefitId),
    claimBenefit: async ({ request, params, context }) =>
      platform.claim(context, params.benefitId, await readJson(request), idempotencyKey(request), stepUpProof(request)),
    launchPartner: async ({ request, params, context }) =>
      platform.launch(context, params.benefitId, await readJson(request), idempotencyKey(request), stepUpProof(request)),
    listWallet: ({ url, context }) => paged('listWallet', url, (query) => platform.listWallet(context, query)),
    getWalletItem: ({ params, context }) => platform.getWalletItem(context, params.itemId),
    listCashback: ({ context }) => platform.cashback(context),
    getSummary: ({ context }) => platform.summary(context),
  };
}

export interface ApiRoutesOptions {
  /** The origin and path prefix the API is served under, without a trailing slash. */
  base: string;
  platform: Platform;
  clock: SandboxClock;
  /** The scenario a request plays: its own header's, or the one standing for every request. */
  scenarioOf(request: Request): Scenario | undefined;
  player: ScenarioPlayer;
}

export function apiRoutes({ base, platform, clock, scenarioOf, player }: ApiRoutesOptions): HttpHandler[] {
  const answers = answersOf(platform);

  function route<Id extends EndpointId>(id: Id): HttpHandler {
    const endpoint: Row<EndpointId> = ENDPOINTS[id];
    const answer = answers[id];
    const path = `${base}${endpoint.path.replace(/\{(\w+)\}/g, ':$1')}`;
    const method = endpoint.method === 'GET' ? http.get : http.post;
    return method(path, async ({ request, params }) => {
      const url = new URL(request.url);
      const scenario = scenarioOf(request);
      try {
        const played = await player.play(scenario, request, url);
        if (played) return played;
        if (scenario?.name === 'step-up' && endpoint.method === 'POST' && endpoint.auth === 'session' && !request.headers.get(STEP_UP_HEADER)) {
          throw new PlatformProblem(STEP_UP_REQUIRED.code, STEP_UP_REQUIRED.detail);
        }
        const context: RequestContext = {
          memberId: endpoint.auth === 'session' ? platform.authenticate(request.headers.get('Authorization')) : '',
          locale: negotiateLocale(request.headers.get('Accept-Language')),
          origin: new URL(`${base}/`, url.origin).href.slice(0, -1),
          now: clock.now(),
        };
        let body: unknown = await answer({ request, url, params: params as RouteInput<Id>['params'], context });
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

  return (Object.keys(ENDPOINTS) as EndpointId[]).map(route);
}
