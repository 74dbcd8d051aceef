import type { CampaignStatus, CashbackCampaign, CashbackList, CashbackProgress, CashbackRule, Money } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { RightsNavigateEvent } from '../../events.js';
import { whenStale } from '../../internal/freshness.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { TAKING_MESSAGES } from '../../internal/taking.messages.js';
import { CASHBACK_MESSAGES, type CashbackMessages } from './cashback.messages.js';
import { currencyName, formatDay, formatList, formatMoney, formatPercent, regionName } from '../../internal/format.js';
import { addMoney, isPositive, subtractMoney } from '../../internal/money.js';
import { styles } from './cashback.styles.js';

const MESSAGES = [CASHBACK_MESSAGES, TAKING_MESSAGES] as const;

const SKELETON_CAMPAIGNS = 2;

/** A progress bar: spend towards the threshold, or cashback towards the cap. */
interface Meter {
  /** Unique in the element: labels the bar. */
  id: string;
  kind: 'threshold' | 'cap';
  label: string;
  value: Money;
  max: Money;
  /** The figures in words, shown and given to assistive technology as `aria-valuetext`. */
  valueText: string;
  note?: string;
}

/** The badge for each status this version knows; a status from a newer platform shows none. */
const STATUS_TEXT = {
  not_enrolled: 'cashbackNotEnrolled',
  enrolled: 'cashbackEnrolled',
  qualified: 'cashbackQualified',
  capped: 'cashbackCapped',
  ended: 'cashbackEnded',
} as const satisfies Record<Exclude<CampaignStatus, 'unknown'>, keyof CashbackMessages>;

/**
 * The member's cross-border cashback campaigns: each rule in a sentence, progress towards its threshold
 * and cap, what was spent, pending, earned and paid, and how foreign spend was converted. Must sit inside
 * a `<rights-provider>`.
 *
 * @tagname rights-cashback
 * @summary Cross-border cashback campaigns with the member's progress, multi-currency, with loading,
 *   empty, error and offline states.
 * @csspart base - The whole list (a labelled `section`).
 * @csspart list - The list of campaigns.
 * @csspart campaign - Each campaign; `data-status` says where it stands.
 * @csspart title - Each campaign's title.
 * @csspart badge - The campaign's status: not activated, activated, earning, cap reached, ended.
 * @csspart rule - The rule in one sentence: rate, threshold, cap, regions and currencies.
 * @csspart validity - When the campaign runs until, or when it ended.
 * @csspart enrolment - When the member activated it.
 * @csspart meter - A progress bar with its label and figures; also `threshold` or `cap`.
 * @csspart progress - The `<progress>` bar itself.
 * @csspart meter-note - How much more spend the threshold needs, or that it is reached.
 * @csspart amounts - Spent, pending, earned and paid.
 * @csspart conversions - The disclosure explaining each foreign-currency conversion.
 * @csspart conversions-toggle - The disclosure's `<summary>`, saying how many conversions it holds.
 * @csspart conversion - One conversion: original amount, rate, amount counted.
 * @csspart button - Every button; also `activate`, `details` or `retry`.
 * @csspart status - The empty, error and offline panels.
 * @cssprop --rights-cashback-surface - A campaign's background.
 * @cssprop --rights-cashback-radius - A campaign's corner radius.
 * @cssprop --rights-cashback-progress-color - The filled part of the progress bars.
 * @cssprop --rights-cashback-track-color - The empty part of the progress bars.
 * @fires {RightsNavigateEvent} rights-navigate - The cardholder asked to activate a campaign, or to see it in
 *   full: `{ view: 'benefit', benefitId }` of the campaign's activation benefit (cancelable).
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The campaigns could not load because the session has ended; the cardholder is asked to sign in again.
 */
export class RightsCashback extends RightsElement<typeof MESSAGES> {
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** Heading level of each campaign's title, to fit the host page's outline. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  private readonly campaigns = new ProviderTask(this, () => this.env, {
    task: (client, _locale, { signal }) => client.cashback.list({ signal }),
    // Titles come localised from the platform: a new locale fetches them again.
    args: () => [this.env.locale] as const,
    stale: whenStale((client) => client.cashback),
  });

  private money(money: Money): string {
    return formatMoney(this.env.locale, money);
  }

  protected override render() {
    const { messages } = this.env;
    return html`<section part="base" aria-label=${messages.cashbackLabel} aria-busy=${this.campaigns.pending ? 'true' : 'false'}>
      ${this.campaigns.render({
        complete: (list) => this.renderList(list),
        skeleton: () => this.renderSkeleton(),
        failed: { title: messages.cashbackLoadError, retryPart: 'button retry' },
      })}
    </section>`;
  }

  private renderSkeleton() {
    const { messages } = this.env;
    return html`<p class="visually-hidden" role="status">${messages.cashbackLoading}</p>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_CAMPAIGNS },
          () => html`<li class="campaign">
            <div class="skeleton title"></div>
            <div class="skeleton line"></div>
            <div class="skeleton line"></div>
            <div class="skeleton bar"></div>
          </li>`,
        )}
      </ul>`;
  }

  private renderList({ items }: CashbackList) {
    const { messages } = this.env;
    if (items.length === 0) {
      return html`<div part="status" class="status" role="status">
        <p class="status-title">${messages.cashbackEmpty}</p>
        <p>${messages.cashbackEmptyHint}</p>
      </div>`;
    }
    return html`<ul part="list" class="list">
      ${repeat(items, (campaign) => campaign.id, (campaign) => html`<li>${this.renderCampaign(campaign)}</li>`)}
    </ul>`;
  }

