import type { RightsLocale } from '@rights-kit/client';
import type { Messages } from '../locales/index.js';
import type { RightsEnvironment } from './context.js';

/**
 * The environment of an element with texts of its own: the shared catalog plus the element's, and the
 * texts it shares with other lazily loaded elements (`also`, e.g. `TAKING_MESSAGES`), with the host's
 * `messages` overrides (already in the shared catalog) still on top. One object per environment, so
 * renders reuse it.
 */
export function withOwnMessages<Own extends object, Also extends object = object>(catalogs: Record<RightsLocale, Own>, also?: Record<RightsLocale, Also>) {
  const made = new WeakMap<RightsEnvironment, RightsEnvironment<Own & Also>>();
  return (environment: RightsEnvironment): RightsEnvironment<Own & Also> => {
    let withOwn = made.get(environment);
    if (!withOwn) {
      const messages = { ...also?.[environment.locale], ...catalogs[environment.locale], ...environment.messages } as Messages & Own & Also;
      withOwn = { ...environment, messages };
      made.set(environment, withOwn);
    }
    return withOwn;
  };
}
