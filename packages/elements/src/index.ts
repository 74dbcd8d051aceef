/**
 * The rights elements as side-effect-free classes. Register them with `@rights-kit/elements/define/all`
 * (or one `define/<element>` module each), in a scoped registry with `defineRightsElements`, or extend
 * them and register under names of your own.
 */
export { RightsProvider, type RightsTheme } from './components/provider/provider.js';
export { RightsHub, type RightsHubTab, type RightsHubNavigation } from './components/hub/hub.js';
export { RightsCatalog } from './components/catalog/catalog.js';
export { RightsBenefitCard } from './components/benefit-card/benefit-card.js';
export { RightsBenefitDetail } from './components/benefit-detail/benefit-detail.js';
export { RightsWallet, type RightsWalletFilter } from './components/wallet/wallet.js';
export { RightsVoucher } from './components/voucher/voucher.js';
export { RightsCashback } from './components/cashback/cashback.js';
export { RightsSummary } from './components/summary/summary.js';
export {
  RightsClaimEvent,
  RightsClaimedEvent,
  RightsClaimFailedEvent,
  RightsOpenPartnerEvent,
  RightsNavigateEvent,
  RightsRemindEvent,
  RightsAnalyticsEvent,
  RightsSessionExpiredEvent,
  type RightsClaimDetail,
  type RightsClaimedDetail,
  type RightsClaimFailedDetail,
  type RightsOpenPartnerDetail,
  type RightsNavigateDetail,
  type RightsRemindDetail,
  type RightsAnalyticsDetail,
  type RightsSessionExpiredDetail,
} from './events.js';
/** Every text the elements show, by key: override some with the provider's `messages`. */
export type { AllMessages as Messages } from './locales/index.js';
export type { RightsEnvironment } from './internal/context.js';
export { VERSION } from './internal/define.js';
export { defineRightsElements } from './scoped.js';
