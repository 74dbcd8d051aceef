import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { BENEFIT_KINDS, ENDPOINTS, ERROR_CODES, PROBLEM_STATUS, type Endpoint } from './index.js';
import { createOpenApiDocument, type OpenApiOperation, type OpenApiParameter, type OpenApiResponse } from './openapi.js';

const document = createOpenApiDocument();
const endpoints = Object.entries(ENDPOINTS) as [string, Endpoint][];

/** Follows a local `$ref` (a JSON pointer into the document); `undefined` when it leads nowhere. */
function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) return undefined;
  let node: unknown = document;
  for (const segment of pointer.slice(2).split('/')) {
    const key = decodeURIComponent(segment).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof node !== 'object' || node === null || !Object.hasOwn(node, key)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function deref<T>(value: T | { $ref: string }): T {
  return value && typeof value === 'object' && '$ref' in value ? (resolvePointer(value.$ref) as T) : value;
}

/** Every object in the document with its JSON path. */
function* objects(node: unknown, path = '#'): Generator<[string, Record<string, unknown>]> {
  if (typeof node !== 'object' || node === null) return;
  if (!Array.isArray(node)) yield [path, node as Record<string, unknown>];
  for (const [key, value] of Object.entries(node)) yield* objects(value, `${path}/${key}`);
}

/** A schema and every schema inside it, with their JSON paths. */
function* subschemas(schema: Record<string, unknown>, path: string): Generator<[string, Record<string, unknown>]> {
  yield [path, schema];
  const child = (keyword: string, value: unknown) => (typeof value === 'object' && value !== null && !Array.isArray(value) ? subschemas(value as Record<string, unknown>, `${path}/${keyword}`) : []);
  for (const keyword of ['items', 'additionalProperties', 'propertyNames', 'not']) yield* child(keyword, schema[keyword]);
  for (const keyword of ['properties', '$defs']) {
    for (const [key, value] of Object.entries((schema[keyword] as Record<string, unknown> | undefined) ?? {})) yield* child(`${keyword}/${key}`, value);
  }
  for (const keyword of ['anyOf', 'oneOf', 'allOf']) {
    for (const [index, value] of ((schema[keyword] as unknown[] | undefined) ?? []).entries()) yield* child(`${keyword}/${index}`, value);
  }
}

function operationOf(endpoint: Endpoint): OpenApiOperation {
  return document.paths[endpoint.path]![endpoint.method === 'GET' ? 'get' : 'post']!;
}

describe('the OpenAPI document', () => {
  it('is a valid OpenAPI 3.1 document', async () => {
    const validator = new Validator();
    const result = await validator.validate(structuredClone(document) as unknown as Record<string, unknown>);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
  });

  it('is the same every time', () => {
    expect(JSON.stringify(createOpenApiDocument())).toBe(JSON.stringify(document));
  });

  it('has every endpoint, with its method, auth and schemas', () => {
    const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
    expect(operations).toHaveLength(endpoints.length);
    for (const [id, endpoint] of endpoints) {
      const operation = operationOf(endpoint);
      expect(operation.operationId).toBe(id);
      expect(operation.security).toEqual([{ [endpoint.auth]: [] }]);
      const success = deref(operation.responses[endpoint.status]!);
      expect(success.content?.['application/json']?.schema.$ref).toMatch(/^#\/components\/schemas\//);
      expect(success.headers?.['X-Request-Id']).toBeDefined();
      expect(operation.requestBody !== undefined).toBe(endpoint.body !== undefined);
    }
  });

  it('describes each path parameter as an opaque identifier', () => {
    for (const [, endpoint] of endpoints) {
      const names = [...endpoint.path.matchAll(/\{(\w+)\}/g)].map(([, name]) => name);
      const path = operationOf(endpoint).parameters.map(deref<OpenApiParameter>).filter((parameter) => parameter.in === 'path');
      expect(path.map((parameter) => parameter.name)).toEqual(names);
      for (const parameter of path) expect(parameter).toMatchObject({ required: true, schema: { type: 'string', pattern: '^[A-Za-z0-9_-]{1,64}$' } });
    }
  });

  it('lists known query values without restricting them', () => {
    const category = operationOf(ENDPOINTS.listBenefits)
      .parameters.map(deref<OpenApiParameter>)
      .find((parameter) => parameter.name === 'category')!;
    expect(category.schema).toEqual({ type: 'string', examples: [...ENDPOINTS.listBenefits.query.category.values] });
  });

  it('requires an Idempotency-Key on every POST, and takes Accept-Language everywhere', () => {
    for (const [, endpoint] of endpoints) {
      const headers = operationOf(endpoint).parameters.map(deref<OpenApiParameter>).filter((parameter) => parameter.in === 'header');
      expect(headers.map((header) => header.name)).toContain('Accept-Language');
      const key = headers.find((header) => header.name === 'Idempotency-Key');
      if (endpoint.method === 'POST') expect(key).toMatchObject({ required: true, schema: { minLength: 8, maxLength: 128 } });
      else expect(key).toBeUndefined();
    }
  });

  it("documents 401 and every one of the endpoint's problem codes, as problem+json", () => {
    for (const [id, endpoint] of endpoints) {
      const { responses } = operationOf(endpoint);
      for (const code of ['unauthorized', 'rate_limited', 'internal', ...endpoint.errors] as const) {
        const response = deref<OpenApiResponse>(responses[PROBLEM_STATUS[code]]!);
        const problemJson = response?.content?.['application/problem+json'];
        expect(problemJson?.schema, `${id} ${code}`).toEqual({ $ref: '#/components/schemas/Problem' });
        expect(problemJson?.examples?.[code]?.value, `${id} ${code}`).toMatchObject({ code, status: PROBLEM_STATUS[code] });
      }
      for (const status of ['429', '503']) expect(deref<OpenApiResponse>(responses[status]!).headers?.['Retry-After']).toBeDefined();
    }
  });

  it('resolves every $ref inside the document', () => {
    const refs = [...objects(document)].filter(([, node]) => typeof node.$ref === 'string');
    expect(refs.length).toBeGreaterThan(50);
    for (const [path, node] of refs) expect(resolvePointer(node.$ref as string), `${path} → ${String(node.$ref)}`).toBeDefined();
  });

  // The validator checks the document's structure, not the JSON Schemas inside it.
  it('writes well-formed schemas: JSON types, compilable patterns, required properties that exist', () => {
    const types = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
    const schemas = Object.entries(document.components.schemas).flatMap(([name, schema]) => [...subschemas(schema, `#/components/schemas/${name}`)]);
    expect(schemas.length).toBeGreaterThan(300);
    for (const [path, node] of schemas) {
      for (const type of [node.type ?? []].flat()) expect(types, `${path}/type`).toContain(type);
      if (typeof node.pattern === 'string') expect(() => new RegExp(node.pattern as string, 'u'), `${path}/pattern`).not.toThrow();
      if (Array.isArray(node.required)) expect(Object.keys(node.properties ?? {}), `${path}/required`).toEqual(expect.arrayContaining(node.required));
    }
  });

  it('lists every known error code in the Problem schema', () => {
    const problem = document.components.schemas.Problem as { properties: { code: { $ref: string } } };
    const code = deref<{ anyOf: { enum?: string[] }[] }>(problem.properties.code);
    expect(code.anyOf.find((branch) => branch.enum)?.enum).toEqual([...ERROR_CODES]);
    // Open: any other string is accepted too.
    expect(code.anyOf).toContainEqual({ type: 'string' });
  });

  it('keeps tagged unions exact: a known kind never passes as the unknown variant', () => {
    const unknown = document.components.schemas.UnknownBenefit as { properties: { kind: unknown } };
    expect(unknown.properties.kind).toMatchObject({ type: 'string', not: { enum: [...BENEFIT_KINDS] } });
    for (const name of ['UnknownBlock', 'UnknownField', 'UnknownItem']) {
      expect(JSON.stringify(document.components.schemas[name]), name).toContain('"not":{"enum":[');
    }
  });

  it('says which fields and entries a client drops when they break their schema, and no others', () => {
    type Properties = Record<string, { $ref?: string; description?: string }>;
    const schemas = document.components.schemas as Record<string, { properties: Properties; required?: string[]; items?: { description?: string } }>;
    const dropped = (schema: string) =>
      Object.entries(schemas[schema]!.properties)
        .filter(([, property]) => property.description?.includes('a client drops'))
        .map(([name]) => name);
    expect(dropped('BenefitSummary')).toEqual(['subtitle', 'image']);
    expect(dropped('PartnerRef')).toEqual(['logo']);
    expect(dropped('PartnerDetail')).toEqual(['logo', 'description']);
    expect(dropped('TextSpan')).toEqual(['strong', 'emphasis', 'link']);
    expect(dropped('Location')).toEqual(['phone', 'openingHours', 'geo']);
    expect(dropped('Card')).toEqual(['art']);
    expect(dropped('CashbackCampaign')).toEqual([]);
    // What travels is unchanged: the same schema, optional as before.
    expect(schemas.BenefitSummary!.properties.image).toEqual({ $ref: '#/components/schemas/Image', description: expect.any(String) });
    expect(schemas.BenefitSummary!.required).not.toContain('image');
    expect(schemas.RichText!.items).toEqual({ $ref: '#/components/schemas/TextBlock', description: expect.stringContaining('leaves out an entry') });
  });

  it('restates the https-only URL rule', () => {
    const url = document.components.schemas.SafeUrl as { pattern: string };
    const pattern = new RegExp(url.pattern);
    for (const ok of ['https://cdn.rights.example/a.svg', 'http://localhost:4010/x', 'http://127.0.0.1', 'http://[::1]:8080/']) expect(ok).toMatch(pattern);
    for (const bad of ['http://rights.example/a', 'javascript:alert(1)', 'data:text/html,x', 'http://localhost.evil.example/']) expect(bad).not.toMatch(pattern);
  });

  it('has no HTML anywhere', () => {
    for (const [path, node] of objects(document)) {
      for (const keyword of ['format', 'contentMediaType', 'contentEncoding']) {
        expect(String(node[keyword] ?? ''), `${path}/${keyword}`).not.toMatch(/html|xml/i);
      }
      if (path.endsWith('/content')) for (const mediaType of Object.keys(node)) expect(mediaType, path).not.toMatch(/html/i);
    }
  });
});
