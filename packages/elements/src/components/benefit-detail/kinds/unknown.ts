// A kind from a newer platform: what this version can read of it is shown, and in place of taking it
// up, that it needs a newer version of the app (the fallback of internal/newer-version.ts).
import type { BenefitDetail, WalletItem } from '@rights-kit/client';
import { nothing } from 'lit';
import { newerVersionBadge } from '../../../internal/newer-version.js';
import type { ReadOnlyKind, ResultView } from './host.js';
import type { ItemKind } from './item-host.js';

export type NewerBenefit = Extract<BenefitDetail, { kind: 'unknown' }>;
export type NewerItem = Extract<WalletItem, { kind: 'unknown' }>;

export const detail: ReadOnlyKind<NewerBenefit> = {
  instead: (_benefit, host) => host.notice(host.messages.unknownKindTitle, host.messages.unknownKindHint),
};

/** A known kind's claim that gave an item of a newer kind: it went through, and the wallet shows it. */
export const result: ResultView<NewerItem> = {
  title: (messages) => messages.takenTitle,
  body: () => nothing,
};

/** In the wallet, what can be read of it, and the badge saying it needs a newer app version; it opens its benefit. */
export const item: ItemKind<NewerItem> = {
  presented: 'readable',
  opens: (newer) => ({ view: 'benefit', benefitId: newer.benefitId }),
  badge: (_newer, { messages }) => newerVersionBadge(messages, 'badge newer'),
};
