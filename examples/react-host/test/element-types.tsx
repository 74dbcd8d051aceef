// Checked by the type checker (`npm run typecheck`), never run: the JSX types @rights-kit/elements/react
// ships accept what the element classes accept, for every element, and refuse the rest. Each refusal is
// an `@ts-expect-error`: should the types ever accept it, the unused directive fails the type check.
import type { RightsAnalyticsEvent, RightsClaimedEvent, RightsNavigateEvent, RightsRemindEvent } from '@rights-kit/elements';
import type {} from '@rights-kit/elements/react';

const getToken = async () => 'token';

export const accepted = [
  <rights-provider baseUrl="/rights-api" locale="zh-HK" theme="auto" getToken={getToken} messages={{ back: 'Back' }} offlineVouchers analyticsConsent onrights-analytics={(event: RightsAnalyticsEvent) => event.detail.name} />,
  <rights-hub tab="wallet" navigation="history" onrights-claimed={(event: RightsClaimedEvent) => event.detail.walletItemId} onrights-remind={(event) => event.preventDefault()} />,
  <rights-catalog category="travel" hideFilters headingLevel={2} onrights-navigate={(event: RightsNavigateEvent) => event.preventDefault()} />,
  <rights-benefit-detail benefitId="lounge-domestic" walletLink onrights-claim-failed={(event) => event.detail.code} onrights-open-partner={(event) => event.detail.url} />,
  <rights-benefit-card interactive headingLevel={4} onrights-navigate={(event) => event.detail.view} />,
  <rights-wallet status="active" onrights-remind={(event: RightsRemindEvent) => event.detail.at} />,
  <rights-voucher walletItemId="w-000001" headingLevel={3} onrights-session-expired={(event) => event.detail.code} />,
  <rights-cashback headingLevel={2} />,
  <rights-summary headingLevel={2} className="value" />,
];

export const refused = [
  // @ts-expect-error getToken is a function that resolves to the token, not the token itself.
  <rights-provider getToken="token" />,
  // @ts-expect-error a locale rights-kit does not ship.
  <rights-provider locale="fr" />,
  // @ts-expect-error messages only replaces texts that exist.
  <rights-provider messages={{ greeting: 'Hello' }} />,
  // @ts-expect-error the hub has no such tab.
  <rights-hub tab="offers" />,
  // @ts-expect-error rights-claimed carries a wallet item id, a benefit id and a kind, nothing else.
  <rights-hub onrights-claimed={(event) => event.detail.code} />,
  // @ts-expect-error a misspelt property (benefitID for benefitId).
  <rights-benefit-detail benefitID="lounge-domestic" />,
  // @ts-expect-error heading levels go from 2 to 6.
  <rights-catalog headingLevel={1} />,
  // @ts-expect-error the wallet filters by a status of the contract's.
  <rights-wallet status="lost" />,
  // @ts-expect-error the voucher's item is a VoucherItem, not an id.
  <rights-voucher item="w-000001" />,
  // @ts-expect-error a private member of the class is no prop.
  <rights-wallet reminders={new Map()} />,
];

// What TypeScript cannot refuse: a hyphenated JSX attribute that is not declared at all, such as a
// misspelt event prop or an event the element does not fire, is taken like `data-*`
// (microsoft/TypeScript#32447, working as intended), so `<rights-hub onrights-claimd={…} />` compiles.
// Its handler gets no type there, and with `strict` an untyped handler parameter is an error, which is
// how such a typo shows unless the handler annotates its parameter itself:
// @ts-expect-error `event` implicitly has an `any` type: no event of the hub is called rights-claimd.
export const misspelt = <rights-hub onrights-claimd={(event) => event.detail} />;
