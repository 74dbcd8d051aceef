// A page with a long catalogue, scrolled to its very end by script.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/catalog';
import { signInDemoMember } from './session.js';

signInDemoMember(document.querySelector('rights-provider'));

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Whether the catalogue knows its length and shows its last card. */
function showsLastCard() {
  const items = document.querySelector('rights-catalog')?.shadowRoot?.querySelectorAll('li[aria-setsize]') ?? [];
  const last = items[items.length - 1];
  const size = last?.getAttribute('aria-setsize');
  return size !== undefined && size !== '-1' && last?.getAttribute('aria-posinset') === size;
}

/**
 * The fastest a finger moves a list on Android (`ViewConfiguration`'s maximum fling velocity, 8,000 dp/s):
 * the most rows a cardholder can bring on screen per frame.
 */
const FLING_PX_PER_MS = 8;

/**
 * Scrolls at full fling speed, frame by frame (a slow frame scrolls further, as a real fling would),
 * until the last card is on screen; the catalogue loads the next page whenever the end comes into view.
 * Resolves with when it started, how long it took and how many cards were in the DOM at the end.
 */
window.rightsBenchScrollToEnd = async (/** @type {number} */ timeoutMs) => {
  const started = performance.now();
  const root = document.documentElement;
  let last = started;
  for (;;) {
    const now = await nextFrame();
    const atBottom = scrollY + innerHeight >= root.scrollHeight - 1;
    if (atBottom && showsLastCard()) break;
    if (now - started > timeoutMs) throw new Error(`Did not reach the end of the catalogue in ${timeoutMs} ms.`);
    scrollBy(0, Math.ceil((now - last) * FLING_PX_PER_MS));
    last = now;
  }
  const cards = document.querySelector('rights-catalog')?.shadowRoot?.querySelectorAll('li[aria-setsize]') ?? [];
  return { started, duration: performance.now() - started, cardsInDom: cards.length, total: Number(cards[cards.length - 1]?.getAttribute('aria-setsize')) };
};
