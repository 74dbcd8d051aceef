import type { BenefitDetail, ClaimResult, Member } from '@rights-kit/client';
import { html, nothing, type PropertyValues } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { RightsNavigateEvent } from '../../events.js';
import { analyticsOf, track } from '../../internal/analytics.js';
import { formatDay } from '../../internal/format.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { isNotFound } from '../../internal/status.js';
import { TAKING_MESSAGES } from '../../internal/taking.messages.js';
import { DETAIL_MESSAGES } from './benefit-detail.messages.js';
import { styles } from './benefit-detail.styles.js';
import { renderInfo, renderSkeleton } from './benefit-info.js';
import { cardsFor, chosenCard, renderCardPicker } from './cards.js';
import { ClaimController } from './claim-controller.js';
import { CopyCode } from './copy-code.js';
import { nextStep } from './failure.js';
import { FormAnswers } from './form-answers.js';
import type { CardChoice, KindHost, MainButtonOptions, TakeableKind } from './kinds/host.js';
import { detailKindOf, resultViewOf } from './kinds/index.js';
import { renderResult } from './result.js';
import { renderRichText } from './rich-text.js';

const MESSAGES = [DETAIL_MESSAGES, TAKING_MESSAGES] as const;

interface Loaded {
  benefit: BenefitDetail;
  member: Member;
}

/** The benefit on show, when this version can take it up, with its kind and the card it would be taken on. */
interface Takeable {
  benefit: BenefitDetail;
  kind: TakeableKind<BenefitDetail>;
  choice: CardChoice | undefined;
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
 * @fires {RightsAnalyticsEvent} rights-analytics - With the provider's `analyticsConsent`: the benefit was shown (`view`), and a claim started, succeeded or failed.
 */
export class RightsBenefitDetail extends RightsElement<typeof MESSAGES> {
  static override properties = {
    benefitId: { attribute: 'benefit-id', reflect: true },
    walletLink: { type: Boolean, attribute: 'wallet-link' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selectedCardId: { state: true },
    announcement: { state: true },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** The benefit to show, e.g. `lounge-domestic`. */
  benefitId?: string;

  /**
   * Offers "View in wallet" once a benefit is taken: it fires `rights-navigate` with the new wallet
   * item, for a host (or `<rights-hub>`) that shows the wallet.
   */
  walletLink = false;

  /** Heading level of the title, to fit the host page's outline; sections take the next level. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 2;

  private selectedCardId?: string;
  private announcement = '';

  /** The benefit a `view` was last reported for: a refresh or a new locale is not another view. */
  private viewed?: string;

  private readonly data = new ProviderTask(this, () => this.env, {
    task: async (client, [benefitId], { signal }): Promise<Loaded> => {
      const [benefit, member] = await Promise.all([client.benefits.get(benefitId, { signal }), client.me.get({ signal })]);
      if (this.viewed !== benefit.id) {
        this.viewed = benefit.id;
        track(this, this.environment, { name: 'view', ...analyticsOf(benefit) });
      }
      return { benefit, member };
    },
    args: () => [this.benefitId] as const,
    ready: (args: readonly [string | undefined]): args is readonly [string] => !!args[0],
  });

  private readonly taking = new ClaimController(this, {
    environment: () => this.env,
    taken: (_benefit, result) => void this.handleTaken(result),
    failed: (benefit, _failure, problems) => void this.handleFailed(benefit, problems),
    declined: () => this.handleCancelConfirm(),
  });

  private readonly form = new FormAnswers(this, () => this.taking.clearFailure());
  private readonly copy = new CopyCode(this, (text) => (this.announcement = text));

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Another benefit starts from a clean slate; a new locale or client keeps what the cardholder did.
    if (changed.has('benefitId')) this.resetAction();
  }

  private get subLevel(): number {
    return Math.min(this.headingLevel + 1, 6);
  }

  /** What the kind modules are given to render and act with. */
  private get host(): KindHost {
    const { messages, locale } = this.env;
    return {
      messages,
      locale,
      subLevel: this.subLevel,
      form: this.form,
      section: (id, heading, content) => html`<section part="section" class="section" aria-labelledby="${id}-heading">
        <div part="section-heading" class="section-heading" id="${id}-heading" role="heading" aria-level=${this.subLevel}>${heading}</div>
        ${content}
      </section>`,
      rich: (blocks) => html`<div part="rich-text" class="rich-text">${renderRichText(blocks, this.subLevel + 1, messages)}</div>`,
      notice: (title, hint) => this.renderNotice(title, hint),
      cardName: (card) => (card ? messages.cardName(card.product.name, card.last4) : ''),
      controls: (options) => this.renderControls(options),
      copyButton: (code) => this.copy.render(code, messages),
      claim: (benefit, request) => void this.taking.claim(benefit, request),
      launch: (benefit, cardId) => void this.taking.launch(benefit, cardId),
    };
  }

  protected override render() {
    const { messages } = this.env;
    return html`<div part="base" class="base" aria-busy=${this.data.pending ? 'true' : 'false'}>
      ${this.data.render({
        complete: (loaded) => this.renderLoaded(loaded),
        skeleton: () => renderSkeleton(messages),
        failed: { title: messages.detailLoadError, retryPart: 'button retry' },
        error: (error) => this.renderNotFound(error),
      })}
      <p class="visually-hidden" role="status">${this.announcement}</p>
    </div>`;
  }

  // ---- loading and errors -------------------------------------------------------------------------

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
    const host = this.host;
    const bridge = this.environment?.bridge;
    const quota = chosenCard(cardsFor(benefit, member).eligible, this.selectedCardId)?.eligibility.quota ?? benefit.quota;
    return html`<article aria-labelledby="title" data-kind=${benefit.kind} data-availability=${benefit.availability}>
      ${renderInfo(benefit, host, { headingLevel: this.headingLevel, quota, onShare: bridge?.share ? () => void this.handleShare(benefit) : undefined })}
      ${detailKindOf(benefit).body?.(benefit, host) ?? nothing}
      <div part="action" class="action" aria-busy=${this.taking.busy ? 'true' : 'false'}>${this.renderAction(benefit, member)}</div>
    </article>`;
  }

