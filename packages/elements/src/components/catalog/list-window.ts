import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** Up to this many cards are all rendered: cheap, and the browser's find-in-page sees every one. */
const RENDER_ALL_UP_TO = 100;
/** How far beyond the screen rows stay rendered, in screen heights: enough for a fling on a phone. */
const OVERSCAN = 1;
/** A row's height before any has been measured: a card with its 16:9 picture on a phone. */
const FIRST_GUESS_PX = 320;

export interface WindowRange {
  /** Index of the first item to render. */
  start: number;
  /** Index after the last item to render. */
  end: number;
}

/**
 * Renders only the rows of a long grid of cards that are on or near the screen, and pads the list
 * by the height of the rest, so 5,000 benefits cost what 30 do.
 *
 * Written here rather than taken from `@lit-labs/virtualizer`: that library adds 8.3 KB gzipped,
 * which the one-file drop-in's budget cannot carry, and it lays items out absolutely, losing the CSS
 * grid that lets a bank's theme set the columns. This keeps the grid: it reads how many columns the
 * browser made, measures rows as they render, and estimates the rows it has not seen.
 */
export class ListWindow implements ReactiveController {
  range: WindowRange = { start: 0, end: 0 };

  private count = 0;
  private columns = 1;
  /** Measured height of each row, gap included, by row index; and their sum, for the typical row. */
  private readonly rowHeights: number[] = [];
  private measuredTotal = 0;
  private measuredRows = 0;
  private waitedForPaint = false;
  private list?: HTMLElement;
  private frame = 0;
  private readonly scrollers: (Window | Element)[] = [];
  private resizeObserver?: ResizeObserver;

