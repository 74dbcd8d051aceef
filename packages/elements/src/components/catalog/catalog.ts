import { consume } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import { isRightsError, type BenefitPage, type CategoryId } from '@rights-kit/client';
import { LitElement, html } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { FALLBACK_ENVIRONMENT, rightsEnvironment, type RightsEnvironment } from '../../internal/context.js';
import { styles } from './catalog.styles.js';

const SKELETON_CARDS = 4;

/**
 * The benefits the member can see, as cards. Must sit inside a `<rights-provider>`.
 *
 * @tagname rights-catalog
 * @summary A list of benefit cards, with loading, empty, error and offline states.
 * @csspart base - The catalogue.
 * @csspart list - The grid of cards.
 * @csspart card - Each `<rights-benefit-card>`; style its inside through its own parts.
 * @csspart status - The empty, error and offline panels.
 * @csspart retry - The retry button.
 * @cssprop --rights-catalog-columns-min - The narrowest a card column may get before the grid wraps.
 */
export class RightsCatalog extends LitElement {
  static override styles = styles;

  /** Show only this category, e.g. `travel` or `dining`. */
  @property({ reflect: true }) category?: CategoryId;

  /** Heading level of each card's title, to fit the host page's outline (2 under the page's h1). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel: 2 | 3 | 4 | 5 | 6 = 3;

  @consume({ context: rightsEnvironment, subscribe: true })
  @state()
  private environment?: RightsEnvironment;

  private readonly benefits = new Task(this, {
    task: ([client, category], { signal }) => {
      if (!client) {
        throw new Error('<rights-catalog> needs a <rights-provider> around it with base-url and getToken, or a client.');
      }
      return client.benefits.list({ category }, { signal });
    },
    args: () => [this.environment?.client, this.category] as const,
  });

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('online', this.handleOnline);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('online', this.handleOnline);
  }

  protected override render() {
    const { messages } = this.environment ?? FALLBACK_ENVIRONMENT;
    return html`
      <section part="base" aria-label=${messages.catalogLabel} aria-busy=${this.benefits.status === TaskStatus.PENDING ? 'true' : 'false'}>
        ${this.benefits.render({
          // While a new locale or category loads, the previous cards stay rather than flashing a skeleton.
          pending: () => (this.benefits.value ? this.renderList(this.benefits.value) : this.renderSkeleton()),
          complete: (page) => this.renderList(page),
          error: (error) => this.renderError(error),
        })}
      </section>
    `;
  }

  private renderList(page: BenefitPage) {
    const { messages } = this.environment ?? FALLBACK_ENVIRONMENT;
    if (page.items.length === 0) {
      return html`<div part="status" class="status" role="status">
        <p class="status-title">${messages.empty}</p>
        <p>${messages.emptyHint}</p>
      </div>`;
    }
    return html`<ul part="list" class="list">
      ${repeat(
        page.items,
        (benefit) => benefit.id,
        (benefit) => html`<li><rights-benefit-card part="card" .benefit=${benefit} heading-level=${this.headingLevel}></rights-benefit-card></li>`,
      )}
    </ul>`;
  }

  private renderSkeleton() {
    const { messages } = this.environment ?? FALLBACK_ENVIRONMENT;
    return html`<p class="visually-hidden" role="status">${messages.loading}</p>
      <ul part="list" class="list" aria-hidden="true">
        ${Array.from(
          { length: SKELETON_CARDS },
          () => html`<li class="skeleton-card">
            <div class="skeleton media"></div>
            <div class="skeleton line"></div>
            <div class="skeleton line short"></div>
          </li>`,
        )}
      </ul>`;
  }

  private renderError(error: unknown) {
    const { messages } = this.environment ?? FALLBACK_ENVIRONMENT;
    const offline = !navigator.onLine || (isRightsError(error) && error.code === 'network');
    return html`<div part="status" class="status" role="alert">
      <p class="status-title">${offline ? messages.offline : messages.loadError}</p>
      <p>${offline ? messages.offlineHint : messages.loadErrorHint}</p>
      <button part="retry" class="button" type="button" @click=${this.handleRetry}>${messages.retry}</button>
    </div>`;
  }

  private handleRetry() {
    void this.benefits.run();
  }

  /** Back online after failing: try again without waiting for the cardholder to ask. */
  private readonly handleOnline = () => {
    if (this.benefits.status === TaskStatus.ERROR) void this.benefits.run();
  };
}
