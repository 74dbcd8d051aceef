import { createContext } from '@lit/context';
import type { RightsClient, RightsLocale } from '@rights-kit/client';
import { DEFAULT_LOCALE, resolveMessages, type Messages } from '../locales/index.js';

/** What a `<rights-provider>` gives every rights element inside it. A new object whenever any part changes. */
export interface RightsEnvironment {
  /** Absent until the provider has a `client`, or a `base-url` and `getToken`. */
  client: RightsClient | undefined;
  locale: RightsLocale;
  messages: Messages;
}

export const rightsEnvironment = createContext<RightsEnvironment | undefined>(Symbol('rights-kit.environment'));

/** What an element uses outside any provider: the source locale's texts, and no client. */
export const FALLBACK_ENVIRONMENT: RightsEnvironment = Object.freeze({
  client: undefined,
  locale: DEFAULT_LOCALE,
  messages: resolveMessages(DEFAULT_LOCALE),
});
