import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** The two places a QR code or barcode is drawn: in the voucher, and large in the presentation dialog. */
export type Frame = 'inline' | 'presented';

/**
 * The CSS width each symbol frame (`[data-frame]` in `root()`) has once laid out, so symbols can be sized
 * to whole device pixels within it; the host updates when one changes.
 */
export class FrameWidths implements ReactiveController {
  widths: Readonly<Partial<Record<Frame, number>>> = {};
  private observer?: ResizeObserver;
  private observed = new WeakSet<Element>();

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly root: () => ParentNode,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    // Measured a frame later: resizing the symbol inside the observer's callback would loop it.
    this.observer = new ResizeObserver((entries) => requestAnimationFrame(() => this.measure(entries)));
    this.observed = new WeakSet();
  }

  hostDisconnected(): void {
    this.observer?.disconnect();
    this.observer = undefined;
  }

  hostUpdated(): void {
    for (const frame of this.root().querySelectorAll('[data-frame]')) {
      if (!this.observed.has(frame)) {
        this.observed.add(frame);
        this.observer?.observe(frame);
      }
    }
  }

  private measure(entries: ResizeObserverEntry[]) {
    let widths = this.widths;
    for (const entry of entries) {
      // A frame that left the page (the presentation closed) is not watched any longer.
      if (!entry.target.isConnected) {
        this.observer?.unobserve(entry.target);
        continue;
      }
      const frame = (entry.target as HTMLElement).dataset.frame as Frame | undefined;
      const width = entry.contentRect.width;
      if (frame && widths[frame] !== width) widths = { ...widths, [frame]: width };
    }
    if (widths === this.widths) return;
    this.widths = widths;
    this.host.requestUpdate();
  }
}
