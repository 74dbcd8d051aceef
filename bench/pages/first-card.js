// Injected before any page script runs (the harness adds it with `addInitScript`). It finds the first
// benefit card with its title, in the page or inside any shadow root, and notes when it was painted: at
// the animation frame after the one in which it was first seen. The same probe watches the hub and the
// floor page, so its own cost falls on both.
(() => {
  const hasText = (/** @type {Element | null | undefined} */ element) => Boolean(element?.textContent?.trim());

  /**
   * The first card title with text under `root`: a `<rights-benefit-card>`'s, or the floor page's.
   * @param {Document | ShadowRoot} root @returns {Element | undefined}
   */
  function findCardTitle(root) {
    for (const title of root.querySelectorAll('.card h3')) if (hasText(title)) return title;
    for (const element of root.querySelectorAll('*')) {
      if (!element.shadowRoot) continue;
      /** @type {Element | null | undefined} */
      const found = element.localName === 'rights-benefit-card' ? element.shadowRoot.querySelector('.title') : findCardTitle(element.shadowRoot);
      if (found && hasText(found)) return found;
    }
    return undefined;
  }

  /** Resolves with `performance.now()` once a card title is painted under `root`. */
  function whenCardPainted(/** @type {Document | ShadowRoot} */ root = document) {
    return new Promise((/** @type {(time: number) => void} */ resolve) => {
      const look = () => (findCardTitle(root) ? requestAnimationFrame(() => resolve(performance.now())) : requestAnimationFrame(look));
      requestAnimationFrame(look);
    });
  }

  window.rightsBench = { firstCard: whenCardPainted(), whenCardPainted, longTasks: [] };
  // Long tasks from the start, for the measurements that count them.
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.rightsBench.longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });
})();
