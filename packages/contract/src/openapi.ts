/**
 * The rights API as an OpenAPI 3.1 document, built from the contract's own schemas and `ENDPOINTS`, so
 * what a platform implements and what the SDK parses cannot drift apart. The build writes it to
 * `dist/openapi.json` (`@rights-kit/contract/openapi.json`).
 *
 * Schemas are converted with `io: 'input'`: the document describes what travels on the wire (what the
 * SDK accepts), not what parsing turns it into. So an open enum is "one of the known values, or any other
 * string", and objects accept fields they do not list.
 */
import { ENDPOINTS, type Endpoint } from './endpoints.js';
import { componentSchemas, type JsonSchema, type Schema } from './openapi/components.js';
import { PROBLEM_TEXTS } from './problem-texts.js';
import { PROBLEM_STATUS, type ERROR_CODES } from './problem.js';

export type { JsonSchema } from './openapi/components.js';

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

/** An error code this version knows. */
type Code = (typeof ERROR_CODES)[number];

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
