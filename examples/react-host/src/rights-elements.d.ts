// The rights elements in React 19's JSX, typed from the element classes themselves. React 19 sets a
// prop as a property when the element has one (so `getToken`, `messages` and `bridge` arrive as a function
// and objects, not strings) and adds a listener for a prop named `on` + the event's exact name: the
// `rights-claimed` event is `onrights-claimed`, case and hyphen kept.
import type { RightsBenefitDetail, RightsCatalog, RightsHub, RightsProvider } from '@rights-kit/elements';
import type { DetailedHTMLProps, HTMLAttributes } from 'react';

/** Every event rights elements dispatch, as registered in `GlobalEventHandlersEventMap`. */
type RightsEventName = Extract<keyof GlobalEventHandlersEventMap, `rights-${string}`>;

/** `on<event-name>` props for the given events, each handler taking that event's own class. */
type EventProps<Name extends RightsEventName> = {
  [Key in Name as `on${Key}`]?: (event: GlobalEventHandlersEventMap[Key]) => void;
};

/**
 * A custom element's JSX props: React's own for any HTML element (`ref`, `key`, `className`, `hidden`,
 * `children`…), the element's public properties with their declared types, and its events.
 */
type ElementProps<Element extends HTMLElement, Property extends keyof Element, Event extends RightsEventName> = DetailedHTMLProps<
  HTMLAttributes<Element>,
  Element
> &
  Partial<Pick<Element, Property>> &
  EventProps<Event>;

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      // Every rights event bubbles, composed, out of the elements inside a provider or a hub.
      'rights-provider': ElementProps<
        RightsProvider,
        'baseUrl' | 'locale' | 'theme' | 'getToken' | 'client' | 'messages' | 'bridge' | 'analyticsConsent' | 'offlineVouchers',
        RightsEventName
      >;
      'rights-hub': ElementProps<RightsHub, 'tab' | 'benefitId' | 'navigation', RightsEventName>;
      'rights-catalog': ElementProps<RightsCatalog, 'category' | 'hideFilters' | 'headingLevel', 'rights-navigate' | 'rights-analytics'>;
      'rights-benefit-detail': ElementProps<
        RightsBenefitDetail,
        'benefitId' | 'walletLink' | 'headingLevel',
        'rights-claim' | 'rights-claimed' | 'rights-claim-failed' | 'rights-navigate' | 'rights-open-partner' | 'rights-analytics'
      >;
    }
  }
}
