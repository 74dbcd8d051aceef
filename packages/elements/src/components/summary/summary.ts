import type { Money, ValueSummary } from '@rights-kit/client';
import { html, nothing } from 'lit';
import { whenStale } from '../../internal/freshness.js';
import { ProviderTask } from '../../internal/provider-task.js';
import { RightsElement } from '../../internal/rights-element.js';
import { SUMMARY_MESSAGES } from './summary.messages.js';
import { formatMoney } from '../../internal/format.js';
import { isPositive, subtractMoney } from '../../internal/money.js';
import { styles } from './summary.styles.js';

const MESSAGES = [SUMMARY_MESSAGES] as const;

/** The charts' user units (the viewBox width): bars are drawn 100 units wide and CSS stretches them to fit. */
const WIDTH = 100;

/**
 * Where `amount` falls on a bar whose full width is `scale`, in user units. Only the drawing goes
 * through a float; every number a person reads is the platform's own decimal string, formatted.
 */
const position = (amount: Money, scale: number) => (scale > 0 ? Math.min(WIDTH, Math.max(0, (Number(amount.amount) / scale) * WIDTH)) : 0);

/**
 * The value the member's cards gave back this year against the annual fee, and by category. Every figure
 * is text; the bars beside them are drawing only, hidden from assistive technology. Must sit inside a
 * `<rights-provider>`.
 *
 * @tagname rights-summary
 * @summary Value realised this year against the annual fee, by category, with loading, empty, error and
 *   offline states.
 * @csspart base - The whole summary (a labelled `section`).
 * @csspart header - The title, the total and whether the fee is covered.
 * @csspart title - The title, with the year.
 * @csspart total - Value realised against the annual fee.
 * @csspart verdict - Whether the fee is covered, and by how much; `data-covered` is `true` or `false`.
 * @csspart chart - Every bar chart (SVG); also `meter` (value against fee) or `bar` (one category).
 * @csspart legend - What the value-against-fee chart's fill and mark stand for.
 * @csspart categories-heading - The heading above the categories.
 * @csspart categories - The list of categories.
 * @csspart category - One category: name, uses, value and bar.
 * @csspart category-name - The category's name.
 * @csspart category-uses - How many times its benefits were used.
 * @csspart category-value - The value it gave back.
 * @csspart button - The retry button; also `retry`.
 * @csspart status - The empty, error and offline panels.
 * @cssprop --rights-summary-surface - The summary's background.
 * @cssprop --rights-summary-radius - The summary's corner radius.
 * @cssprop --rights-summary-bar-color - The bars' fill.
 * @cssprop --rights-summary-track-color - The empty part of the bars.
 * @cssprop --rights-summary-fee-color - The mark for the annual fee.
 * @cssprop --rights-summary-covered-color - The text saying the fee is covered.
 * @fires {RightsSessionExpiredEvent} rights-session-expired - The value could not load because the session has ended; the cardholder is asked to sign in again.
 */
export class RightsSummary extends RightsElement<typeof MESSAGES> {
  static override properties = {
    headingLevel: { type: Number, attribute: 'heading-level' },
  };

  static override styles = styles;
  protected static override messages = MESSAGES;

  /** Heading level of the title, to fit the host page's outline; "by category" takes the next level. */
  headingLevel: 2 | 3 | 4 | 5 | 6 = 2;

  private readonly summary = new ProviderTask(this, () => this.env, {
    task: (client, _locale, { signal }) => client.summary.get({ signal }),
    // Category names come localised from the platform: a new locale fetches them again.
    args: () => [this.env.locale] as const,
    stale: whenStale((client) => client.summary),
  });

  private money(money: Money): string {
    return formatMoney(this.env.locale, money);
  }

  protected override render() {
    const { messages } = this.env;
    return html`<section part="base" class="base" aria-label=${messages.summaryLabel} aria-busy=${this.summary.pending ? 'true' : 'false'}>
      ${this.summary.render({
        complete: (summary) => this.renderSummary(summary),
        skeleton: () => this.renderSkeleton(),
        failed: { title: messages.summaryLoadError, retryPart: 'button retry' },
      })}
    </section>`;
  }

