// Reading zod schemas' definitions, for what JSON Schema cannot say by itself.
import type { z } from '../internal/zod.js';

type Schema = z.core.$ZodType;

/** A schema's definition, typed by its `type`. */
export const defOf = (schema: Schema) => (schema as z.core.$ZodTypes)._zod.def;

export function isOpenEnum(schema: Schema): boolean {
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
export function catchAllTags(roots: readonly Schema[]): Map<Schema, string[]> {
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
