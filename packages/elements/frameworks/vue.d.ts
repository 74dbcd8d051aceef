// Generated from custom-elements.json by packages/elements/manifest/generate.js (`npm run api-docs`): do not edit.
// The rights elements in Vue 3's templates, as Vue's guide to custom elements declares them: `$props`
// holds what a template may bind (`:get-token` and `.prop` bindings reach the element's properties), and
// `$emit` the events it fires, so `@rights-claimed` receives a RightsClaimedEvent. Type-checked by
// vue-tsc. Use it with `import type {} from '@rights-kit/elements/vue'`, or list it in tsconfig's `types`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { RightsBenefitCard, RightsBenefitDetail, RightsCashback, RightsCatalog, RightsHub, RightsProvider, RightsSummary, RightsVoucher, RightsWallet } from '@rights-kit/elements';

type RightsEventName = keyof GlobalEventHandlersEventMap & `rights-${string}`;

/** A rights element as a component of Vue's templates: its public properties and its events. */
export type RightsCustomElement<Element extends HTMLElement, Property extends keyof Element, Event extends RightsEventName> = new () => Element & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<Element, Property>> & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in Event]: (event: GlobalEventHandlersEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
    /** A benefit's picture, partner, value, quota and availability. See docs/elements/benefit-card.md. */
    'rights-benefit-card': RightsCustomElement<RightsBenefitCard, 'benefit' | 'interactive' | 'headingLevel', 'rights-navigate'>;
    /** One benefit in full, with its card picker, confirmation, reservation form, result and errors. See docs/elements/benefit-detail.md. */
    'rights-benefit-detail': RightsCustomElement<RightsBenefitDetail, 'benefitId' | 'walletLink' | 'headingLevel', 'rights-claim' | 'rights-claimed' | 'rights-claim-failed' | 'rights-navigate' | 'rights-open-partner' | 'rights-session-expired' | 'rights-analytics'>;
    /** Cross-border cashback campaigns with the member's progress, multi-currency, with loading, empty, error and offline states. See docs/elements/cashback.md. */
    'rights-cashback': RightsCustomElement<RightsCashback, 'headingLevel', 'rights-navigate' | 'rights-session-expired'>;
    /** A list of benefit cards that loads more as the cardholder scrolls, with loading, empty, error and offline states. See docs/elements/catalog.md. */
    'rights-catalog': RightsCustomElement<RightsCatalog, 'category' | 'hideFilters' | 'headingLevel', 'rights-navigate' | 'rights-session-expired' | 'rights-analytics'>;
    /** Catalogue, wallet, cashback and value summary in one element, with its own navigation. See docs/elements/hub.md. */
    'rights-hub': RightsCustomElement<RightsHub, 'tab' | 'benefitId' | 'navigation', 'rights-navigate' | 'rights-session-expired' | 'rights-claim' | 'rights-claimed' | 'rights-claim-failed' | 'rights-open-partner' | 'rights-remind' | 'rights-analytics'>;
    /** Gives the rights elements inside it their client, locale and theme. See docs/elements/provider.md. */
    'rights-provider': RightsCustomElement<RightsProvider, 'baseUrl' | 'locale' | 'theme' | 'getToken' | 'client' | 'messages' | 'bridge' | 'analyticsConsent' | 'offlineVouchers', 'rights-analytics' | 'rights-session-expired'>;
    /** Value realised this year against the annual fee, by category, with loading, empty, error and offline states. See docs/elements/summary.md. */
    'rights-summary': RightsCustomElement<RightsSummary, 'headingLevel', 'rights-session-expired'>;
    /** A voucher's QR code, barcode or text code, to show a merchant, with copy, countdown and a full-screen mode. See docs/elements/voucher.md. */
    'rights-voucher': RightsCustomElement<RightsVoucher, 'walletItemId' | 'item' | 'headingLevel', 'rights-session-expired'>;
    /** The member's vouchers, bookings and offers by status, soonest expiry first, with expiry countdowns, reminders, refresh, and loading, empty, error, offline and signed-out states. See docs/elements/wallet.md. */
    'rights-wallet': RightsCustomElement<RightsWallet, 'status' | 'headingLevel', 'rights-navigate' | 'rights-remind' | 'rights-session-expired'>;
  }
}
