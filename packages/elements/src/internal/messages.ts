import type { RightsLocale } from '@rights-kit/client';
import type { Messages } from '../locales/index.js';
import type { RightsEnvironment } from './context.js';

/** Texts an element keeps with itself (a `*.messages.ts` module), one catalog per locale. */
export type MessageNamespace = Readonly<Record<RightsLocale, object>>;

type Intersection<U> = (U extends unknown ? (union: U) => void : never) extends (all: infer I) => void ? I : never;

/** The texts of every namespace in `N`, as one. */
export type NamespaceTexts<N extends readonly MessageNamespace[]> = Intersection<N[number][RightsLocale]> & object;

/**
 * The environment of an element with texts of its own: the shared catalog plus each namespace's texts
 * (an element's own, and those it shares with other lazily loaded elements, e.g. `TAKING_MESSAGES`),
 * with the host's `messages` overrides (already in the shared catalog) still on top. One object per
 * environment, so renders reuse it.
 */
export function withOwnMessages<N extends readonly MessageNamespace[]>(namespaces: N) {
  const made = new WeakMap<RightsEnvironment, RightsEnvironment<NamespaceTexts<N>>>();
  return (environment: RightsEnvironment): RightsEnvironment<NamespaceTexts<N>> => {
    let withOwn = made.get(environment);
    if (!withOwn) {
      const messages = Object.assign({}, ...namespaces.map((namespace) => namespace[environment.locale]), environment.messages) as Messages & NamespaceTexts<N>;
      withOwn = { ...environment, messages };
      made.set(environment, withOwn);
    }
    return withOwn;
  };
}
