/**
 * The rights API as an OpenAPI 3.1 document, built from the contract's own schemas and `ENDPOINTS`, so
 * what a platform implements and what the SDK parses cannot drift apart. The build writes it to
 * `dist/openapi.json` (`@rights-kit/contract/openapi.json`).
 *
 * Schemas are converted with `io: 'input'`: the document describes what travels on the wire (what the
 * SDK accepts), not what parsing turns it into. So an open enum is "one of the known values, or any other
 * string", and objects accept fields they do not list.
 */
import {
  activationBenefit,
  benefitDetail,
  benefitPage,
  benefitSummary,
  benefitValue,
  availability,
  benefitKind,
  cardEligibility,
  location,
  partnerBenefit,
  partnerDetail,
  partnerRef,
  quota,
  reservationBenefit,
  unknownBenefit,
  validityWindow,
  voucherBenefit,
  voucherDisplay,
} from './benefit.js';
import { campaignStatus, cashbackCampaign, cashbackList, cashbackProgress, cashbackRule, currencyConversion } from './cashback.js';
import { category, categoryId, categoryList } from './category.js';
import { claimRequest, claimResult, launchRequest, partnerLaunch } from './claim.js';
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { dateField, formAnswers, formField, numberField, selectField, textField, timeSlotField, unknownField } from './form.js';
import { z } from './internal/zod.js';
import { card, cardProduct, cardTier, member, session, sessionRequest, tenant } from './member.js';
import { calendarDate, currency, decimal, identifier, image, instant, money, safeUrl, timeOfDay } from './primitives.js';
import { PROBLEM_TEXTS } from './problem-texts.js';
import { PROBLEM_STATUS, errorCode, problem, type ERROR_CODES } from './problem.js';
import { headingBlock, listBlock, paragraphBlock, richText, textBlock, textSpan, unknownBlock } from './rich-text.js';
import { valueSummary } from './summary.js';
import { activationItem, reservationItem, unknownItem, voucherItem, walletItem, walletPage, walletStatus } from './wallet.js';

/** A JSON Schema in OpenAPI 3.1's dialect (draft 2020-12). */
export interface JsonSchema {
  [keyword: string]: unknown;
}

export interface OpenApiReference {
  $ref: string;
}

export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  description?: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiHeader {
  description?: string;
  required?: boolean;
  schema: JsonSchema;
}

export interface OpenApiMediaType {
  schema: JsonSchema;
  examples?: Record<string, { summary?: string; value: unknown }>;
}

export interface OpenApiResponse {
  description: string;
  headers?: Record<string, OpenApiHeader | OpenApiReference>;
  content?: Record<string, OpenApiMediaType>;
}

export interface OpenApiOperation {
  operationId: string;
  summary: string;
  security: Record<string, string[]>[];
  parameters: (OpenApiParameter | OpenApiReference)[];
  requestBody?: { required: boolean; content: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse | OpenApiReference>;
}

export type OpenApiSecurityScheme =
  | { type: 'http'; scheme: 'bearer'; description?: string }
  | { type: 'apiKey'; in: 'header'; name: string; description?: string };

/** The subset of an OpenAPI 3.1 document this module writes. */
export interface OpenApiDocument {
  openapi: '3.1.0';
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  paths: Record<string, Partial<Record<'get' | 'post', OpenApiOperation>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    parameters: Record<string, OpenApiParameter>;
    headers: Record<string, OpenApiHeader>;
    responses: Record<string, OpenApiResponse>;
    securitySchemes: Record<string, OpenApiSecurityScheme>;
  };
}

type Schema = z.core.$ZodType;
/** An error code this version knows. */
type Code = (typeof ERROR_CODES)[number];

/**
 * The named schemas of `components.schemas`, in document order. A schema used anywhere else is written
 * as a `$ref` to its name; a request or response schema missing here is named after its operation.
 */
