import { createContext } from '@lit/context';
import type { RightsBridge, RightsClient, RightsLocale } from '@rights-kit/client';
import { DEFAULT_LOCALE, resolveMessages, type Messages } from '../locales/index.js';

/**
 * What a `<rights-provider>` gives every rights element inside it. A new object whenever any part changes.
 * `Own` is the texts an element keeps with itself, added to the shared ones (see `withOwnMessages`).
 */
export interface RightsEnvironment<Own extends object = object> {
  /** Absent until the provider has a `client`, or a `base-url` and `getToken`. */
  client: RightsClient | undefined;
  locale: RightsLocale;
  messages: Messages & Own;
  /** The native app's bridge, when the experience runs in one. */
  bridge: RightsBridge | undefined;
  /** Whether the host has the cardholder's consent for `rights-analytics` events. */
  analytics: boolean;
  /** Whether vouchers shown are kept on the device, to be shown again offline. */
  offlineVouchers: boolean;
}

/** Whether two clients speak for the same session, e.g. one derived from the other for a new locale. */
export const sameSession = (a: RightsClient, b: RightsClient) => a === b || (a.options.baseUrl === b.options.baseUrl && a.options.getToken === b.options.getToken);

export const rightsEnvironment = createContext<RightsEnvironment | undefined>(Symbol('rights-kit.environment'));

/** What an element uses outside any provider: the source locale's texts, no client, no bridge, no analytics. */
export const FALLBACK_ENVIRONMENT: RightsEnvironment = Object.freeze({
  client: undefined,
  locale: DEFAULT_LOCALE,
  messages: resolveMessages(DEFAULT_LOCALE),
  bridge: undefined,
  analytics: false,
  offlineVouchers: false,
});
