import type { BenefitSummary } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { RightsNavigateEvent } from '../../events.js';
import { RightsElement } from '../../internal/rights-element.js';
import { isKnownKind } from '../benefit-detail/kinds/known.js';
import { formatDay } from '../../internal/format.js';
import { newerVersionBadge } from '../../internal/newer-version.js';
import { styles } from './benefit-card.styles.js';

/**
 * One benefit at a glance. Presentational: it shows the `benefit` it is given and fetches nothing.
 *
 * @tagname rights-benefit-card
 * @summary A benefit's picture, partner, value, quota and availability.
 * @csspart base - The card.
 * @csspart media - The 16:9 frame the picture sits in, kept even without a picture so cards line up.
 * @csspart image - The picture.
 * @csspart body - Everything below the picture.
 * @csspart partner - The partner's name.
 * @csspart title - The benefit's title.
 * @csspart action - With `interactive`: the button on the title that opens the benefit; it covers the card.
 * @csspart subtitle - The one-line description.
 * @csspart value - What the benefit is worth.
 * @csspart badge - Every badge; also `quota` or `status` to tell them apart.
 * @csspart validity - The date the benefit runs until.
 * @fires {RightsNavigateEvent} rights-navigate - With `interactive`: the cardholder opened the benefit.
 * @cssprop --rights-card-surface - The card's background.
 * @cssprop --rights-card-radius - The card's corner radius.
 */
export class RightsBenefitCard extends RightsElement {
  static override properties = {
    benefit: { attribute: false },
    interactive: { type: Boolean, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = styles;

  /** The benefit to show, as `client.benefits.list()` returns it. */
  benefit?: BenefitSummary;

  /**
   * Makes the whole card a way into its benefit: a tap, or Enter on its title, fires a cancelable
   * `rights-navigate` with the benefit's id.
   */
  interactive = false;

  /** Heading level of the title, to fit the host page's outline. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  protected override render() {
    const benefit = this.benefit;
    if (!benefit) return nothing;
    const { locale, messages } = this.env;
    // A kind from a newer platform can be read about but not taken here; the card says so up front.
    const newer = !isKnownKind(benefit.kind);
    const status = newer
      ? undefined
      : {
          available: undefined,
          sold_out: messages.soldOut,
          expired: messages.expired,
          not_eligible: messages.notEligible,
          unknown: undefined,
        }[benefit.availability];

    return html`
      <article part="base" data-availability=${benefit.availability} data-kind=${benefit.kind}>
        <div part="media" class="media">
          ${benefit.image
            ? html`<img part="image" src=${benefit.image.url} alt=${benefit.image.alt} loading="lazy" decoding="async" />`
            : nothing}
        </div>
        <div part="body" class="body">
          <p part="partner" class="partner">${benefit.partner.name}</p>
          <div part="title" class="title" role="heading" aria-level=${this.headingLevel}>${this.renderTitle(benefit.title)}</div>
          ${benefit.subtitle ? html`<p part="subtitle" class="subtitle">${benefit.subtitle}</p>` : nothing}
          ${benefit.value ? html`<p part="value" class="value">${benefit.value.label}</p>` : nothing}
          ${newer ? newerVersionBadge(messages, 'badge status') : this.renderBadge(status)}
          ${benefit.validUntil && !status && !newer
            ? html`<p part="validity" class="validity">${messages.validUntil(formatDay(locale, benefit.validUntil))}</p>`
            : nothing}
        </div>
      </article>
    `;
  }

  private renderTitle(title: string) {
    return this.interactive ? html`<button part="action" class="action" type="button" @click=${this.handleOpen}>${title}</button>` : title;
  }

  private handleOpen() {
    if (this.benefit) this.dispatchEvent(new RightsNavigateEvent({ view: 'benefit', benefitId: this.benefit.id }));
  }

  /** At most one badge: what stops the member taking the benefit, else how much is left. */
  private renderBadge(status: string | undefined) {
    const quota = this.benefit?.quota;
    const { messages } = this.env;
    if (status) return html`<span part="badge status" class="badge status">${status}</span>`;
    if (!quota) return nothing;
    return html`<span part="badge quota" class="badge quota" data-exhausted=${quota.remaining === 0}
      >${quota.remaining > 0 ? messages.quotaLeft(quota.remaining, quota.limit, quota.period) : messages.quotaNoneLeft(quota.period)}</span
    >`;
  }
}
