import { RightsBenefitCard } from './components/benefit-card/benefit-card.js';
import { RightsBenefitDetail } from './components/benefit-detail/benefit-detail.js';
import { RightsCashback } from './components/cashback/cashback.js';
import { RightsCatalog } from './components/catalog/catalog.js';
import { RightsHub } from './components/hub/hub.js';
import { RightsProvider } from './components/provider/provider.js';
import { RightsSummary } from './components/summary/summary.js';
import { RightsVoucher } from './components/voucher/voucher.js';
import { RightsWallet } from './components/wallet/wallet.js';
import { definedInScope } from './internal/define.js';
import { adoptStyleNonce } from './internal/style-nonce.js';

type RightsTag = Extract<keyof HTMLElementTagNameMap, `rights-${string}`>;

/** Every element by its tag, as `define/<element>` registers it; the compiler names a tag left out. */
const ELEMENTS: { [Tag in RightsTag]: new () => HTMLElementTagNameMap[Tag] } = {
  'rights-provider': RightsProvider,
  'rights-hub': RightsHub,
  'rights-catalog': RightsCatalog,
  'rights-benefit-card': RightsBenefitCard,
  'rights-benefit-detail': RightsBenefitDetail,
  'rights-wallet': RightsWallet,
  'rights-voucher': RightsVoucher,
  'rights-cashback': RightsCashback,
  'rights-summary': RightsSummary,
};

/**
 * Defines every rights element in `registry`, a scoped registry (`new CustomElementRegistry()`, where the
 * browser has one) rather than the page's: for a host that runs this version beside another one on the
 * same page. The elements inside a shadow root attached with that registry are this version's, and so
 * are the elements they render. Tags the registry already has are left as they are.
 */
export function defineRightsElements(registry: CustomElementRegistry): void {
  adoptStyleNonce();
  definedInScope();
  for (const [tag, constructor] of Object.entries(ELEMENTS)) if (!registry.get(tag)) registry.define(tag, constructor);
}
