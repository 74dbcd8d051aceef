// Everything about a benefit that is read rather than done: the picture, who and what it is, its facts,
// and the sections every benefit has (terms, how to use it, where, the partner).
import type { BenefitDetail, Quota } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { formatDay } from '../../internal/format.js';
import { quotaText } from './cards.js';
import type { DetailTexts, KindHost } from './kinds/host.js';

export interface InfoView {
  headingLevel: number;
  /** The quota to state: the chosen card's, else the benefit's. */
  quota: Quota | undefined;
  /** Offers the app's share sheet, when its bridge has one. */
  onShare: (() => void) | undefined;
}

/** The picture, partner, title and facts, then the sections every benefit has. */
export function renderInfo(benefit: BenefitDetail, host: KindHost, { headingLevel, quota, onShare }: InfoView) {
  const { locale, messages } = host;
  return html`<div part="media" class="media">
      ${benefit.image ? html`<img part="image" src=${benefit.image.url} alt=${benefit.image.alt} decoding="async" />` : nothing}
    </div>
    <div part="header" class="header">
      <p part="partner" class="partner">${benefit.partner.name}</p>
      <div part="title" class="title" id="title" role="heading" aria-level=${headingLevel} tabindex="-1">${benefit.title}</div>
      ${benefit.subtitle ? html`<p part="subtitle" class="subtitle">${benefit.subtitle}</p>` : nothing}
      ${onShare ? html`<button part="button share" class="button secondary share" type="button" @click=${onShare}>${messages.share}</button>` : nothing}
    </div>
    <dl part="facts" class="facts">
      ${benefit.value ? html`<div><dt>${messages.factValue}</dt><dd part="value" class="value">${benefit.value.label}</dd></div>` : nothing}
      <div>
        <dt>${messages.factValidity}</dt>
        <dd part="validity">${messages.dateRange(formatDay(locale, benefit.validity.startsAt), formatDay(locale, benefit.validity.endsAt))}</dd>
      </div>
      ${quota ? html`<div><dt>${messages.factQuota}</dt><dd part="quota">${quotaText(quota, host)}</dd></div>` : nothing}
    </dl>
    ${benefit.terms.length > 0 ? host.section('terms', messages.termsHeading, host.rich(benefit.terms)) : nothing}
    ${benefit.howToUse.length > 0 ? host.section('how-to-use', messages.howToUseHeading, host.rich(benefit.howToUse)) : nothing}
    ${benefit.locations.length > 0 ? host.section('locations', messages.locationsHeading, renderLocations(benefit, messages)) : nothing}
    ${benefit.partner.description ? host.section('partner', messages.aboutPartner(benefit.partner.name), html`<p>${benefit.partner.description}</p>`) : nothing}`;
}

/** The shape of a detail while it loads, said as loading to assistive technology. */
export const renderSkeleton = (messages: DetailTexts) =>
  html`<p class="visually-hidden" role="status">${messages.detailLoading}</p>
    <div class="skeleton-detail" aria-hidden="true">
      <div class="skeleton media"></div>
      <div class="skeleton line short"></div>
      <div class="skeleton line title"></div>
      <div class="skeleton line"></div>
      <div class="skeleton line"></div>
      <div class="skeleton button-placeholder"></div>
    </div>`;

function renderLocations(benefit: BenefitDetail, messages: DetailTexts) {
  return html`<ul part="locations" class="locations">
    ${benefit.locations.map(
      (location) => html`<li part="location" class="location">
        <p class="location-name">${location.name}</p>
        <p>${location.address}</p>
        <p class="muted">${location.city}</p>
        ${location.phone ? html`<p>${messages.phoneLabel}: <a class="tel" href="tel:${location.phone.replace(/[\s-]/g, '')}">${location.phone}</a></p>` : nothing}
        ${location.openingHours ? html`<p class="muted">${messages.openingHoursLabel}: ${location.openingHours}</p>` : nothing}
      </li>`,
    )}
  </ul>`;
}