  private renderCampaign(campaign: CashbackCampaign) {
    const { locale, messages } = this.env;
    const titleId = `campaign-${campaign.id}`;
    const badge = campaign.status === 'unknown' ? undefined : messages[STATUS_TEXT[campaign.status]];
    const ended = campaign.status === 'ended';
    return html`<article part="campaign" class="campaign" data-status=${campaign.status} aria-labelledby=${titleId}>
      <div class="header">
        <div part="title" class="title" id=${titleId} role="heading" aria-level=${this.headingLevel}>${campaign.title}</div>
        ${badge ? html`<span part="badge" class="badge">${badge}</span>` : nothing}
      </div>
      <p part="rule">${this.ruleText(campaign.rule)}</p>
      <p part="validity" class="dates">
        ${ended ? messages.cashbackEndedOn(formatDay(locale, campaign.endsAt)) : messages.validUntil(formatDay(locale, campaign.endsAt))}
      </p>
      ${campaign.enrolledAt
        ? html`<p part="enrolment" class="dates">${messages.cashbackEnrolledOn(formatDay(locale, campaign.enrolledAt))}</p>`
        : nothing}
      ${campaign.progress ? this.renderProgress(campaign, campaign.progress) : nothing}
      ${campaign.status === 'not_enrolled'
        ? html`<button part="button activate" class="button" type="button" aria-describedby=${titleId} @click=${() => this.handleOpen(campaign)}>
            ${messages.activate}
          </button>`
        : html`<button part="button details" class="button secondary" type="button" aria-describedby=${titleId} @click=${() => this.handleOpen(campaign)}>
            ${messages.cashbackViewOffer}
          </button>`}
    </article>`;
  }

  private ruleText(rule: CashbackRule): string {
    const { locale, messages } = this.env;
    return messages.cashbackRuleText({
      rate: formatPercent(locale, rule.rate),
      threshold: isPositive(rule.threshold) ? this.money(rule.threshold) : undefined,
      cap: this.money(rule.cap),
      regions: rule.regions.length > 0 ? formatList(locale, rule.regions.map((region) => regionName(locale, region))) : undefined,
      currencies: rule.currencies.length > 0 ? formatList(locale, rule.currencies.map((code) => currencyName(locale, code))) : undefined,
    });
  }

  private renderProgress({ id, rule }: CashbackCampaign, progress: CashbackProgress) {
    const { locale, messages } = this.env;
    const hasThreshold = isPositive(rule.threshold);
    const toGo = hasThreshold ? subtractMoney(rule.threshold, progress.spent) : undefined;
    const reached = !hasThreshold || (toGo !== undefined && !isPositive(toGo));
    const cashback = addMoney(progress.earned, progress.pending);
    return html`${hasThreshold
        ? this.renderMeter({
            id: `${id}-threshold`,
            kind: 'threshold',
            label: messages.cashbackThresholdLabel,
            value: progress.spent,
            max: rule.threshold,
            valueText: messages.cashbackThresholdValue(this.money(progress.spent), this.money(rule.threshold)),
            note: reached ? messages.cashbackThresholdReached : toGo && messages.cashbackToGo(this.money(toGo)),
          })
        : nothing}
      ${reached && cashback && isPositive(rule.cap)
        ? this.renderMeter({
            id: `${id}-cap`,
            kind: 'cap',
            label: messages.cashbackCapLabel,
            value: cashback,
            max: rule.cap,
            valueText: messages.cashbackCapValue(this.money(cashback), this.money(rule.cap)),
          })
        : nothing}
      <dl part="amounts" class="amounts">
        ${(
          [
            [messages.cashbackSpent, progress.spent],
            [messages.cashbackPending, progress.pending],
            [messages.cashbackEarned, progress.earned],
            [messages.cashbackPaid, progress.paid],
          ] as const
        ).map(([label, amount]) => html`<div><dt>${label}</dt><dd>${this.money(amount)}</dd></div>`)}
      </dl>
      ${progress.conversions.length > 0
        ? html`<details part="conversions" class="conversions">
            <summary part="conversions-toggle">${messages.cashbackConversionsHeading(progress.conversions.length)}</summary>
            <p class="hint">${messages.cashbackConversionsHint(currencyName(locale, rule.settlementCurrency))}</p>
            <ul>
              ${progress.conversions.map(
                (conversion) => html`<li part="conversion">${messages.cashbackConversion(this.money(conversion.original), conversion.rate, this.money(conversion.converted))}</li>`,
              )}
            </ul>
          </details>`
        : nothing}`;
  }

  /**
   * A labelled native `<progress>`: screen readers hear its name, and `aria-valuetext` says the amounts in
   * words rather than a bare percentage. The bar takes the decimal strings as they are; `<progress>`
   * itself stops at `max`, so spend beyond the threshold shows as a full bar.
   */
  private renderMeter({ id, kind, label, value, max, valueText, note }: Meter) {
    return html`<div part="meter ${kind}" class="meter">
      <div class="meter-label">
        <span id=${id}>${label}</span>
        <span class="meter-figures" aria-hidden="true">${valueText}</span>
      </div>
      <progress part="progress" aria-labelledby=${id} aria-valuetext=${valueText} max=${max.amount} value=${value.amount}></progress>
      ${note ? html`<p part="meter-note" class="meter-note">${note}</p>` : nothing}
    </div>`;
  }

  private handleOpen(campaign: CashbackCampaign) {
    this.dispatchEvent(new RightsNavigateEvent({ view: 'benefit', benefitId: campaign.benefitId }));
  }
}
