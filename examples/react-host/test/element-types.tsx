// Checked by the type checker, never run: the JSX declarations in src/rights-elements.d.ts accept what
// the element classes accept and refuse the rest.
import type { RightsClaimedEvent, RightsNavigateEvent } from '@rights-kit/elements';

const getToken = async () => 'token';

export const accepted = [
  <rights-provider baseUrl="/rights-api" locale="zh-HK" theme="auto" getToken={getToken} messages={{ back: 'Back' }} offlineVouchers />,
  <rights-hub tab="wallet" navigation="history" onrights-claimed={(event: RightsClaimedEvent) => event.detail.walletItemId} />,
  <rights-catalog category="travel" hideFilters headingLevel={2} onrights-navigate={(event: RightsNavigateEvent) => event.preventDefault()} />,
  <rights-benefit-detail benefitId="lounge-domestic" walletLink onrights-claim-failed={(event) => event.detail.code} />,
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
  // @ts-expect-error heading levels go from 2 to 6.
  <rights-catalog headingLevel={1} />,
];