  private renderSkeleton() {
    const { messages } = this.env;
    return html`<p class="visually-hidden" role="status">${messages.summaryLoading}</p>
      <div class="header" aria-hidden="true">
        <div class="skeleton line short"></div>
        <div class="skeleton total"></div>
        <div class="skeleton bar"></div>
        <div class="skeleton line"></div>
        <div class="skeleton line"></div>
      </div>`;
  }

  private renderSummary(summary: ValueSummary) {
    const { messages } = this.env;
    const { realised, annualFee } = summary;
    if (summary.byCategory.length === 0 && !isPositive(realised)) {
      return html`<div part="status" class="status" role="status">
        <p class="status-title">${messages.summaryEmpty}</p>
        ${isPositive(annualFee) ? html`<p>${messages.summaryEmptyHint(this.money(annualFee))}</p>` : nothing}
      </div>`;
    }
    const verdict = this.verdict(summary);
    return html`<div part="header" class="header">
        <div part="title" class="title" role="heading" aria-level=${this.headingLevel}>${messages.summaryHeading(summary.year)}</div>
        <p part="total" class="total">${messages.summaryTotal(this.money(realised), this.money(annualFee))}</p>
        ${verdict ? html`<p part="verdict" class="verdict" data-covered=${verdict.covered ? 'true' : 'false'}>${verdict.text}</p>` : nothing}
      </div>
      ${verdict?.compared ? this.renderMeter(summary) : nothing} ${summary.byCategory.length > 0 ? this.renderCategories(summary) : nothing}`;
  }

  /** Whether the fee is covered, and by how much; nothing when the fee and the value are in different currencies. */
  private verdict({ realised, annualFee }: ValueSummary) {
    const { messages } = this.env;
    if (!isPositive(annualFee)) return { covered: true, compared: false, text: messages.summaryNoFee };
    const surplus = subtractMoney(realised, annualFee);
    if (!surplus) return undefined;
    if (surplus.amount.startsWith('-')) {
      return { covered: false, compared: true, text: messages.summaryNotCovered(this.money({ ...surplus, amount: surplus.amount.slice(1) })) };
    }
    return { covered: true, compared: true, text: messages.summaryCovered(isPositive(surplus) ? this.money(surplus) : undefined) };
  }

  /** The value as a filled bar, and the fee as a mark across it: past the mark, the fee is covered. */
  private renderMeter({ realised, annualFee }: ValueSummary) {
    const { messages } = this.env;
    const scale = Math.max(Number(realised.amount), Number(annualFee.amount));
    const fee = position(annualFee, scale);
    return html`<svg part="chart meter" class="meter" viewBox="0 0 100 12" preserveAspectRatio="none" aria-hidden="true" focusable="false">
        <rect class="track" x="0" y="2" width=${WIDTH} height="8"></rect>
        <rect class="fill" x="0" y="2" width=${position(realised, scale)} height="8"></rect>
        <rect class="fee-mark" x=${Math.max(0, fee - 1)} y="0" width="1" height="12"></rect>
      </svg>
      <ul part="legend" class="legend" aria-hidden="true">
        <li><span class="swatch"></span>${messages.summaryRealisedLegend}</li>
        <li><span class="swatch fee"></span>${messages.summaryFeeLegend}</li>
      </ul>`;
  }

  private renderCategories({ byCategory }: ValueSummary) {
    const { messages } = this.env;
    // Largest first, so the chart reads as a ranking.
    const categories = [...byCategory].sort((a, b) => Number(b.realised.amount) - Number(a.realised.amount));
    const scale = Math.max(...categories.map((category) => Number(category.realised.amount)));
    return html`<div part="categories-heading" class="categories-heading" role="heading" aria-level=${Math.min(this.headingLevel + 1, 6)}>
        ${messages.summaryByCategory}
      </div>
      <ul part="categories" class="categories">
        ${categories.map(
          (category) => html`<li part="category" class="category" data-category=${category.category}>
            <span>
              <span part="category-name">${category.name}</span>
              <span part="category-uses" class="category-uses">${messages.summaryUses(category.uses)}</span>
            </span>
            <span part="category-value" class="category-value">${this.money(category.realised)}</span>
            <svg part="chart bar" class="bar" viewBox="0 0 100 8" preserveAspectRatio="none" aria-hidden="true" focusable="false">
              <rect class="track" width=${WIDTH} height="8"></rect>
              <rect class="fill" width=${position(category.realised, scale)} height="8"></rect>
            </svg>
          </li>`,
        )}
      </ul>`;
  }
}
