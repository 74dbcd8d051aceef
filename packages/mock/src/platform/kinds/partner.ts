// A whole partner platform (pets, family, culture): not claimed but opened, through a short-lived signed
// entry link the app shows in-page (`POST /v1/benefits/{id}/launch`). The sandbox stands in for the
// partner with a page of its own.
import type { LaunchedKind } from './kind.js';

export const partner = {
  takenBy: 'launch',
  notClaimed: 'Partner platforms are opened with /launch, not claimed.',
  detail: (benefit, { context: { locale } }) => ({
    kind: 'partner',
    platform: { name: benefit.platform.name[locale], description: benefit.platform.description[locale] },
  }),
  landing: (benefit) => benefit.platform,
} satisfies LaunchedKind<'partner'>;
