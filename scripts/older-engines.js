// What the oldest engines of the declared matrix (docs/browser-support.md) lack, taken out of a current
// Chromium before any SDK code runs, so one browser can show how rights-kit behaves on iOS 15.0 or an old
// Android WebView. Used as a vitest setup file (the `older-engines` project) and as a Playwright init
// script (`page.addInitScript(removeNewerFeatures)`), so the function must not close over anything.

/** The features removed, by the name a test can look for. Each is newer than Safari 15.0 or Chrome 87. */
export const REMOVED_FEATURES = /** @type {const} */ ([
  'adoptedStyleSheets',
  'Object.hasOwn',
  'AbortSignal.any',
  'AbortSignal.timeout',
  'structuredClone',
  'Array.prototype.at',
  'Array.prototype.findLast',
  'crypto.randomUUID',
  ':has()',
  'Intl.Segmenter',
  'navigator.wakeLock',
  'navigator.clipboard',
  'HTMLDialogElement.prototype.showModal',
]);

/** Deletes every feature in `REMOVED_FEATURES` from this window. Runs once; later calls do nothing. */
export function removeNewerFeatures() {
  const done = Symbol.for('rights-kit.older-engines');
  if (/** @type {any} */ (globalThis)[done]) return;
  /** @type {any} */ (globalThis)[done] = true;
  const remove = (/** @type {any} */ owner, /** @type {string} */ name) => {
    if (!owner || !(name in owner)) return;
    Reflect.deleteProperty(owner, name);
    if (name in owner) Object.defineProperty(owner, name, { value: undefined, configurable: true });
  };

  // Constructable stylesheets (Safari 16.4): Lit then falls back to <style> elements in each shadow root.
  const replaceSync = CSSStyleSheet.prototype.replaceSync;
  remove(Document.prototype, 'adoptedStyleSheets');
  remove(ShadowRoot.prototype, 'adoptedStyleSheets');
  remove(CSSStyleSheet.prototype, 'replace');
  remove(CSSStyleSheet.prototype, 'replaceSync');

  remove(Object, 'hasOwn');
  remove(AbortSignal, 'any');
  remove(AbortSignal, 'timeout');
  remove(globalThis, 'structuredClone');
  for (const name of ['at', 'findLast', 'findLastIndex']) remove(Array.prototype, name);
  remove(String.prototype, 'at');
  remove(Crypto.prototype, 'randomUUID');
  remove(Intl, 'Segmenter');
  remove(Navigator.prototype, 'wakeLock');
  remove(Navigator.prototype, 'clipboard');
  remove(HTMLDialogElement.prototype, 'showModal');

  // :has() (Safari 15.4, Chrome 105). An engine without it drops every rule whose selector list uses it,
  // so do the same to the styles Lit writes into <style> elements, and answer CSS.supports as it would.
  const supports = CSS.supports.bind(CSS);
  /** @type {(...args: string[]) => boolean} */
  const withoutHasSupport = (...args) => (args.length === 1 && /:has\(/.test(args[0] ?? '') ? false : /** @type {any} */ (supports)(...args));
  CSS.supports = /** @type {typeof CSS.supports} */ (withoutHasSupport);
  const textContent = /** @type {PropertyDescriptor} */ (Object.getOwnPropertyDescriptor(Node.prototype, 'textContent'));
  const withoutHas = (/** @type {string} */ css) => {
    const sheet = new CSSStyleSheet();
    replaceSync.call(sheet, css);
    const keep = (/** @type {CSSRuleList} */ rules) => {
      for (let index = rules.length - 1; index >= 0; index -= 1) {
        const rule = /** @type {CSSRule & { selectorText?: string, cssRules?: CSSRuleList, deleteRule?: (i: number) => void }} */ (rules[index]);
        if (rule.selectorText?.includes(':has(')) /** @type {any} */ (rule.parentRule ?? sheet).deleteRule(index);
        else if (rule.cssRules) keep(rule.cssRules);
      }
    };
    keep(sheet.cssRules);
    return Array.from(sheet.cssRules, (rule) => rule.cssText).join('\n');
  };
  Object.defineProperty(HTMLStyleElement.prototype, 'textContent', {
    configurable: true,
    get() {
      return textContent.get?.call(this);
    },
    set(/** @type {string} */ css) {
      textContent.set?.call(this, css.includes(':has(') ? withoutHas(css) : css);
    },
  });
}