const COMPONENTS: readonly (readonly [id: string, schema: Schema, description?: string])[] = [
  ['Identifier', identifier, 'An opaque identifier chosen by the platform, safe in a URL path segment.'],
  ['Instant', instant, 'An instant in ISO 8601 with an explicit offset, e.g. `2026-12-31T23:59:59+08:00`.'],
  ['CalendarDate', calendarDate, "A calendar date, `YYYY-MM-DD`, in the partner's local time."],
  ['TimeOfDay', timeOfDay, "A time of day, `HH:MM`, in the partner's local time."],
  ['Decimal', decimal, 'A non-negative decimal number as a string (e.g. a rate of `"8.5"` per cent), never a binary float.'],
  ['Currency', currency, 'An ISO 4217 currency code.'],
  ['Money', money, 'An amount of money: a decimal string, so no value passes through a binary float, and its currency.'],
  [
    'SafeUrl',
    safeUrl,
    'An absolute `https:` URL without credentials; `http:` only on loopback hosts (`localhost`, `127.0.0.1`, `[::1]`), for sandboxes.',
  ],
  ['Image', image, 'An image with its text alternative; `alt` is empty only for decorative images.'],

  ['ErrorCode', errorCode],
  ['Problem', problem, "An RFC 9457 problem with the platform's stable `code`. `invalidParams` accompanies `validation_failed`."],

  ['SessionRequest', sessionRequest],
  ['Session', session, "A short-lived session token for one cardholder, handed by the bank's backend to its app."],
  ['Tenant', tenant, 'An issuing bank on the platform.'],
  ['CardProduct', cardProduct],
  ['CardTier', cardTier],
  ['Card', card, 'One of the member’s cards: the last four digits only, never a full card number.'],
  ['Member', member, 'The signed-in cardholder. The id is opaque; no name, phone or card number.'],

  ['CategoryId', categoryId],
  ['Category', category],
  ['CategoryList', categoryList],

  ['TextSpan', textSpan, 'A run of text; a `link` makes it a link.'],
  ['ParagraphBlock', paragraphBlock],
  ['ListBlock', listBlock],
  ['HeadingBlock', headingBlock],
  ['UnknownBlock', unknownBlock, 'A block type from a newer platform: renderers skip it.'],
  ['TextBlock', textBlock],
  ['RichText', richText, 'Structured text, never HTML: clients render it with their own markup.'],

  ['DateField', dateField],
  ['TimeSlotField', timeSlotField],
  ['SelectField', selectField],
  ['NumberField', numberField],
  ['TextField', textField],
  ['UnknownField', unknownField, 'A field type from a newer platform: clients that cannot render it offer the partner’s own channel.'],
  ['FormField', formField, 'One field of the form a reservation asks for.'],
  ['FormAnswers', formAnswers, "The cardholder's answers, keyed by field name."],

  ['CashbackRule', cashbackRule],
  ['CurrencyConversion', currencyConversion],
  ['CashbackProgress', cashbackProgress],
  ['CampaignStatus', campaignStatus],
  ['CashbackCampaign', cashbackCampaign],
  ['CashbackList', cashbackList],

  ['BenefitKind', benefitKind],
  ['Availability', availability],
  ['VoucherDisplay', voucherDisplay],
  ['Quota', quota, 'How much of a benefit the member may still take in the current period.'],
  ['BenefitValue', benefitValue],
  ['PartnerRef', partnerRef],
  ['BenefitSummary', benefitSummary, 'A benefit as it appears in lists.'],
  ['BenefitPage', benefitPage, 'One page of benefits; pass `nextCursor` back as `cursor`, `null` on the last page.'],
  ['ValidityWindow', validityWindow],
  ['CardEligibility', cardEligibility],
  ['Location', location],
  ['PartnerDetail', partnerDetail],
  ['VoucherBenefit', voucherBenefit],
  ['ActivationBenefit', activationBenefit],
  ['ReservationBenefit', reservationBenefit],
  ['PartnerBenefit', partnerBenefit],
  ['UnknownBenefit', unknownBenefit, 'A kind from a newer platform: shown with a generic look, not taken up.'],
  ['BenefitDetail', benefitDetail, 'Everything about one benefit, shaped by its `kind`.'],

  ['WalletStatus', walletStatus],
  ['VoucherItem', voucherItem],
  ['ReservationItem', reservationItem],
  ['ActivationItem', activationItem],
  ['UnknownItem', unknownItem, 'A wallet item of a kind from a newer platform.'],
  ['WalletItem', walletItem, 'A voucher, reservation or activation the member holds.'],
  ['WalletPage', walletPage, 'One page of wallet items; pass `nextCursor` back as `cursor`, `null` on the last page.'],

  ['ClaimRequest', claimRequest],
  ['ClaimResult', claimResult, 'The new wallet item and the card’s quota after the claim.'],
  ['LaunchRequest', launchRequest],
  ['PartnerLaunch', partnerLaunch, 'A short-lived, signed entry link into a partner platform.'],

  ['ValueSummary', valueSummary, 'The value the member’s cards gave back this year, against the annual fee.'],
];

