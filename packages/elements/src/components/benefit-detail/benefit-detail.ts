import {
  isRightsError,
  newIdempotencyKey,
  type ActivationBenefit,
  type BenefitDetail,
  type Card,
  type CardEligibility,
  type ClaimRequest,
  type ClaimResult,
  type FormAnswers,
  type FormField,
  type Member,
  type PartnerBenefit,
  type Quota,
  type WalletItem,
} from '@rights-kit/client';
import { isSafeUrl, validateFormAnswers, type FieldProblem } from '@rights-kit/contract';
import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import { RightsClaimEvent, RightsClaimFailedEvent, RightsClaimedEvent, RightsNavigateEvent, RightsOpenPartnerEvent } from '../../events.js';
import { analyticsOf, track } from '../../internal/analytics.js';
import { isNotFound, reportSessionEnd } from '../../internal/status.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { TAKING_MESSAGES, type FailureName } from '../../internal/taking.messages.js';
import { DETAIL_MESSAGES, type IneligibilityName } from './benefit-detail.messages.js';
import { styles } from './benefit-detail.styles.js';
import { currencyName, formatCalendarDate, formatDay, formatList, formatMoney, formatPercent, regionName } from '../../internal/format.js';
import { answersFor, controlId, needsPartnerChannel, renderFields } from './reservation-form.js';
import { renderRichText } from './rich-text.js';

const MESSAGES = [DETAIL_MESSAGES, TAKING_MESSAGES] as const;

interface Loaded {
  benefit: BenefitDetail;
  member: Member;
}

interface CardChoice {
  card: Card;
  eligibility: CardEligibility;
}

interface Failure {
  name: FailureName;
  /** The client's error code, as `rights-claim-failed` reports it. */
  code: string;
}

/** Where the action stands: nothing yet, a voucher's confirmation showing, a request on its way, a result. */
type Phase = 'idle' | 'confirming' | 'busy' | 'done';

// Every error code the client can throw, as the cardholder hears it; anything else is `internal`.
const FAILURE_OF: Record<string, FailureName> = {
  quota_exhausted: 'quota_exhausted',
  sold_out: 'sold_out',
  benefit_expired: 'benefit_expired',
  not_found: 'benefit_expired',
  not_eligible: 'not_eligible',
  already_claimed: 'already_claimed',
  validation_failed: 'validation_failed',
  step_up_required: 'step_up_required',
  rate_limited: 'rate_limited',
  unauthorized: 'unauthorized',
  session_unavailable: 'unauthorized',
  network: 'network',
  timeout: 'network',
};

/** Failures where trying the same action again may work: these get a "try again" button. */
const RETRYABLE = new Set<FailureName>(['network', 'internal', 'rate_limited', 'step_up_required']);

/** Failures that no other card or answer can fix. */
const FINAL = new Set<FailureName>(['sold_out', 'benefit_expired', 'already_claimed']);

/**
 * Refusals: the platform answered and certainly did not act. Any other failure (the connection dropped,
 * a timeout, a 5xx, an unreadable answer) may have gone through, so the retry keeps its Idempotency-Key
 * and the platform replays the first result instead of claiming twice.
 */
const REFUSALS = new Set([
  'quota_exhausted',
  'sold_out',
  'benefit_expired',
  'not_found',
  'not_eligible',
  'already_claimed',
  'validation_failed',
  'step_up_required',
  'rate_limited',
  'unauthorized',
  'idempotency_conflict',
  'session_unavailable',
]);

const INELIGIBILITY: ReadonlySet<string> = new Set<IneligibilityName>(['card_product', 'card_tier', 'card_inactive', 'region', 'quota_exhausted', 'already_enrolled']);

/** A copy of `record` with `key` set to `value`, or without `key` when `value` is undefined. */
function withEntry<T>(record: Readonly<Record<string, T>>, key: string, value: T | undefined): Record<string, T> {
  const entries = Object.entries(record).filter(([name]) => name !== key);
  return Object.fromEntries(value === undefined ? entries : [...entries, [key, value]]);
}