  // ---- the action ------------------------------------------------------------------------------------

  private renderAction(benefit: BenefitDetail, member: Member) {
    const { locale, messages } = this.env;
    const host = this.host;
    const kind = detailKindOf(benefit);
    if ('instead' in kind) return kind.instead(benefit, host);
    const { phase, result } = this.taking;
    if (phase === 'done' && result) {
      const onWallet = this.walletLink ? () => this.dispatchEvent(new RightsNavigateEvent({ view: 'wallet-item', walletItemId: result.walletItem.id })) : undefined;
      return renderResult(result, member, host, { onWallet, onDone: () => this.handleDone() });
    }

    const { eligible, ineligible } = cardsFor(benefit, member);
    const reasons = html`<ul class="reasons">
      ${ineligible.map(({ card, eligibility }) => html`<li>${messages.cardReason(host.cardName(card), messages.ineligible(eligibility.reason ?? 'unknown'))}</li>`)}
    </ul>`;
    const disabled = this.renderMainButton({ disabled: true });
    switch (benefit.availability) {
      case 'sold_out':
        return html`${this.renderNotice(messages.soldOut, messages.soldOutNotice)}${disabled}`;
      case 'expired':
        return html`${this.renderNotice(messages.expired, messages.expiredNotice(formatDay(locale, benefit.validity.endsAt)))}${disabled}`;
      case 'not_eligible':
        return html`${this.renderNotice(messages.notEligible, messages.notEligibleNotice, ineligible.length > 0 ? reasons : nothing)}${disabled}`;
      case 'available':
      case 'unknown':
        break;
    }
    const blocked = kind.blocked?.(benefit, host);
    if (blocked) return blocked;

    const chosen = chosenCard(eligible, this.selectedCardId);
    if (!chosen) return html`${this.renderNotice(messages.noEligibleCard, undefined, reasons)}${disabled}`;
    const cardLine =
      eligible.length > 1
        ? renderCardPicker(eligible, chosen, host, this.taking.busy, (cardId) => this.handleCardChange(cardId))
        : html`<p part="card" class="card-line">${messages.usingCard(host.cardName(chosen.card))}</p>`;
    if (phase === 'confirming' && kind.confirmation) return html`${cardLine}${this.renderConfirm(kind.confirmation(benefit, messages, host.cardName(chosen.card)))}`;
    return html`${cardLine}${kind.action ? kind.action(benefit, host, chosen) : this.renderControls()}`;
  }

  private renderNotice(title: string, hint?: string, extra: unknown = nothing) {
    return html`<div part="notice" class="notice" id="notice">
      <p class="notice-title">${title}</p>
      ${hint ? html`<p>${hint}</p>` : nothing}${extra}
    </div>`;
  }

  /** Why the last attempt failed, then the main button, unless "try again" stands in for it. */
  private renderControls(options?: MainButtonOptions) {
    return html`${this.renderFailure()}${nextStep(this.taking.failure) === 'retry' ? nothing : this.renderMainButton(options)}`;
  }

