import type { RightsLocale } from '@rights-kit/client';
import type { Messages } from '../locales/index.js';
import type { RightsEnvironment } from './context.js';

/**
 * The environment of an element with texts of its own: the shared catalog plus the element's, with the
 * host's `messages` overrides (already in the shared catalog) still on top. One object per environment,
 * so renders reuse it.
 */
export function withOwnMessages<Own extends object>(catalogs: Record<RightsLocale, Own>) {
  const made = new WeakMap<RightsEnvironment, RightsEnvironment<Own>>();
  return (environment: RightsEnvironment): RightsEnvironment<Own> => {
    let withOwn = made.get(environment);
    if (!withOwn) {
      withOwn = { ...environment, messages: { ...catalogs[environment.locale], ...environment.messages } as Messages & Own };
      made.set(environment, withOwn);
    }
    return withOwn;
  };
}