/**
 * Everything about one benefit, and the way to take it up: claim a voucher, activate an offer, book
 * through the platform's form, or open a partner platform. Must sit inside a `<rights-provider>`.
 *
 * @tagname rights-benefit-detail
 * @summary One benefit in full, with its card picker, confirmation, reservation form, result and errors.
 * @csspart base - The whole detail.
 * @csspart media - The 16:9 frame the picture sits in, kept even without a picture.
 * @csspart image - The picture.
 * @csspart header - The partner, title and subtitle.
 * @csspart partner - The partner's name.
 * @csspart title - The benefit's title.
 * @csspart subtitle - The one-line description.
 * @csspart facts - The list of value, dates and uses left.
 * @csspart value - What the benefit is worth.
 * @csspart validity - The dates the benefit runs.
 * @csspart quota - The uses left, and when they reset.
 * @csspart section - Each section: terms, how to use, locations, about the partner, the cashback rule, the platform.
 * @csspart section-heading - Each section's heading.
 * @csspart rich-text - Terms, steps and instructions.
 * @csspart newer - In rich text, in place of a part that needs a newer app version.
 * @csspart locations - The list of places the benefit is used.
 * @csspart location - One place: name, address, city, phone and opening hours.
 * @csspart action - The area with the card picker, the form, the buttons and the result.
 * @csspart card-picker - The radio group of eligible cards.
 * @csspart card-option - Each card in the picker.
 * @csspart card - The line naming the card the benefit is taken on, when there is only one.
 * @csspart notice - Why the benefit cannot be taken now (sold out, ended, no eligible card, a newer kind).
 * @csspart rule - The cashback rule of an activation.
 * @csspart form - The reservation form.
 * @csspart field - Each form field.
 * @csspart label - Each field's label or legend.
 * @csspart input - Each text, number, date input and select.
 * @csspart help - A field's help text.
 * @csspart field-error - A field's error message.
 * @csspart button - Every button; also `action`, `secondary`, `retry`, `copy`, `share` (with a bridge that shares) or `wallet-link`.
 * @csspart confirm - The inline confirmation before a voucher is claimed.
 * @csspart error - Why taking the benefit failed, and what to do next.
 * @csspart result - The result: voucher code, confirmation or enrolment.
 * @csspart result-heading - The result's heading; it receives focus when the result appears.
 * @csspart code - The voucher code or confirmation code.
 * @csspart status - The loading, error, offline and not-found panels.
 * @cssprop --rights-detail-surface - The detail's background.
 * @cssprop --rights-detail-radius - The corner radius of the detail and its panels.
 * @cssprop --rights-detail-gap - The space between sections.
 * @cssprop --rights-detail-code-font - The typeface of voucher and confirmation codes.
 * @fires {RightsClaimEvent} rights-claim - Before a claim is sent; cancel it to stop the claim.
 * @fires {RightsClaimedEvent} rights-claimed - A claim went through.
 * @fires {RightsClaimFailedEvent} rights-claim-failed - A claim failed; `detail.code` says why.
 * @fires {RightsNavigateEvent} rights-navigate - With `wallet-link`: "View in wallet" after a benefit was taken (cancelable).
 * @fires {RightsOpenPartnerEvent} rights-open-partner - Before a partner platform opens; cancel it to open `detail.url` yourself.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The benefit could not load, or be taken, because the session has ended; the cardholder is asked to sign in again.
 */
export class RightsBenefitDetail extends RightsElement<typeof MESSAGES> {
  static override styles = styles;
  protected static override messages = MESSAGES;

  /** The benefit to show, e.g. `lounge-domestic`. */
  @property({ attribute: 'benefit-id', reflect: true }) benefitId?: string;

  /**
   * Offers "View in wallet" once a benefit is taken: it fires `rights-navigate` with the new wallet
   * item, for a host (or `<rights-hub>`) that shows the wallet.
   */
  @property({ type: Boolean, attribute: 'wallet-link' }) walletLink = false;

  /** Heading level of the title, to fit the host page's outline; sections take the next level. */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 | 5 | 6 = 2;

  @state() private phase: Phase = 'idle';
  @state() private selectedCardId?: string;
  @state() private result?: ClaimResult;
  @state() private failure?: Failure;
  @state() private answers: FormAnswers = {};
  @state() private fieldErrors: Record<string, string> = {};
  @state() private announcement = '';
  @state() private copyFailed = false;

  /** Set in the same tick a request starts, so a second tap before the next render is ignored. */
  private inFlight = false;

  /** The current action's Idempotency-Key, kept for as long as the request it was made for is the same. */
  private action?: { key: string; request: string };

  /** The benefit a `view` was last reported for: a refresh or a new locale is not another view. */
  private viewed?: string;

