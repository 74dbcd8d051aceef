// Finding things the way a person sees them: through shadow roots.

/** Every element matching `selector` in `root` and in all shadow roots below it. */
export function queryDeep<T extends Element = HTMLElement>(root: Element | ShadowRoot, selector: string): T[] {
  const found: T[] = [...root.querySelectorAll<T>(selector)];
  const hosts = root instanceof Element ? [root, ...root.querySelectorAll('*')] : root.querySelectorAll('*');
  for (const host of hosts) {
    if (host.shadowRoot) found.push(...queryDeep<T>(host.shadowRoot, selector));
  }
  return found;
}

/** The text a person would read in `root`, shadow roots included, with whitespace collapsed. */
export function visibleText(root: Element): string {
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push(node.textContent ?? '');
    // What is rendered: an element's shadow tree if it has one, with slots replaced by what they show.
    const assigned = node instanceof HTMLSlotElement ? node.assignedNodes({ flatten: true }) : [];
    const children = assigned.length > 0 ? assigned : node instanceof Element && node.shadowRoot ? node.shadowRoot.childNodes : node.childNodes;
    children.forEach(walk);
  };
  walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}
