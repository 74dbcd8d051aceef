// Open a partner platform (pets, family, culture): a short-lived signed link opened inside the app.
// Nothing is claimed, so a partner platform gives no wallet item and has no result here.
import type { PartnerBenefit } from '@rights-kit/client';
import { html } from 'lit';
import type { TakeableKind } from './host.js';

export const detail: TakeableKind<PartnerBenefit> = {
  label: (benefit, messages) => messages.openPartner(benefit.platform.name),
  busyLabel: (messages) => messages.opening,
  body: ({ platform }, host) => host.section('platform', platform.name, html`<p>${platform.description}</p>`),
  mainAction: (benefit, host, { card }) => host.launch(benefit, card.id),
};
