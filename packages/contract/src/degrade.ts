/**
 * Per-field degradation: which values a response may lose and still be worth showing.
 *
 * The contract is strict where a wrong value would be dangerous or meaningless (ids, kinds, statuses,
 * money, quotas, dates, codes, a partner launch link): such a response fails as a whole. But a picture,
 * a logo or a link in the terms is decoration; failing twenty benefit cards, or a whole detail, for one
 * of them would leave the cardholder nothing, and no retry helps while the data stays bad. Those fields
 * are declared here as droppable: a value that breaks the contract is dropped, the rest still reads,
 * and {@link takeDropped} says where a value went, so the client can report it (`docs/contract.md`).
 */
import { z } from './internal/zod.js';

/** Placeholders of list entries that were dropped, which {@link takeDropped} takes out of their lists. */
const droppedEntries = new WeakSet<object>();

/**
 * `z.catch(schema, fallback)`, built from its class: `z.catch()` reaches a helper through `core.util`,
 * which keeps every one of zod’s utilities in an esbuild bundle (2.8 KB gzipped more for the client).
 */
function withFallback<T extends z.ZodMiniType>(innerType: T, fallback: () => z.output<T>) {
  return new z.ZodMiniCatch({ type: 'catch', innerType, catchValue: fallback }) as z.ZodMiniCatch<T>;
}

/**
 * An optional field that is decoration or extra: a value that breaks the contract is dropped, as if the
 * platform had not sent it. Its type is optional, so whatever reads it already copes without it.
 */
export function droppable<T extends z.ZodMiniType>(schema: T) {
  return withFallback(z.optional(schema), () => undefined);
}

/**
 * A list entry that can be left out: one that breaks the contract is left out of its list by
 * {@link takeDropped}. Parsed without it, it reads as `placeholder()`, a value of the entry's own type
 * (for a rich-text block, a block of a type this version does not know).
 */
export function droppableEntry<T extends z.ZodMiniType>(schema: T, placeholder: () => z.output<T> & object) {
  return withFallback(schema, () => {
    const entry = placeholder();
    droppedEntries.add(entry);
    return entry;
  });
}

/**
 * Takes out of `parsed` (what a contract schema made of a JSON body) what was dropped, and returns where
 * each dropped value was in the body, as dotted paths (`items.3.image`). Never the values: they may be
 * hostile, or personal.
 *
 * A dropped field is the only way a parsed JSON body holds a key whose value is `undefined` (JSON has no
 * `undefined`, and no schema here turns a value into one), so that is how it is found.
 */
export function takeDropped(parsed: unknown): string[] {
  const paths: string[] = [];
  const visit = (node: unknown, path: string) => {
    if (typeof node !== 'object' || node === null) return;
    if (Array.isArray(node)) {
      node.forEach((entry: unknown, index) => (droppedEntries.has(entry as object) ? paths.push(`${path}${index}`) : visit(entry, `${path}${index}.`)));
      // In place, once the paths are taken: each path says where the value was in the body as sent.
      const kept = node.filter((entry: unknown) => !droppedEntries.has(entry as object));
      if (kept.length < node.length) node.splice(0, node.length, ...kept);
      return;
    }
    const record = node as Record<string, unknown>;
    for (const key of Object.keys(record)) {
      if (record[key] === undefined) {
        Reflect.deleteProperty(record, key);
        paths.push(`${path}${key}`);
      } else {
        visit(record[key], `${path}${key}.`);
      }
    }
  };
  visit(parsed, '');
  return paths;
}