/** The `safeUrl` rule (`isSafeUrl`) as a pattern, for validators that cannot run the refinement. */
const SAFE_URL_PATTERN = String.raw`^(https://|http://(localhost|127\.0\.0\.1|\[::1\])(:\d+)?([/?#]|$))`;

const DROPPED_FIELD = 'Not essential: a client drops a value that breaks this schema and shows the rest of the response.';
const DROPPED_ENTRY = 'A client leaves out an entry that breaks this schema and shows the others.';

/** Codes every operation may answer with; `ENDPOINTS[…].errors` lists the rest. */
const ALWAYS: readonly Code[] = ['unauthorized', 'rate_limited', 'internal'];
/** Codes every POST may answer with, because every POST takes an `Idempotency-Key`. */
const ON_POST: readonly Code[] = ['validation_failed', 'idempotency_conflict'];

/** Answers shared by every operation, in `components.responses`. */
const SHARED_RESPONSES: Record<number, string> = { 401: 'Unauthorized', 429: 'RateLimited', 500: 'Internal', 503: 'Unavailable' };

const ref = (section: keyof OpenApiDocument['components'], name: string): OpenApiReference => ({ $ref: `#/components/${section}/${name}` });
const schemaRef = (name: string): JsonSchema => ({ $ref: `#/components/schemas/${name}` });

const INFO_DESCRIPTION = `Cardholder benefits of a bank's cards: what the member can take, claiming it, and the wallet of what they hold.

**Sessions.** The bank's backend mints a short-lived session for its signed-in cardholder at \`POST /v1/sessions\`, authenticated with its platform API key (\`X-Api-Key\`, server to server only), and hands the token to its app. The app (the SDK) sends it as \`Authorization: Bearer <token>\` on every other request; on \`401\` it asks the bank's backend for a new one.

**Conventions.** Texts are localised from \`Accept-Language\`. Every POST takes an \`Idempotency-Key\`: the same key with the same body returns the first result; with a different body, \`409 idempotency_conflict\`. Errors are \`application/problem+json\` (RFC 9457) with a stable \`code\`. Enums are open (a client reads a value it does not know as \`unknown\`) and objects may gain fields. Money is a decimal string with an ISO 4217 currency. No HTML: text is structured rich text. URLs are \`https:\`.`;