  private readonly data = new ProviderTask(this, () => this.env, {
    task: async (client, [benefitId], { signal }): Promise<Loaded> => {
      const [benefit, member] = await Promise.all([client.benefits.get(benefitId, { signal }), client.me.get({ signal })]);
      if (this.viewed !== benefit.id) {
        this.viewed = benefit.id;
        this.track('view', benefit);
      }
      return { benefit, member };
    },
    args: () => [this.benefitId] as const,
    ready: (args: readonly [string | undefined]): args is readonly [string] => !!args[0],
  });

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another benefit starts from a clean slate; a new locale or client keeps what the cardholder did.
    if (changed.has('benefitId')) this.resetAction();
  }

  private get subLevel(): number {
    return Math.min(this.headingLevel + 1, 6);
  }

  protected override render() {
    const { messages } = this.env;
    return html`<div part="base" class="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        complete: (loaded) => this.renderLoaded(loaded),
        skeleton: () => this.renderSkeleton(),
        failed: { title: messages.detailLoadError, retryPart: 'button retry' },
        error: (error) => this.renderNotFound(error),
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  // ---- loading and errors -------------------------------------------------------------------------

  private renderSkeleton() {
    const { messages } = this.env;
    return html`<p class="visually-hidden" role="status">${messages.detailLoading}</p>
      <div class="skeleton-detail" aria-hidden="true">
        <div class="skeleton media"></div>
        <div class="skeleton line short"></div>
        <div class="skeleton line title"></div>
        <div class="skeleton line"></div>
        <div class="skeleton line"></div>
        <div class="skeleton button-placeholder"></div>
      </div>`;
  }

  /** No such benefit (for this member): nothing to retry. */
  private renderNotFound(error: unknown) {
    const { messages } = this.env;
    if (!isNotFound(error)) return undefined;
    return html`<div part="status" class="status" role="alert">
      <p class="status-title">${messages.notFound}</p>
      <p>${messages.notFoundHint}</p>
    </div>`;
  }

  // ---- the benefit ---------------------------------------------------------------------------------

  private renderLoaded({ benefit, member }: Loaded) {
    const { locale, messages } = this.env;
    const { eligible } = this.cardsFor(benefit, member);
    const quota = this.chosen(eligible)?.eligibility.quota ?? benefit.quota;
    return html`<article aria-labelledby="title" data-kind=${benefit.kind} data-availability=${benefit.availability}>
      <div part="media" class="media">
        ${benefit.image
          ? html`<img part="image" src=${benefit.image.url} alt=${benefit.image.alt} decoding="async" />`
          : nothing}
      </div>
      <div part="header" class="header">
        <p part="partner" class="partner">${benefit.partner.name}</p>
        <div part="title" class="title" id="title" role="heading" aria-level=${this.headingLevel} tabindex="-1">${benefit.title}</div>
        ${benefit.subtitle ? html`<p part="subtitle" class="subtitle">${benefit.subtitle}</p>` : nothing}
        ${this.environment?.bridge?.share
          ? html`<button part="button share" class="button secondary share" type="button" @click=${() => this.handleShare(benefit)}>${messages.share}</button>`
          : nothing}
      </div>
      <dl part="facts" class="facts">
        ${benefit.value
          ? html`<div><dt>${messages.factValue}</dt><dd part="value" class="value">${benefit.value.label}</dd></div>`
          : nothing}
        <div>
          <dt>${messages.factValidity}</dt>
          <dd part="validity">${messages.dateRange(formatDay(locale, benefit.validity.startsAt), formatDay(locale, benefit.validity.endsAt))}</dd>
        </div>
        ${quota ? html`<div><dt>${messages.factQuota}</dt><dd part="quota">${this.quotaText(quota)}</dd></div>` : nothing}
      </dl>
      ${benefit.terms.length > 0 ? this.renderSection('terms', messages.termsHeading, this.renderRich(benefit.terms)) : nothing}
      ${benefit.howToUse.length > 0 ? this.renderSection('how-to-use', messages.howToUseHeading, this.renderRich(benefit.howToUse)) : nothing}
      ${benefit.locations.length > 0 ? this.renderSection('locations', messages.locationsHeading, this.renderLocations(benefit)) : nothing}
      ${benefit.partner.description
        ? this.renderSection('partner', messages.aboutPartner(benefit.partner.name), html`<p>${benefit.partner.description}</p>`)
        : nothing}
      ${benefit.kind === 'activation' && benefit.cashback ? this.renderSection('rule', messages.cashbackHeading, this.renderRule(benefit)) : nothing}
      ${benefit.kind === 'partner'
        ? this.renderSection('platform', benefit.platform.name, html`<p>${benefit.platform.description}</p>`)
        : nothing}
      <div part="action" class="action" aria-busy=${this.phase === 'busy' ? 'true' : 'false'}>${this.renderAction(benefit, member)}</div>
    </article>`;
  }

  private renderSection(id: string, heading: string, content: unknown) {
    return html`<section part="section" class="section" aria-labelledby="${id}-heading">
      <div part="section-heading" class="section-heading" id="${id}-heading" role="heading" aria-level=${this.subLevel}>${heading}</div>
      ${content}
    </section>`;
  }

  private renderRich(blocks: Parameters<typeof renderRichText>[0]) {
    return html`<div part="rich-text" class="rich-text">${renderRichText(blocks, this.subLevel + 1, this.env.messages)}</div>`;
  }

  private renderLocations(benefit: BenefitDetail) {
    const { messages } = this.env;
    return html`<ul part="locations" class="locations">
      ${benefit.locations.map(
        (location) => html`<li part="location" class="location">
          <p class="location-name">${location.name}</p>
          <p>${location.address}</p>
          <p class="muted">${location.city}</p>
          ${location.phone
            ? html`<p>${messages.phoneLabel}: <a class="tel" href="tel:${location.phone.replace(/[\s-]/g, '')}">${location.phone}</a></p>`
            : nothing}
          ${location.openingHours ? html`<p class="muted">${messages.openingHoursLabel}: ${location.openingHours}</p>` : nothing}
        </li>`,
      )}
    </ul>`;
  }

  private renderRule(benefit: ActivationBenefit) {
    const rule = benefit.cashback;
    if (!rule) return nothing;
    const { locale, messages } = this.env;
    const threshold = Number(rule.threshold.amount) > 0 ? messages.cashbackThreshold(formatMoney(locale, rule.threshold)) : messages.cashbackNoThreshold;
    return html`<ul part="rule" class="rule">
      <li class="rule-rate">${messages.cashbackRate(formatPercent(locale, rule.rate))}</li>
      <li>${threshold}</li>
      <li>${messages.cashbackCap(formatMoney(locale, rule.cap))}</li>
      <li>
        ${rule.regions.length > 0
          ? messages.cashbackRegions(formatList(locale, rule.regions.map((region) => regionName(locale, region))))
          : messages.cashbackAnyRegion}
      </li>
      ${rule.currencies.length > 0
        ? html`<li>${messages.cashbackCurrencies(formatList(locale, rule.currencies.map((code) => currencyName(locale, code))))}</li>`
        : nothing}
      <li>${messages.cashbackSettlement(currencyName(locale, rule.settlementCurrency))}</li>
    </ul>`;
  }

  private quotaText(quota: Quota): string {
    const { locale, messages } = this.env;
    const text = quota.remaining > 0 ? messages.quotaLeft(quota.remaining, quota.limit, quota.period) : messages.quotaNoneLeft(quota.period);
    return quota.resetsAt ? messages.quotaResets(text, formatDay(locale, quota.resetsAt)) : text;
  }

  // ---- cards ---------------------------------------------------------------------------------------

  private cardsFor(benefit: BenefitDetail, member: Member): { eligible: CardChoice[]; ineligible: CardChoice[] } {
    const cards = new Map(member.cards.map((card) => [card.id, card]));
    const choices = benefit.eligibility.flatMap((eligibility) => {
      const card = cards.get(eligibility.cardId);
      return card ? [{ card, eligibility }] : [];
    });
    return { eligible: choices.filter((choice) => choice.eligibility.eligible), ineligible: choices.filter((choice) => !choice.eligibility.eligible) };
  }

  /** The card the benefit will be taken on: the cardholder's pick, else the first eligible card. */
  private chosen(eligible: readonly CardChoice[]): CardChoice | undefined {
    return eligible.find((choice) => choice.card.id === this.selectedCardId) ?? eligible[0];
  }

  private cardName(card: Card | undefined): string {
    return card ? this.env.messages.cardName(card.product.name, card.last4) : '';
  }

  private renderCardPicker(eligible: readonly CardChoice[], chosen: CardChoice) {
    const { messages } = this.env;
    return html`<fieldset part="card-picker" class="card-picker">
      <legend>${messages.cardPickerLegend}</legend>
      ${eligible.map(
        ({ card, eligibility }) => html`<label part="card-option" class="card-option" data-selected=${card.id === chosen.card.id ? 'true' : 'false'}>
          <input
            type="radio"
            name="card"
            value=${card.id}
            .checked=${card.id === chosen.card.id}
            ?disabled=${this.phase === 'busy'}
            @change=${() => this.handleCardChange(card.id)}
          />
          <span class="card-option-text">
            <span>${this.cardName(card)}</span>
            ${eligibility.quota ? html`<span class="muted">${this.quotaText(eligibility.quota)}</span>` : nothing}
          </span>
        </label>`,
      )}
    </fieldset>`;
  }

  private handleCardChange(cardId: string) {
    this.selectedCardId = cardId;
    this.failure = undefined;
  }

  // ---- the action ------------------------------------------------------------------------------------

  private renderAction(benefit: BenefitDetail, member: Member): TemplateResult | typeof nothing {
    const { locale, messages } = this.env;
    if (benefit.kind === 'unknown') return this.renderNotice(messages.unknownKindTitle, messages.unknownKindHint);
    if (this.phase === 'done' && this.result) return this.renderResult(this.result, member);

    const { eligible, ineligible } = this.cardsFor(benefit, member);
    const reasons = html`<ul class="reasons">
      ${ineligible.map(
        ({ card, eligibility }) =>
          html`<li>${messages.cardReason(this.cardName(card), messages.ineligible(INELIGIBILITY.has(eligibility.reason ?? '') ? (eligibility.reason as IneligibilityName) : 'unknown'))}</li>`,
      )}
    </ul>`;

    switch (benefit.availability) {
      case 'sold_out':
        return html`${this.renderNotice(messages.soldOut, messages.soldOutNotice)}${this.renderMainButton(benefit, { disabled: true })}`;
      case 'expired':
        return html`${this.renderNotice(messages.expired, messages.expiredNotice(formatDay(locale, benefit.validity.endsAt)))}${this.renderMainButton(benefit, { disabled: true })}`;
      case 'not_eligible':
        return html`${this.renderNotice(messages.notEligible, messages.notEligibleNotice, ineligible.length > 0 ? reasons : nothing)}${this.renderMainButton(benefit, {
          disabled: true,
        })}`;
      case 'available':
      case 'unknown':
        break;
    }
    if (benefit.kind === 'activation' && benefit.enrolled) return this.renderNotice(messages.alreadyEnrolled, messages.alreadyEnrolledHint);

    const chosen = this.chosen(eligible);
    if (!chosen) {
      return html`${this.renderNotice(messages.noEligibleCard, undefined, reasons)}${this.renderMainButton(benefit, { disabled: true })}`;
    }
    const cardLine =
      eligible.length > 1 ? this.renderCardPicker(eligible, chosen) : html`<p part="card" class="card-line">${messages.usingCard(this.cardName(chosen.card))}</p>`;

    if (benefit.kind === 'reservation') {
      const blocked = needsPartnerChannel(benefit.form);
      return html`${cardLine}
        <form part="form" class="form" novalidate @submit=${this.handleBook}>
          ${renderFields({
            fields: benefit.form,
            answers: this.answers,
            errors: this.fieldErrors,
            messages,
            locale,
            partner: benefit.partner.name,
            onAnswer: (field, answer) => this.handleAnswer(field, answer),
          })}
          ${this.renderFailure()}
          ${this.showsMainButton() ? this.renderMainButton(benefit, { disabled: blocked, type: 'submit', describedBy: blocked ? 'unsupported' : undefined }) : nothing}
        </form>`;
    }
    if (benefit.kind === 'voucher' && this.phase === 'confirming') {
      return html`${cardLine}${this.renderConfirm(chosen)}`;
    }
    return html`${cardLine}${this.renderFailure()}${this.showsMainButton() ? this.renderMainButton(benefit, {}) : nothing}`;
  }

  /** A retryable failure offers "try again" instead; a final one leaves nothing to press. */
  private showsMainButton(): boolean {
    return !this.failure || !RETRYABLE.has(this.failure.name);
  }

  private renderNotice(title: string, hint?: string, extra: unknown = nothing) {
    return html`<div part="notice" class="notice" id="notice">
      <p class="notice-title">${title}</p>
      ${hint ? html`<p>${hint}</p>` : nothing}${extra}
    </div>`;
  }

  private renderMainButton(benefit: BenefitDetail, { disabled = false, type = 'button', describedBy }: { disabled?: boolean; type?: 'button' | 'submit'; describedBy?: string | undefined }) {
    const { messages } = this.env;
    const busy = this.phase === 'busy';
    const [label, busyLabel] =
      benefit.kind === 'voucher'
        ? [messages.claim, messages.claiming]
        : benefit.kind === 'activation'
          ? [messages.activate, messages.activating]
          : benefit.kind === 'reservation'
            ? [messages.book, messages.booking]
            : benefit.kind === 'partner'
              ? [messages.openPartner(benefit.platform.name), messages.opening]
              : [messages.claim, messages.claiming];
    const final = this.failure !== undefined && FINAL.has(this.failure.name);
    return html`<button
      part="button action"
      class="button action"
      type=${type}
      ?disabled=${disabled || final}
      aria-disabled=${ifDefined(busy ? 'true' : undefined)}
      aria-describedby=${ifDefined(disabled ? (describedBy ?? 'notice') : undefined)}
      @click=${type === 'button' ? this.handleMainAction : undefined}
    >
      ${busy ? busyLabel : label}
    </button>`;
  }

  private renderConfirm(chosen: CardChoice) {
    const { messages } = this.env;
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-heading" @keydown=${this.handleConfirmKeydown}>
      <div class="confirm-heading" id="confirm-heading" role="heading" aria-level=${this.subLevel}>${messages.confirmTitle}</div>
      <p id="confirm-text">${messages.confirmText(this.cardName(chosen.card))}</p>
      <div class="buttons">
        <button part="button secondary" class="button secondary" type="button" @click=${this.handleCancelConfirm}>${messages.cancel}</button>
        <button part="button action" class="button action" id="confirm" type="button" aria-describedby="confirm-text" @click=${this.handleConfirm}>
          ${messages.confirm}
        </button>
      </div>
    </div>`;
  }

  private renderFailure() {
    const failure = this.failure;
    if (!failure) return nothing;
    const { messages } = this.env;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title" id="error-title" tabindex="-1">${messages.failureTitle(failure.name)}</p>
      <p>${messages.failureHint(failure.name)}</p>
      ${RETRYABLE.has(failure.name)
        ? html`<button part="button retry" class="button" type="button" ?disabled=${this.phase === 'busy'} @click=${this.handleRetryAction}>${messages.retry}</button>`
        : nothing}
    </div>`;
  }

  private renderResult({ walletItem }: ClaimResult, member: Member) {
    const { locale, messages } = this.env;
    const card = member.cards.find((candidate) => candidate.id === walletItem.cardId);
    const title = { voucher: messages.voucherClaimed, reservation: messages.booked, activation: messages.enrolled, unknown: messages.takenTitle }[walletItem.kind];
    return html`<div part="result" class="result">
      <div part="result-heading" class="result-heading" id="result-heading" role="heading" aria-level=${this.subLevel} tabindex="-1">${title}</div>
      ${this.renderResultBody(walletItem, card)}
      ${walletItem.validUntil && walletItem.kind === 'voucher' ? html`<p class="muted">${messages.validUntil(formatDay(locale, walletItem.validUntil))}</p>` : nothing}
      <div class="buttons">
        ${this.walletLink
          ? html`<button part="button wallet-link" class="button" type="button" @click=${() => this.dispatchEvent(new RightsNavigateEvent({ view: 'wallet-item', walletItemId: walletItem.id }))}>
              ${messages.viewInWallet}
            </button>`
          : nothing}
        <button part="button secondary" class="button secondary" type="button" @click=${this.handleDone}>${messages.done}</button>
      </div>
    </div>`;
  }

  private renderResultBody(item: WalletItem, card: Card | undefined) {
    const { locale, messages } = this.env;
    switch (item.kind) {
      case 'voucher':
        return html`<p class="code-label" id="code-label">${messages.voucherCode}</p>
          <p part="code" class="code" translate="no" aria-labelledby="code-label">${item.voucher.code}</p>
          ${this.canCopy()
            ? html`<button part="button copy" class="button secondary" type="button" @click=${() => this.handleCopy(item.voucher.code)}>${messages.copyCode}</button>`
            : nothing}
          ${this.copyFailed ? html`<p class="muted">${messages.copyFailed}</p>` : nothing}
          <p>${messages.voucherDisplay(item.voucher.display)}</p>
          ${item.voucher.instructions ? this.renderRich(item.voucher.instructions) : nothing}`;
      case 'reservation': {
        const { reservation } = item;
        const date = formatCalendarDate(locale, reservation.date);
        return html`<p class="code-label" id="code-label">${messages.confirmationCode}</p>
          <p part="code" class="code" translate="no" aria-labelledby="code-label">${reservation.confirmationCode}</p>
          <dl class="facts">
            <div><dt>${messages.reservationWhen}</dt><dd>${reservation.time ? messages.dateAndTime(date, reservation.time) : date}</dd></div>
            ${reservation.details.map((detail) => html`<div><dt>${detail.label}</dt><dd>${detail.value}</dd></div>`)}
          </dl>`;
      }
      case 'activation':
        return html`<p>${messages.enrolledText(this.cardName(card))}</p>`;
      case 'unknown':
        return nothing;
    }
  }

  // ---- handlers ----------------------------------------------------------------------------------

  private current(): (Loaded & { card: CardChoice | undefined }) | undefined {
    const loaded = this.data.value;
    if (!loaded) return undefined;
    return { ...loaded, card: this.chosen(this.cardsFor(loaded.benefit, loaded.member).eligible) };
  }

  private handleMainAction() {
    const current = this.current();
    if (!current?.card || this.inFlight) return;
    const { benefit, card } = current;
    switch (benefit.kind) {
      case 'voucher':
        this.phase = 'confirming';
        this.failure = undefined;
        void this.focusOn('#confirm');
        return;
      case 'activation':
        void this.take(benefit, card.card.id);
        return;
      case 'partner':
        void this.open(benefit, card.card.id);
        return;
      // A reservation is booked through its form's submit; a kind from a newer platform has no action here.
      case 'reservation':
      case 'unknown':
        return;
    }
  }

  private handleConfirm() {
    const current = this.current();
    if (current?.card) void this.take(current.benefit, current.card.card.id);
  }

  private handleCancelConfirm() {
    this.phase = 'idle';
    void this.focusOn('button.action');
  }

  private handleConfirmKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.phase === 'confirming') {
      event.stopPropagation();
      this.handleCancelConfirm();
    }
  }

  /** "Try again" after a failure: the same action, and while its request is unchanged, the same Idempotency-Key. */
  private handleRetryAction() {
    const current = this.current();
    if (!current?.card) return;
    const { benefit, card } = current;
    if (benefit.kind === 'partner') void this.open(benefit, card.card.id);
    else if (benefit.kind === 'reservation') void this.take(benefit, card.card.id, answersFor(benefit.form, this.answers));
    else void this.take(benefit, card.card.id);
  }

  private handleAnswer(field: FormField, answer: string | number | undefined) {
    this.answers = withEntry(this.answers, field.name, answer);
    this.failure = undefined;
    // A booked-out date is worth hearing about at once; other fields are checked again once they were wrong.
    const hadError = field.name in this.fieldErrors;
    if (field.type === 'date' || hadError) {
      const problem = validateFormAnswers([field], answer === undefined ? {} : { [field.name]: answer }).find(
        (candidate) => candidate.problem !== 'required' || hadError,
      );
      this.fieldErrors = withEntry<string>(this.fieldErrors, field.name, problem?.problem);
    }
  }

  private handleBook(event: SubmitEvent) {
    event.preventDefault();
    const current = this.current();
    if (!current?.card || current.benefit.kind !== 'reservation' || this.inFlight) return;
    const { benefit, card } = current;
    if (needsPartnerChannel(benefit.form)) return;
    const answers = answersFor(benefit.form, this.answers);
    const problems = validateFormAnswers(benefit.form, answers);
    if (problems.length > 0) {
      this.showFieldProblems(benefit.form, problems);
      return;
    }
    void this.take(benefit, card.card.id, answers);
  }

  private showFieldProblems(fields: readonly FormField[], problems: readonly FieldProblem[] | readonly { name: string; reason: string }[]) {
    const errors: Record<string, string> = {};
    for (const problem of problems) {
      const code = 'problem' in problem ? problem.problem : problem.reason;
      if (fields.some((field) => field.name === problem.name) && !(problem.name in errors)) errors[problem.name] = code;
    }
    this.fieldErrors = errors;
    const first = fields.find((field) => field.name in errors);
    if (first) void this.focusField(first);
    return first !== undefined;
  }

  private async focusField(field: FormField) {
    await this.updateComplete;
    const id = controlId(field.name);
    const target =
      field.type === 'time_slot'
        ? (this.renderRoot.querySelector<HTMLInputElement>(`#${id} input:checked`) ?? this.renderRoot.querySelector<HTMLInputElement>(`#${id} input:not(:disabled)`))
        : this.renderRoot.querySelector<HTMLElement>(`#${id}`);
    target?.focus();
  }

  /** Moves focus to the first of `selectors` that is there and enabled, once the update has rendered. */
  private async focusOn(...selectors: string[]) {
    await this.updateComplete;
    for (const selector of selectors) {
      const target = this.renderRoot.querySelector<HTMLElement>(selector);
      if (target && !target.matches(':disabled')) {
        target.focus();
        return;
      }
    }
  }

  /** The Idempotency-Key for `request`: the same while the cardholder retries the same action, new for a new one. */
  private keyFor(request: unknown): string {
    const fingerprint = JSON.stringify(request);
    if (this.action?.request !== fingerprint) this.action = { key: newIdempotencyKey(), request: fingerprint };
    return this.action.key;
  }

  private async take(benefit: BenefitDetail, cardId: string, form?: FormAnswers) {
    const client = this.environment?.client;
    if (!client || this.inFlight) return;
    const request: ClaimRequest = form ? { cardId, form } : { cardId };
    const claim = new RightsClaimEvent({ benefitId: benefit.id, cardId });
    this.dispatchEvent(claim);
    if (claim.defaultPrevented) {
      // The host said no: back to where the cardholder was, without an error of ours.
      if (this.phase === 'confirming') this.handleCancelConfirm();
      return;
    }
    this.inFlight = true;
    this.phase = 'busy';
    this.failure = undefined;
    this.copyFailed = false;
    this.track('claim_started', benefit);
    try {
      const result = await client.benefits.claim(benefit.id, request, { idempotencyKey: this.keyFor({ claim: benefit.id, ...request }) });
      // The next claim is another action with a key of its own.
      this.action = undefined;
      this.result = result;
      this.phase = 'done';
      this.answers = {};
      this.fieldErrors = {};
      const title = { voucher: this.env.messages.voucherClaimed, reservation: this.env.messages.booked, activation: this.env.messages.enrolled, unknown: this.env.messages.takenTitle }[
        result.walletItem.kind
      ];
      this.announcement = title;
      const claimed = new RightsClaimedEvent({ benefitId: benefit.id, walletItemId: result.walletItem.id, kind: result.walletItem.kind });
      this.dispatchEvent(claimed);
      this.track('claim_succeeded', benefit);
      this.environment?.bridge?.haptic?.('success');
      await this.focusOn('#result-heading');
      // The client made its cached copy stale; this shows the quota and eligibility after the claim.
      void this.data.run();
    } catch (error) {
      const failure = this.fail(error);
      const failed = new RightsClaimFailedEvent({ benefitId: benefit.id, code: failure.code });
      this.dispatchEvent(failed);
      track(this, this.environment, { name: 'claim_failed', ...analyticsOf(benefit), code: failure.code });
      this.environment?.bridge?.haptic?.('error');
      const fieldProblems =
        failure.name === 'validation_failed' && benefit.kind === 'reservation' && isRightsError(error) && 'invalidParams' in error
          ? this.showFieldProblems(benefit.form, (error as { invalidParams: readonly { name: string; reason: string }[] }).invalidParams)
          : false;
      if (!fieldProblems) await this.focusOn('#error-title');
    } finally {
      this.inFlight = false;
    }
  }

  private async open(benefit: PartnerBenefit, cardId: string) {
    const client = this.environment?.client;
    if (!client || this.inFlight) return;
    this.inFlight = true;
    this.phase = 'busy';
    this.failure = undefined;
    try {
      const launch = await client.benefits.launch(benefit.id, { cardId }, { idempotencyKey: this.keyFor({ launch: benefit.id, cardId }) });
      this.action = undefined;
      this.phase = 'idle';
      // The contract already refuses unsafe links; this check stands even if a host's client does not.
      if (!isSafeUrl(launch.url)) {
        this.failure = { name: 'unsafe_link', code: 'unsafe_url' };
        await this.focusOn('#error-title');
        return;
      }
      const opening = new RightsOpenPartnerEvent({ benefitId: benefit.id, url: launch.url });
      this.dispatchEvent(opening);
      if (opening.defaultPrevented) return;
      // In a native app the partner opens on a screen of its own and the cardholder comes back here;
      // in a plain page the page goes there, as any link would.
      const bridge = this.environment?.bridge;
      if (bridge?.openUrl) await bridge.openUrl(launch.url);
      else window.location.assign(launch.url);
    } catch (error) {
      this.fail(error);
      await this.focusOn('#error-title');
    } finally {
      this.inFlight = false;
    }
  }

  private track(name: 'view' | 'claim_started' | 'claim_succeeded', benefit: BenefitDetail) {
    track(this, this.environment, { name, ...analyticsOf(benefit) });
  }

  /** Shows `error` to the cardholder; keeps the Idempotency-Key only when the platform may have acted. */
  private fail(error: unknown): Failure {
    const code = isRightsError(error) ? error.code : 'unknown';
    const failure: Failure = { name: Object.prototype.hasOwnProperty.call(FAILURE_OF, code) ? (FAILURE_OF[code] as FailureName) : 'internal', code };
    if (REFUSALS.has(code)) this.action = undefined;
    reportSessionEnd(this, error);
    this.failure = failure;
    this.phase = 'idle';
    return failure;
  }

  private handleDone() {
    this.resetAction();
    this.announcement = '';
    void this.focusOn('button.action', '#title');
  }

  /** The app's share sheet with the benefit's name and partner: words only, nothing about the cardholder. */
  private async handleShare(benefit: BenefitDetail) {
    const text = [benefit.partner.name, benefit.subtitle].filter(Boolean).join(' · ');
    try {
      await this.environment?.bridge?.share?.({ title: benefit.title, text });
    } catch {
      // The cardholder closed the sheet, or the app could not open one: nothing to tell them.
    }
  }

  private canCopy(): boolean {
    return typeof navigator.clipboard?.writeText === 'function';
  }

  private async handleCopy(code: string) {
    try {
      await navigator.clipboard.writeText(code);
      this.copyFailed = false;
      this.announcement = this.env.messages.copied;
    } catch {
      // Not focused, or the WebView refuses clipboard access: the code stays selectable.
      this.copyFailed = true;
    }
  }

  private resetAction() {
    this.phase = 'idle';
    this.result = undefined;
    this.failure = undefined;
    this.answers = {};
    this.fieldErrors = {};
    this.selectedCardId = undefined;
    this.copyFailed = false;
    this.action = undefined;
  }
}
