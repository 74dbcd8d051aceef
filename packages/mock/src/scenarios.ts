import { CATEGORY_IDS } from '@rights-kit/contract';

/**
 * Faults and special cases the sandbox can play, for a request (the `X-Sandbox-Scenario` header) or for
 * every request until cleared (`sandbox.useScenario()`, per test or story). A scenario is `name` or
 * `name:argument`, e.g. `slow:3000` or `flaky:2`.
 */
export const SCENARIOS = {
  slow: 'Answer after a delay: `slow:<ms>`, 3000 ms by default.',
  flaky: 'Fail with 503 the first N times a method and path is called, then succeed: `flaky:<n>`, 2 by default.',
  'error-500': 'Answer 500 internal.',
  'error-503': 'Answer 503 with Retry-After: 1.',
  'rate-limited': 'Answer 429 rate_limited with Retry-After: `rate-limited:<seconds>`, 2 by default.',
  'malformed-json': 'Answer 200 with a body that is not JSON.',
  'schema-violation': 'Answer 200 with JSON that breaks the contract.',
  'unknown-enums': 'Answer with kinds, categories and statuses this SDK version does not know.',
  'expired-token': 'Answer 401 unauthorized: the session has expired.',
  'step-up': 'Require a step-up proof (X-Step-Up-Proof) on every POST.',
  empty: 'Answer lists (benefits, wallet, cashback) with no items.',
  offline: 'Fail at the network level: no HTTP answer at all.',
} as const;

export type ScenarioName = keyof typeof SCENARIOS;

export interface Scenario {
  name: ScenarioName;
  argument: number | undefined;
}

export const SCENARIO_HEADER = 'X-Sandbox-Scenario';

/** Reads `name[:argument]`; undefined for an empty or unknown scenario. */
export function parseScenario(spec: string | null | undefined): Scenario | undefined {
  if (!spec) return undefined;
  const [name = '', argument] = spec.trim().split(':');
  if (!Object.prototype.hasOwnProperty.call(SCENARIOS, name)) return undefined;
  const number = argument === undefined ? undefined : Number(argument);
  return { name: name as ScenarioName, argument: number !== undefined && Number.isFinite(number) && number >= 0 ? number : undefined };
}

const CATEGORIES: ReadonlySet<string> = new Set(CATEGORY_IDS);

// Keys whose values are open enums in the contract: an "unknown-enums" answer sends values from the future.
const ENUM_KEYS = new Set(['kind', 'category', 'availability', 'status', 'display', 'tier', 'period', 'reason', 'id']);

/** A copy of `body` with every open-enum value replaced by one this SDK cannot know. */
export function withUnknownEnums(body: unknown, key?: string): unknown {
  if (Array.isArray(body)) return body.map((entry) => withUnknownEnums(entry, key));
  if (body && typeof body === 'object') {
    return Object.fromEntries(Object.entries(body).map(([entryKey, value]) => [entryKey, withUnknownEnums(value, entryKey)]));
  }
  // Category ids are the only `id`s that are enums; everything else named id stays an id.
  if (typeof body === 'string' && key && ENUM_KEYS.has(key) && (key !== 'id' || CATEGORIES.has(body))) {
    return `future_${body}`;
  }
  return body;
}

/** A copy of `body` that breaks the contract: the first object's first string field becomes a number. */
export function withSchemaViolation(body: unknown): unknown {
  // A JSON round trip rather than structuredClone (Safari 15.4, Chrome 98): the body is JSON anyway.
  const copy = JSON.parse(JSON.stringify(body)) as Record<string, unknown>;
  const target = Array.isArray(copy.items) && copy.items[0] && typeof copy.items[0] === 'object' ? (copy.items[0] as Record<string, unknown>) : copy;
  const key = Object.keys(target).find((candidate) => typeof target[candidate] === 'string');
  if (key) target[key] = 404;
  else target.broken = true;
  delete target.id;
  return copy;
}
