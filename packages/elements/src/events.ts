/**
 * The events rights elements dispatch. Each is an `Event` subclass with a typed `detail`; all bubble and
 * are composed, so a host listens once on its own container (or `document`) whatever shadow roots lie
 * between. Cancelable ones are requests the host may veto with `preventDefault()`.
 */
import type { WalletItem } from '@rights-kit/client';

const INIT = { bubbles: true, composed: true } as const;

export interface RightsClaimDetail {
  benefitId: string;
  /** The card the benefit is about to be taken on. */
  cardId: string;
}

/**
 * The cardholder asked to take a benefit (claim a voucher, activate an offer, book), and the request
 * is about to be sent. Cancel it to stop the claim; the element then goes back quietly to where it was.
 */
export class RightsClaimEvent extends Event {
  static readonly eventName = 'rights-claim';
  readonly detail: Readonly<RightsClaimDetail>;

  constructor(detail: RightsClaimDetail) {
    super(RightsClaimEvent.eventName, { ...INIT, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

export interface RightsClaimedDetail {
  benefitId: string;
  /** The new voucher, reservation or activation in the member's wallet. */
  walletItemId: string;
  kind: WalletItem['kind'];
}

/** A claim went through: the benefit is in the member's wallet. */
export class RightsClaimedEvent extends Event {
  static readonly eventName = 'rights-claimed';
  readonly detail: Readonly<RightsClaimedDetail>;

  constructor(detail: RightsClaimedDetail) {
    super(RightsClaimedEvent.eventName, INIT);
    this.detail = Object.freeze({ ...detail });
  }
}

export interface RightsClaimFailedDetail {
  benefitId: string;
  /**
   * The client's error code: a platform problem code (`quota_exhausted`, `sold_out`, …), `network`,
   * `timeout`, `invalid_response`, or `unknown` for anything that was not a rights error.
   */
  code: string;
}

/** A claim failed; the element shows the cardholder why and what to do next. */
export class RightsClaimFailedEvent extends Event {
  static readonly eventName = 'rights-claim-failed';
  readonly detail: Readonly<RightsClaimFailedDetail>;

  constructor(detail: RightsClaimFailedDetail) {
    super(RightsClaimFailedEvent.eventName, INIT);
    this.detail = Object.freeze({ ...detail });
  }
}

export interface RightsOpenPartnerDetail {
  benefitId: string;
  /** The short-lived, signed entry link into the partner platform; it has passed `isSafeUrl`. */
  url: string;
}

/**
 * A partner platform is about to open. Cancel it to open `detail.url` yourself, e.g. in the app's own
 * WebView through its native bridge; otherwise the page navigates to it.
 */
export class RightsOpenPartnerEvent extends Event {
  static readonly eventName = 'rights-open-partner';
  readonly detail: Readonly<RightsOpenPartnerDetail>;

  constructor(detail: RightsOpenPartnerDetail) {
    super(RightsOpenPartnerEvent.eventName, { ...INIT, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * Where the cardholder asked to go: one benefit's detail, the catalogue, the wallet, or one item in it
 * (a voucher to present, a reservation, an activation).
 */
export type RightsNavigateDetail =
  | { view: 'benefit'; benefitId: string }
  | { view: 'wallet-item'; walletItemId: string }
  | { view: 'catalog' }
  | { view: 'wallet' };

/**
 * The cardholder asked to go somewhere inside the experience, e.g. from a card to its benefit. A host
 * with its own router listens and shows `<rights-benefit-detail>`; `<rights-hub>` follows it itself
 * unless the host cancels it.
 */
export class RightsNavigateEvent extends Event {
  static readonly eventName = 'rights-navigate';
  readonly detail: Readonly<RightsNavigateDetail>;

  constructor(detail: RightsNavigateDetail) {
    super(RightsNavigateEvent.eventName, { ...INIT, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

export interface RightsRemindDetail {
  walletItemId: string;
  /** Already localised, ready for a notification. */
  title: string;
  body: string;
  /** When to remind, ISO 8601 with offset: the morning of the day before the item expires. */
  at: string;
}

/**
 * The cardholder asked to be reminded before a voucher expires. When the provider has a bridge that
 * schedules reminders, the element hands it over unless the host cancels this event; without one, the
 * host schedules the reminder its own way.
 */
export class RightsRemindEvent extends Event {
  static readonly eventName = 'rights-remind';
  readonly detail: Readonly<RightsRemindDetail>;

  constructor(detail: RightsRemindDetail) {
    super(RightsRemindEvent.eventName, { ...INIT, cancelable: true });
    this.detail = Object.freeze({ ...detail });
  }
}

/**
 * One thing the cardholder did, for the bank's analytics. Deliberately free of personal data: ids of
 * benefits and their category and kind, positions and error codes; never a member, card, search text,
 * voucher code or token.
 */
export type RightsAnalyticsDetail =
  /** A card was at least half on screen, once per benefit per list. `position` counts from 0. */
  | { name: 'impression'; benefitId: string; category: string; kind: string; position: number }
  /** A benefit's detail was shown. */
  | { name: 'view'; benefitId: string; category: string; kind: string }
  | { name: 'claim_started' | 'claim_succeeded'; benefitId: string; category: string; kind: string }
  /** `code` is the same as `rights-claim-failed`'s. */
  | { name: 'claim_failed'; benefitId: string; category: string; kind: string; code: string };

/** Dispatched only while the provider's `analyticsConsent` is on; nothing is collected or sent otherwise. */
export class RightsAnalyticsEvent extends Event {
  static readonly eventName = 'rights-analytics';
  readonly detail: Readonly<RightsAnalyticsDetail>;

  constructor(detail: RightsAnalyticsDetail) {
    super(RightsAnalyticsEvent.eventName, INIT);
    this.detail = Object.freeze({ ...detail });
  }
}

export interface RightsSessionExpiredDetail {
  /**
   * `unauthorized`: the platform refused the session, after the client asked `getToken()` for a fresh
   * token; `session_unavailable`: `getToken()` gave no token at all.
   */
  code: 'unauthorized' | 'session_unavailable';
}

/**
 * The cardholder's session has ended: an element could not load (or take a benefit) because the
 * platform no longer accepts the session, and now asks the cardholder to sign in again in the app. Every
 * data element sends it, once per failed load, with the same wording on screen; listen once on
 * `document` to bring up the app's own sign-in, then let the cardholder press "Try again". Never sent
 * while the device is offline: that is worded, and retried, as offline.
 */
export class RightsSessionExpiredEvent extends Event {
  static readonly eventName = 'rights-session-expired';
  readonly detail: Readonly<RightsSessionExpiredDetail>;

  constructor(detail: RightsSessionExpiredDetail) {
    super(RightsSessionExpiredEvent.eventName, INIT);
    this.detail = Object.freeze({ ...detail });
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'rights-navigate': RightsNavigateEvent;
    'rights-claim': RightsClaimEvent;
    'rights-claimed': RightsClaimedEvent;
    'rights-claim-failed': RightsClaimFailedEvent;
    'rights-open-partner': RightsOpenPartnerEvent;
    'rights-remind': RightsRemindEvent;
    'rights-analytics': RightsAnalyticsEvent;
    'rights-session-expired': RightsSessionExpiredEvent;
  }
}