/** Builds the OpenAPI document; the same every time it runs. */
export function createOpenApiDocument(): OpenApiDocument {
  const schemas = componentSchemas();
  const document: OpenApiDocument = {
    openapi: '3.1.0',
    info: { title: 'Rights API', version: '1.0.0', description: INFO_DESCRIPTION },
    servers: [{ url: 'https://rights.example' }],
    paths: {},
    components: {
      schemas: schemas.json,
      parameters: {
        AcceptLanguage: {
          name: 'Accept-Language',
          in: 'header',
          description:
            'The language to localise texts into: `zh-CN`, `zh-HK` or `en` (q-values honoured; Simplified Chinese when nothing matches).',
          schema: { type: 'string', examples: ['zh-CN', 'zh-HK', 'en'] },
        },
        IdempotencyKey: {
          name: 'Idempotency-Key',
          in: 'header',
          required: true,
          description:
            'A unique key per intended action, reused on retries. The same key with the same body returns the first result; with a different body, `409 idempotency_conflict`.',
          schema: { type: 'string', minLength: 8, maxLength: 128 },
        },
      },
      headers: {
        'X-Request-Id': { description: 'The platform’s id for this request, to quote to its support.', schema: { type: 'string' } },
        'Retry-After': { description: 'Seconds to wait before retrying.', schema: { type: 'integer', minimum: 0 } },
      },
      responses: {
        Unauthorized: problemResponse(401, ['unauthorized']),
        RateLimited: problemResponse(429, ['rate_limited'], { retryAfter: true }),
        Internal: problemResponse(500, ['internal']),
        Unavailable: problemResponse(503, ['internal'], {
          retryAfter: true,
          title: 'Service unavailable',
          description: '`internal`: The platform is temporarily unavailable (maintenance, overload); retry after `Retry-After` seconds.',
        }),
      },
      securitySchemes: {
        session: { type: 'http', scheme: 'bearer', description: "A session token minted by the bank's backend at `POST /v1/sessions`." },
        apiKey: {
          type: 'apiKey',
          in: 'header',
          name: 'X-Api-Key',
          description: "The bank backend's platform API key. Server to server only; never in an app.",
        },
      },
    },
  };

  const identifierSchema = schemas.json.Identifier;
  for (const [operationId, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const pathItem = (document.paths[endpoint.path] ??= {});
    pathItem[endpoint.method === 'GET' ? 'get' : 'post'] = operation(operationId, endpoint, schemas.name, identifierSchema?.pattern);
  }
  return document;
}

function operation(operationId: string, endpoint: Endpoint, name: (schema: Schema) => string, idPattern: unknown): OpenApiOperation {
  const isPost = endpoint.method === 'POST';
  const parameters: (OpenApiParameter | OpenApiReference)[] = [
    ...[...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, param = '']) => ({
      name: param,
      in: 'path' as const,
      required: true,
      schema: { type: 'string', pattern: idPattern },
    })),
    ...Object.entries(endpoint.query ?? {}).map(([param, { description, type, values }]) => ({
      name: param,
      in: 'query' as const,
      // Known values are examples, never an `enum`: the platform may add more.
      description: values ? `${description} Known values: ${values.map((value) => `\`${value}\``).join(', ')}; more may be added.` : description,
      schema: values ? { type, examples: [...values] } : { type },
    })),
    ref('parameters', 'AcceptLanguage'),
    ...(isPost ? [ref('parameters', 'IdempotencyKey')] : []),
  ];

  const codes = [...new Set([...endpoint.errors, ...(isPost ? ON_POST : []), ...ALWAYS])];
  const byStatus = new Map<number, Code[]>();
  for (const code of codes) byStatus.set(PROBLEM_STATUS[code], [...(byStatus.get(PROBLEM_STATUS[code]) ?? []), code]);
  byStatus.set(503, ['internal']);
  const errors = [...byStatus].sort(([a], [b]) => a - b);

  return {
    operationId,
    summary: endpoint.summary,
    security: [{ [endpoint.auth]: [] }],
    parameters,
    ...(endpoint.body && {
      requestBody: { required: true, content: { 'application/json': { schema: schemaRef(name(endpoint.body)) } } },
    }),
    responses: {
      [endpoint.status]: {
        description: endpoint.status === 201 ? 'Created.' : 'OK.',
        headers: { 'X-Request-Id': ref('headers', 'X-Request-Id') },
        content: { 'application/json': { schema: schemaRef(name(endpoint.response)) } },
      },
      ...Object.fromEntries(
        errors.map(([status, statusCodes]) => {
          const shared = SHARED_RESPONSES[status];
          return [status, shared ? ref('responses', shared) : problemResponse(status, statusCodes)];
        }),
      ),
    },
  };
}

/** An `application/problem+json` answer with one example per code; `title` overrides the codes' own. */
function problemResponse(status: number, codes: readonly Code[], { retryAfter = false, description = '', title = '' } = {}): OpenApiResponse {
  return {
    description: description || codes.map((code) => `\`${code}\`: ${PROBLEM_TEXTS[code].when}`).join(' '),
    headers: {
      'X-Request-Id': ref('headers', 'X-Request-Id'),
      ...(retryAfter && { 'Retry-After': ref('headers', 'Retry-After') }),
    },
    content: {
      'application/problem+json': {
        schema: schemaRef('Problem'),
        examples: Object.fromEntries(codes.map((code) => [code, { value: { title: title || PROBLEM_TEXTS[code].title, status, code } }])),
      },
    },
  };
}

