// Generated from custom-elements.json by packages/elements/manifest/generate.js (`npm run api-docs`): do not edit.
// The rights elements in React 19's JSX. React 19 sets a prop as a property when the element has one (so
// `getToken`, `messages` and `bridge` arrive as a function and objects) and adds a listener for a prop
// named `on` + the event's exact name: `rights-claimed` is `onrights-claimed`, case and hyphen kept.
// Use it with `import type {} from '@rights-kit/elements/react'`, or list it in tsconfig's `types`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RightsBenefitCard, RightsBenefitDetail, RightsCashback, RightsCatalog, RightsHub, RightsProvider, RightsSummary, RightsVoucher, RightsWallet } from '@rights-kit/elements';

type RightsEventName = keyof GlobalEventHandlersEventMap & `rights-${string}`;

/**
 * A rights element's JSX props: React's own for any HTML element (`ref`, `key`, `className`…), the
 * element's public properties with their declared types, and `on<event>` for each event it fires, whose
 * handler receives that event's own class.
 */
export type RightsElementProps<Element extends HTMLElement, Property extends keyof Element, Event extends RightsEventName> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Partial<Pick<Element, Property>> & { [Name in Event as `on${Name}`]?: (event: GlobalEventHandlersEventMap[Name]) => void };

export interface RightsIntrinsicElements {
  /** A benefit's picture, partner, value, quota and availability. See docs/elements/benefit-card.md. */
  'rights-benefit-card': RightsElementProps<RightsBenefitCard, 'benefit' | 'interactive' | 'headingLevel', 'rights-navigate'>;
  /** One benefit in full, with its card picker, confirmation, reservation form, result and errors. See docs/elements/benefit-detail.md. */
  'rights-benefit-detail': RightsElementProps<RightsBenefitDetail, 'benefitId' | 'walletLink' | 'headingLevel', 'rights-claim' | 'rights-claimed' | 'rights-claim-failed' | 'rights-navigate' | 'rights-open-partner' | 'rights-session-expired' | 'rights-analytics'>;
  /** Cross-border cashback campaigns with the member's progress, multi-currency, with loading, empty, error and offline states. See docs/elements/cashback.md. */
  'rights-cashback': RightsElementProps<RightsCashback, 'headingLevel', 'rights-navigate' | 'rights-session-expired'>;
  /** A list of benefit cards that loads more as the cardholder scrolls, with loading, empty, error and offline states. See docs/elements/catalog.md. */
  'rights-catalog': RightsElementProps<RightsCatalog, 'category' | 'hideFilters' | 'headingLevel', 'rights-navigate' | 'rights-session-expired' | 'rights-analytics'>;
  /** Catalogue, wallet, cashback and value summary in one element, with its own navigation. See docs/elements/hub.md. */
  'rights-hub': RightsElementProps<RightsHub, 'tab' | 'benefitId' | 'navigation', 'rights-navigate' | 'rights-session-expired' | 'rights-claim' | 'rights-claimed' | 'rights-claim-failed' | 'rights-open-partner' | 'rights-remind' | 'rights-analytics'>;
  /** Gives the rights elements inside it their client, locale and theme. See docs/elements/provider.md. */
  'rights-provider': RightsElementProps<RightsProvider, 'baseUrl' | 'locale' | 'theme' | 'getToken' | 'client' | 'messages' | 'bridge' | 'analyticsConsent' | 'offlineVouchers', 'rights-analytics' | 'rights-session-expired'>;
  /** Value realised this year against the annual fee, by category, with loading, empty, error and offline states. See docs/elements/summary.md. */
  'rights-summary': RightsElementProps<RightsSummary, 'headingLevel', 'rights-session-expired'>;
  /** A voucher's QR code, barcode or text code, to show a merchant, with copy, countdown and a full-screen mode. See docs/elements/voucher.md. */
  'rights-voucher': RightsElementProps<RightsVoucher, 'walletItemId' | 'item' | 'headingLevel', 'rights-session-expired'>;
  /** The member's vouchers, bookings and offers by status, soonest expiry first, with expiry countdowns, reminders, refresh, and loading, empty, error, offline and signed-out states. See docs/elements/wallet.md. */
  'rights-wallet': RightsElementProps<RightsWallet, 'status' | 'headingLevel', 'rights-navigate' | 'rights-remind' | 'rights-session-expired'>;
}

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends RightsIntrinsicElements {}
  }
}