  private renderMainButton({ disabled = false, type = 'button', describedBy }: MainButtonOptions = {}) {
    const takeable = this.takeable();
    if (!takeable) return nothing;
    const { messages } = this.env;
    const busy = this.taking.busy;
    return html`<button
      part="button action"
      class="button action"
      type=${type}
      ?disabled=${disabled || nextStep(this.taking.failure) === 'none'}
      aria-disabled=${ifDefined(busy ? 'true' : undefined)}
      aria-describedby=${ifDefined(disabled ? (describedBy ?? 'notice') : undefined)}
      @click=${type === 'button' ? this.handleMainAction : undefined}
    >
      ${busy ? takeable.kind.busyLabel(messages) : takeable.kind.label(takeable.benefit, messages)}
    </button>`;
  }

  private renderConfirm({ title, text }: { title: string; text: string }) {
    const { messages } = this.env;
    return html`<div part="confirm" class="confirm" role="group" aria-labelledby="confirm-heading" @keydown=${this.handleConfirmKeydown}>
      <div class="confirm-heading" id="confirm-heading" role="heading" aria-level=${this.subLevel}>${title}</div>
      <p id="confirm-text">${text}</p>
      <div class="buttons">
        <button part="button secondary" class="button secondary" type="button" @click=${this.handleCancelConfirm}>${messages.cancel}</button>
        <button part="button action" class="button action" id="confirm" type="button" aria-describedby="confirm-text" @click=${this.act}>${messages.confirm}</button>
      </div>
    </div>`;
  }

  private renderFailure() {
    const failure = this.taking.failure;
    if (!failure) return nothing;
    const { messages } = this.env;
    return html`<div part="error" class="error" role="alert">
      <p class="error-title" id="error-title" tabindex="-1">${messages.failureTitle(failure.name)}</p>
      <p>${messages.failureHint(failure.name)}</p>
      ${nextStep(failure) === 'retry'
        ? html`<button part="button retry" class="button" type="button" ?disabled=${this.taking.busy} @click=${this.act}>${messages.retry}</button>`
        : nothing}
    </div>`;
  }

  // ---- handlers ----------------------------------------------------------------------------------

  /** The benefit on show with its kind and chosen card, when this version can take it up. */
  private takeable(): Takeable | undefined {
    const loaded = this.data.value;
    if (!loaded) return undefined;
    const kind = detailKindOf(loaded.benefit);
    if ('instead' in kind) return undefined;
    return { benefit: loaded.benefit, kind, choice: chosenCard(cardsFor(loaded.benefit, loaded.member).eligible, this.selectedCardId) };
  }

  /** The main button: the confirmation first when the kind asks for one, else the action itself. */
  private handleMainAction() {
    const takeable = this.takeable();
    if (!takeable?.choice || this.taking.busy) return;
    if (!takeable.kind.confirmation) return this.act();
    this.taking.confirm();
    void this.focusOn('#confirm');
  }

  /** The kind's action on the chosen card: after the main button, its confirmation, or "try again" (with the same Idempotency-Key while the request is the same). */
  private readonly act = () => {
    const takeable = this.takeable();
    if (takeable?.choice) takeable.kind.mainAction(takeable.benefit, this.host, takeable.choice);
  };

  private handleCancelConfirm() {
    this.taking.cancel();
    void this.focusOn('button.action');
  }

  private handleConfirmKeydown(event: KeyboardEvent) {
    if (event.key === 'Escape' && this.taking.phase === 'confirming') {
      event.stopPropagation();
      this.handleCancelConfirm();
    }
  }

  private handleCardChange(cardId: string) {
    this.selectedCardId = cardId;
    this.taking.clearFailure();
  }

  private async handleTaken(result: ClaimResult) {
    this.form.clear();
    this.copy.reset();
    this.announcement = resultViewOf(result.walletItem).title(this.env.messages);
    await this.focusOn('#result-heading');
    // The client made its cached copy stale; this shows the quota and eligibility after the claim.
    void this.data.run();
  }

  /** A refusal the kind can put back where the cardholder fixes it (a form's fields); else focus on why. */
  private async handleFailed(benefit: BenefitDetail, problems: readonly { name: string; reason: string }[]) {
    const kind = detailKindOf(benefit);
    if (problems.length > 0 && !('instead' in kind) && kind.refused?.(benefit, this.host, problems)) return;
    await this.focusOn('#error-title');
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

  private resetAction() {
    this.taking.reset();
    this.form.clear();
    this.selectedCardId = undefined;
    this.copy.reset();
  }
}