/** `components.schemas` from the contract's schemas, and the name each request and response schema has there. */
function componentSchemas() {
  const registry = z.registry<{ id: string; description?: string }>();
  for (const [id, schema, description] of COMPONENTS) registry.add(schema, { id, ...(description && { description }) });
  for (const [operationId, endpoint] of Object.entries(ENDPOINTS) as [string, Endpoint][]) {
    const Name = operationId.charAt(0).toUpperCase() + operationId.slice(1);
    if (endpoint.body && !registry.has(endpoint.body)) registry.add(endpoint.body, { id: `${Name}Request` });
    if (!registry.has(endpoint.response)) registry.add(endpoint.response, { id: `${Name}Response` });
  }

  const catchAll = catchAllTags(COMPONENTS.map(([, schema]) => schema));
  const { schemas } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'input',
    // Refinements and transforms have no JSON Schema; the overrides below restate the ones that matter.
    unrepresentable: 'any',
    metadata: registry,
    uri: (id) => `#/components/schemas/${id}`,
    override({ zodSchema, jsonSchema }) {
      if (zodSchema === safeUrl) Object.assign(jsonSchema, { format: 'uri', pattern: SAFE_URL_PATTERN });
      const known = catchAll.get(zodSchema);
      if (known) jsonSchema.not = { enum: known };
      const def = defOf(zodSchema);
      if (def.type === 'catch') {
        // What a client does with a value here that breaks the contract (see `degrade.ts`).
        jsonSchema.description ??= defOf(def.innerType).type === 'optional' ? DROPPED_FIELD : DROPPED_ENTRY;
      }
      if (isOpenEnum(zodSchema)) {
        jsonSchema.description ??= 'Open: the platform may add values; a client reads one it does not know as `unknown`.';
      }
      // z.int()'s safe-integer bounds say nothing a JSON number does not.
      if (jsonSchema.type === 'integer') {
        if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
        if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
      }
    },
  });

  const json: Record<string, JsonSchema> = {};
  for (const [id, { $schema: _dialect, $id: _id, description, ...schema }] of Object.entries(schemas)) {
    json[id] = { ...(description !== undefined && { description }), ...schema };
  }
  return {
    json,
    name(schema: Schema): string {
      const id = registry.get(schema)?.id;
      if (id === undefined) throw new Error('Every request and response schema is registered above.');
      return id;
    },
  };
}

/** A schema's definition, typed by its `type`. */
const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;

function isOpenEnum(schema: Schema): boolean {
  const def = defOf(schema);
  if (def.type !== 'pipe' || defOf(def.out).type !== 'transform') return false;
  const input = defOf(def.in);
  return input.type === 'union' && input.options.some((option) => defOf(option).type === 'enum');
}

/**
 * The catch-all variants of tagged unions: `unknownKind` accepts any tag *but* its siblings' (a known
 * kind with a malformed body must fail, not pass as unknown). That is a refinement, which JSON Schema
 * cannot run, so the tag's schema is mapped to the known tags and gets `not: { enum: known }`.
 */
function catchAllTags(roots: readonly Schema[]): Map<Schema, string[]> {
  const found = new Map<Schema, string[]>();
  const seen = new Set<Schema>();
  const visit = (schema: Schema) => {
    if (seen.has(schema)) return;
    seen.add(schema);
    const def = defOf(schema);
    if (def.type === 'union') {
      const shapes = def.options.map(defOf).map((option) => (option.type === 'object' ? option.shape : {}));
      for (const tag of Object.keys(shapes[0] ?? {})) {
        const tags = shapes.map((shape) => shape[tag]);
        const known = tags.map(literalValue).filter((value) => value !== undefined);
        const [other, ...more] = tags.filter((tagSchema) => tagSchema && literalValue(tagSchema) === undefined);
        if (other && more.length === 0 && known.length === tags.length - 1 && defOf(other).type === 'pipe') found.set(other, known);
      }
    }
    for (const child of childrenOf(schema)) visit(child);
  };
  roots.forEach(visit);
  return found;
}

function literalValue(schema: Schema | undefined): string | undefined {
  const def = schema && defOf(schema);
  return def?.type === 'literal' && def.values.length === 1 && typeof def.values[0] === 'string' ? def.values[0] : undefined;
}

function childrenOf(schema: Schema): Schema[] {
  const def = defOf(schema);
  // zod's own schema types, not a domain's: every type not named here holds no schema inside it.
  // eslint-disable-next-line @typescript-eslint/switch-exhaustiveness-check
  switch (def.type) {
    case 'object':
      return Object.values(def.shape);
    case 'array':
      return [def.element];
    case 'optional':
    case 'catch':
    case 'nullable':
    case 'default':
    case 'readonly':
      return [def.innerType];
    case 'union':
      return [...def.options];
    case 'pipe':
      return [def.in, def.out];
    case 'record':
      return [def.keyType, def.valueType];
    default:
      return [];
  }
}
