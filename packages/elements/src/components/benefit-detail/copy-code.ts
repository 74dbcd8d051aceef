import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { DetailTexts } from './kinds/host.js';

/** A code's copy button, and what to do when the clipboard refuses, for one element. */
export class CopyCode {
  private failed = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** Says `text` in the element's live region. */
    private readonly announce: (text: string) => void,
  ) {}

  /** A new code on show starts without the last one's failure. */
  reset(): void {
    this.failed = false;
  }

  render(code: string, messages: DetailTexts) {
    return html`${typeof navigator.clipboard?.writeText === 'function'
      ? html`<button part="button copy" class="button secondary" type="button" @click=${() => this.copy(code, messages)}>${messages.copyCode}</button>`
      : nothing}
    ${this.failed ? html`<p class="muted">${messages.copyFailed}</p>` : nothing}`;
  }

  private async copy(code: string, messages: DetailTexts) {
    try {
      await navigator.clipboard.writeText(code);
      this.failed = false;
      this.announce(messages.copied);
    } catch {
      // Not focused, or the WebView refuses clipboard access: the code stays selectable.
      this.failed = true;
    }
    this.host.requestUpdate();
  }
}
