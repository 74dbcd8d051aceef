import { ContextProvider } from '@lit/context';
import { createRightsClient, type RightsBridge, type RightsClient, type RightsLocale } from '@rights-kit/client';
import { LitElement, html, type PropertyValues } from 'lit';
import { rightsEnvironment, type RightsEnvironment } from '../../internal/context.js';
import { ForgetOtherMembers, forgetOfflineVouchers } from '../../internal/offline-vouchers.js';
import { DEFAULT_LOCALE, isRightsLocale, resolveMessages, type AllMessages } from '../../locales/index.js';
import { styles } from './provider.styles.js';

export type RightsTheme = 'light' | 'dark' | 'auto';

/**
 * Configures rights-kit for everything inside it: the API client, the locale and the theme. Two
 * providers on one page are independent (another bank card, another language).
 *
 * @tagname rights-provider
 * @summary Gives the rights elements inside it their client, locale and theme.
 * @slot - The rights elements, and any of the host's own markup around them.
 * @cssprop --rights-sys-color-primary - The brand colour: buttons, focus rings, highlights.
 * @cssprop --rights-sys-color-surface - The background of cards and panels.
 * @cssprop --rights-sys-font-family - The typeface of every element.
 * @cssprop --rights-sys-radius-medium - The corner radius of cards.
 * @fires {RightsAnalyticsEvent} rights-analytics - With `analytics-consent`: bubbles out from the elements inside, so the host listens on the provider once.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - Bubbles out from the element inside that could not load because the session has ended.
 */
export class RightsProvider extends LitElement {
  static override properties = {
    baseUrl: { attribute: 'base-url' },
    locale: { reflect: true },
    theme: { reflect: true },
    getToken: { attribute: false },
    client: { attribute: false },
    messages: { attribute: false },
    bridge: { attribute: false },
    analyticsConsent: { type: Boolean, attribute: 'analytics-consent' },
    offlineVouchers: { type: Boolean, attribute: 'offline-vouchers' },
  };

  static override styles = styles;

  /** Where the rights API lives, usually a path on the bank's domain. Used with `getToken` when no `client` is set. */
  baseUrl?: string;

  /** The language of texts, numbers and dates, and of the content the platform sends: `zh-CN`, `zh-HK` or `en`. */
  locale: RightsLocale = DEFAULT_LOCALE;

  /** `light`, `dark`, or `auto` to follow the device. */
  theme: RightsTheme = 'light';

  /** Returns the cardholder's session token from the bank's backend. Called lazily; kept in memory only. */
  getToken?: () => Promise<string>;

  /** A ready client, for hosts that use the headless client too; takes precedence over `base-url`. */
  client?: RightsClient;

  /** Replaces some of the built-in texts, e.g. to use the bank's own words. */
  messages?: Partial<AllMessages>;

  /**
   * The native app's bridge, in a WebView: partner links open in the app, step-up goes to its biometrics,
   * reminders become notifications, its back button works. `@rights-kit/webview` builds one.
   * With a ready `client`, give that client the bridge's `stepUp` as `onStepUp` yourself.
   */
  bridge?: RightsBridge;

  /**
   * Set once the cardholder has agreed to analytics: the elements then dispatch `rights-analytics`
   * events (impressions, views, claims), free of personal data. Off by default: nothing is reported.
   */
  analyticsConsent = false;

  /**
   * Keeps each voucher the cardholder opens on the device until it expires, so it can still be shown at a
   * counter without signal. Call `signOut()` when the cardholder signs out: it forgets them.
   */
  offlineVouchers = false;

  /** What the elements inside share, handed to them through context each time it is replaced. */
  protected environment?: RightsEnvironment;
  private readonly provided = new ContextProvider(this, { context: rightsEnvironment });

  constructor() {
    super();
    new ForgetOtherMembers(this, () => this.environment?.client);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('locale') && !isRightsLocale(this.locale)) {
      console.warn(`<rights-provider>: unsupported locale ${JSON.stringify(this.locale)}; using ${DEFAULT_LOCALE}.`);
      this.locale = DEFAULT_LOCALE;
    }
    const clientChanged = ['baseUrl', 'getToken', 'client', 'locale', 'bridge'].some((name) => changed.has(name as keyof RightsProvider));
    if (clientChanged || changed.has('messages') || changed.has('analyticsConsent') || changed.has('offlineVouchers') || !this.environment) {
      this.environment = {
        client: clientChanged ? this.resolveClient() : this.environment?.client,
        locale: this.locale,
        messages: resolveMessages(this.locale, this.messages),
        bridge: this.bridge,
        analytics: this.analyticsConsent,
        offlineVouchers: this.offlineVouchers,
      };
      this.provided.setValue(this.environment);
    }
  }

  /**
   * Forgets everything about the cardholder this provider holds: the client's cached responses and the
   * vouchers kept for offline use. Call it when they sign out of the bank's app.
   */
  signOut(): void {
    this.environment?.client?.clear();
    forgetOfflineVouchers();
  }

  protected override updated(changed: PropertyValues<this>): void {
    // Screen readers pick their voice from `lang`.
    if (changed.has('locale')) this.lang = this.locale;
  }

  private resolveClient(): RightsClient | undefined {
    if (this.client) {
      return this.client.options.locale === this.locale ? this.client : this.client.withOptions({ locale: this.locale });
    }
    if (this.baseUrl === undefined || !this.getToken) return undefined;
    // A change of locale alone keeps the session and the cache: no second call to getToken().
    const current = this.environment?.client;
    const onStepUp = this.bridge?.stepUp?.bind(this.bridge);
    if (current && current.options.baseUrl === this.baseUrl && current.options.getToken === this.getToken) {
      return current.withOptions({ locale: this.locale, onStepUp });
    }
    return createRightsClient({ baseUrl: this.baseUrl, getToken: this.getToken, locale: this.locale, onStepUp });
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
