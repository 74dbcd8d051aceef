// The sandbox's own endpoints, beside the rights API: generated artwork, the stand-in partner platform,
// and controls for tests (a merchant's scan, the clock, a reset).
import { http, HttpResponse, type HttpHandler } from 'msw';
import { benefitArt, cardArt } from './fixtures/art.js';
import { SEED_TENANTS } from './fixtures/tenants.js';
import { negotiateLocale } from './locale.js';
import { partnerPage } from './partner-page.js';
import type { SandboxClock } from './platform/clock.js';
import type { Platform } from './platform/platform.js';
import { PlatformProblem } from './platform/problem.js';
import { readJson } from './read-json.js';
import { problemResponse } from './respond.js';

export interface SandboxRoutesOptions {
  /** The origin and path prefix the sandbox is served under, without a trailing slash. */
  base: string;
  platform: Platform;
  clock: SandboxClock;
  /** Back to the seed state. */
  reset(): void;
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

export function sandboxRoutes({ base, platform, clock, reset }: SandboxRoutesOptions): HttpHandler[] {
  return [
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
      const landing = platform.redeemLaunchTicket(String(params.benefitId), url.searchParams.get('ticket'));
      const { status, html } = partnerPage(landing, negotiateLocale(request.headers.get('Accept-Language')));
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
}