  /**
   * @param host the element rendering the list
   * @param selector finds the list in the host's render root after each update (the list comes and goes
   *   with loading and error states); a query rather than Lit's `ref` directive, which would bring its
   *   async-directive machinery into the drop-in for two elements.
   */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement & { renderRoot: ParentNode },
    private readonly selector: string,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.listen();
  }

  hostDisconnected(): void {
    for (const scroller of this.scrollers.splice(0)) scroller.removeEventListener('scroll', this.schedule);
    window.removeEventListener('resize', this.schedule);
    this.resizeObserver?.disconnect();
    cancelAnimationFrame(this.frame);
  }

  /** The range of `count` items to render now; called from the host's render. */
  update(count: number): WindowRange {
    if (count !== this.count) {
      this.count = count;
      this.range = this.compute();
    }
    return this.range;
  }

  /** Starts over for a new list (another category, search or locale): rows measured before mean nothing. */
  reset(): void {
    this.forgetRows();
    this.count = 0;
  }

  /** The list element to window; its padding stands in for the rows not rendered. */
  private attach(list: Element | undefined) {
    if (list === this.list) return;
    this.resizeObserver?.disconnect();
    this.list = list as HTMLElement | undefined;
    if (!this.list) return;
    this.resizeObserver = new ResizeObserver(this.schedule);
    this.resizeObserver.observe(this.list);
  }

  hostUpdated(): void {
    this.attach(this.host.renderRoot.querySelector(this.selector) ?? undefined);
    this.pad();
    // The cards just created render in a moment; the next frame measures them and settles the range.
    this.schedule();
  }

  private readonly schedule = () => {
    cancelAnimationFrame(this.frame);
    this.frame = requestAnimationFrame(() => {
      const list = this.list;
      // Hidden (a tab not shown, say): nothing to measure, and zero heights would mislead the estimate.
      if (!list?.isConnected || list.getClientRects().length === 0) return;
      // The first cards are not painted yet: measuring and rendering the rest now would hold their paint
      // back by that much work, so it waits for the next frame.
      if (this.measuredRows === 0 && !this.waitedForPaint) {
        this.waitedForPaint = true;
        this.schedule();
        return;
      }
      this.measure(list);
      this.pad();
      const next = this.compute();
      if (next.start !== this.range.start || next.end !== this.range.end) {
        this.range = next;
        this.host.requestUpdate();
      }
    });
  };

  /** Pads the list by the height of the rows before and after the ones rendered. */
  private pad() {
    if (!this.list) return;
    const rows = Math.ceil(this.count / this.columns);
    const firstRow = Math.floor(this.range.start / this.columns);
    const endRow = Math.ceil(this.range.end / this.columns);
    let before = 0;
    let after = 0;
    for (let row = 0; row < firstRow; row++) before += this.heightOf(row);
    for (let row = endRow; row < rows; row++) after += this.heightOf(row);
    this.list.style.paddingTop = `${before}px`;
    this.list.style.paddingBottom = `${after}px`;
  }

  private compute(): WindowRange {
    const list = this.list;
    if (this.count <= RENDER_ALL_UP_TO) {
      // Before anything is painted, only the cards the first screen can show: the cardholder sees them
      // sooner, and the frame after that renders the rest.
      return { start: 0, end: this.measuredRows > 0 ? this.count : Math.min(this.count, this.firstScreenCount()) };
    }
    // Not in the page yet: the first rows, until there is a screen to measure against.
    if (!list?.isConnected) return { start: 0, end: RENDER_ALL_UP_TO };
    const rows = Math.ceil(this.count / this.columns);
    // Where the screen is, in the list's own coordinates, widened by the overscan on both sides.
    const screen = window.innerHeight;
    const top = -list.getBoundingClientRect().top - screen * OVERSCAN;
    const bottom = top + screen * (1 + 2 * OVERSCAN);
    let first = 0;
    let offset = 0;
    while (first < rows - 1 && offset + this.heightOf(first) < top) offset += this.heightOf(first++);
    let last = first;
    while (last < rows && offset < bottom) offset += this.heightOf(last++);
    return { start: first * this.columns, end: Math.min(this.count, Math.max(last, first + 1) * this.columns) };
  }

  /** How many cards fill a screen, and a row more, before a row has been measured. */
  private firstScreenCount(): number {
    return (Math.ceil(window.innerHeight / FIRST_GUESS_PX) + 1) * this.columns;
  }

  /** Reads the columns the grid resolved to and the height of every rendered row. */
  private measure(list: HTMLElement) {
    const columns = getComputedStyle(list).gridTemplateColumns.split(' ').filter(Boolean).length || 1;
    if (columns !== this.columns) {
      // Another width: rows hold other cards now. The scheduled frame renders the range anew.
      this.columns = columns;
      this.forgetRows();
      return;
    }
    const items = [...list.children] as HTMLElement[];
    const gap = parseFloat(getComputedStyle(list).rowGap) || 0;
    const firstRow = Math.floor(this.range.start / columns);
    for (let index = 0; index < items.length; index += columns) {
      const row = firstRow + index / columns;
      const height = Math.max(...items.slice(index, index + columns).map((item) => item.offsetHeight)) + gap;
      const known = this.rowHeights[row];
      this.measuredTotal += height - (known ?? 0);
      if (known === undefined) this.measuredRows++;
      this.rowHeights[row] = height;
    }
  }

  private forgetRows() {
    this.waitedForPaint = false;
    this.rowHeights.length = 0;
    this.measuredTotal = 0;
    this.measuredRows = 0;
  }

  private heightOf(row: number): number {
    return this.rowHeights[row] ?? (this.measuredRows > 0 ? this.measuredTotal / this.measuredRows : FIRST_GUESS_PX);
  }

  /** Scrolling happens in the window or in any scrolling ancestor, shadow roots included. */
  private listen() {
    window.addEventListener('scroll', this.schedule, { passive: true });
    window.addEventListener('resize', this.schedule, { passive: true });
    this.scrollers.push(window);
    for (let node: Element | null = this.host; node; node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null)) {
      const { overflowY } = getComputedStyle(node);
      if (overflowY === 'auto' || overflowY === 'scroll' || overflowY === 'overlay') {
        node.addEventListener('scroll', this.schedule, { passive: true });
        this.scrollers.push(node);
      }
    }
  }
}
