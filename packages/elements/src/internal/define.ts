import { adoptStyleNonce } from './style-nonce.js';

const VERSION_KEY = Symbol.for('rights-kit.version');
export const VERSION = '0.1.0';

type VersionedConstructor = CustomElementConstructor & { [VERSION_KEY]?: string };

/**
 * Registers `tag` unless it is already defined. A page can end up loading rights-kit twice (the bank's
 * bundle and a drop-in script, or two micro-frontends): the same version is a silent no-op, another
 * version a warning, never the `NotSupportedError` that `customElements.define` would throw.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // Defining upgrades the elements already in the page, which adopt their styles then.
  adoptStyleNonce();
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (!existing) {
    Object.defineProperty(constructor, VERSION_KEY, { value: VERSION });
    customElements.define(tag, constructor);
  } else if (existing !== constructor && existing[VERSION_KEY] !== VERSION) {
    console.warn(`<${tag}> is already defined by ${existing[VERSION_KEY] ? `rights-kit ${existing[VERSION_KEY]}` : 'another script'}; rights-kit ${VERSION} keeps that definition.`);
  }
}
