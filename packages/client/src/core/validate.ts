import { takeDropped } from '@rights-kit/contract';
import type { ResponseIssue } from './errors.js';

/**
 * The part of the Standard Schema interface the client needs. The contract's zod schemas implement it,
 * which keeps zod itself out of the client's own code.
 */
export interface ResponseSchema<Output> {
  readonly '~standard': {
    validate(value: unknown):
      | { readonly value: Output; readonly issues?: undefined }
      | { readonly issues: ReadonlyArray<{ readonly message: string; readonly path?: ReadonlyArray<PropertyKey | { readonly key: PropertyKey }> | undefined }> }
      | Promise<unknown>;
  };
}

/** `dropped`: where the contract dropped a value it could do without (`items.3.image`), never the value. */
export type ValidationResult<Output> = { ok: true; value: Output; dropped: string[] } | { ok: false; issues: ResponseIssue[] };

/** Checks a JSON body against its contract schema. */
export function validate<Output>(schema: ResponseSchema<Output>, body: unknown): ValidationResult<Output> {
  const result = schema['~standard'].validate(body);
  if (result instanceof Promise) throw new TypeError('Response schemas must validate synchronously');
  if (!result.issues) return { ok: true, value: result.value, dropped: takeDropped(result.value) };
  return {
    ok: false,
    issues: result.issues.map((issue) => ({
      path: (issue.path ?? []).map((segment) => String(typeof segment === 'object' ? segment.key : segment)).join('.'),
      message: issue.message,
    })),
  };
}
