import { http, HttpResponse, type HttpHandler } from 'msw';
import { benefitPage, isSafeUrl, type BenefitSummary } from '@rights-kit/contract';
import { benefitArt } from './fixtures/art.js';
import { SEED_BENEFITS, type SeedBenefit } from './fixtures/benefits.js';
import { negotiateLocale, type SandboxLocale } from './locale.js';
import { problemResponse, sandboxJson } from './respond.js';

export interface SandboxOptions {
  /**
   * The origin and path prefix the API is served under, e.g. `https://rights.test`. Empty (the default)
   * serves it relative to the page or server it runs in.
   *
   * @default ''
   */
  baseUrl?: string;
}

const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 100;

/** The sandbox's request handlers, for msw in Node, in the browser, or behind the sandbox HTTP server. */
export function createHandlers({ baseUrl = '' }: SandboxOptions = {}): HttpHandler[] {
  const base = baseUrl.replace(/\/+$/, '');
  return [
    http.get(`${base}/v1/benefits`, ({ request }) => {
      if (!bearerToken(request)) return problemResponse(401, 'unauthorized', 'A session token is required.');
      const url = new URL(request.url);
      const query = Object.fromEntries(url.searchParams);

      const limit = query.limit === undefined ? DEFAULT_PAGE_SIZE : Number(query.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
        return problemResponse(400, 'validation_failed', `limit must be an integer from 1 to ${MAX_PAGE_SIZE}.`);
      }
      const offset = query.cursor === undefined ? 0 : decodeCursor(query.cursor);
      if (offset === undefined) return problemResponse(400, 'validation_failed', 'cursor is not one this sandbox issued.');

      const locale = negotiateLocale(request.headers.get('Accept-Language'));
      const search = query.q?.trim().toLocaleLowerCase();
      const matches = SEED_BENEFITS.filter(
        (benefit) =>
          (!query.category || benefit.category === query.category) &&
          (!search || [benefit.title, benefit.subtitle, benefit.partner].some((text) => Object.values(text).some((value) => value.toLocaleLowerCase().includes(search)))),
      );
      const apiRoot = new URL(`${base}/`, url.origin).href.slice(0, -1);
      const items = matches.slice(offset, offset + limit).map((benefit) => summarize(benefit, locale, apiRoot));
      const nextCursor = offset + limit < matches.length ? encodeCursor(offset + limit) : null;
      return sandboxJson(benefitPage, { items, nextCursor });
    }),

    http.get(`${base}/sandbox/art/:id.svg`, ({ params }) => {
      const benefit = SEED_BENEFITS.find((candidate) => candidate.id === params.id);
      if (!benefit) return new HttpResponse(null, { status: 404 });
      return new HttpResponse(benefitArt(benefit), {
        headers: { 'Content-Type': 'image/svg+xml', 'Cache-Control': 'public, max-age=86400' },
      });
    }),
  ];
}

/** A seed benefit as the platform would send it to a member reading in `locale`. */
export function summarize(benefit: SeedBenefit, locale: SandboxLocale, apiOrigin: string): BenefitSummary {
  const artUrl = `${apiOrigin}/sandbox/art/${benefit.id}.svg`;
  return {
    id: benefit.id,
    kind: benefit.kind,
    category: benefit.category,
    title: benefit.title[locale],
    subtitle: benefit.subtitle[locale],
    partner: { name: benefit.partner[locale] },
    // Artwork is served by the sandbox itself; over a plain-http LAN address the contract would rightly
    // refuse the URL, so there the card goes without a picture.
    ...(isSafeUrl(artUrl) && { image: { url: artUrl, alt: '' } }),
    value: { label: benefit.value.label[locale], ...(benefit.value.worth && { worth: benefit.value.worth }) },
    ...(benefit.quota && { quota: benefit.quota }),
    availability: benefit.availability,
    ...(benefit.validUntil && { validUntil: benefit.validUntil }),
  };
}

function bearerToken(request: Request): string | undefined {
  const match = /^Bearer (\S+)$/.exec(request.headers.get('Authorization') ?? '');
  return match?.[1];
}

// Cursors are opaque to clients; the sandbox's are a prefixed offset, which is enough to test paging.
const encodeCursor = (offset: number) => `o${offset.toString(36)}`;
function decodeCursor(cursor: string): number | undefined {
  const offset = /^o[0-9a-z]{1,8}$/.test(cursor) ? Number.parseInt(cursor.slice(1), 36) : Number.NaN;
  return Number.isSafeInteger(offset) ? offset : undefined;
}
