import { adoptStyleNonce } from './style-nonce.js';

const VERSION_KEY = Symbol.for('rights-kit.version');
export const VERSION = '0.1.0';

type VersionedConstructor = CustomElementConstructor & {
  [VERSION_KEY]?: string;
};
/** The page remembers which rights-kit defined its first rights element: that version owns the tags. */
type Page = typeof globalThis & { [VERSION_KEY]?: string };

/** The tags this copy left to the version that owns the page, gathered for one warning. */
let leftToOwner: string[] | undefined;
/** Set once the host defines this copy in a scoped registry: then leaving the page's tags is meant. */
let scoped = false;

/** Called by `defineRightsElements`: the page's tags belong to another version by the host's choice. */
export function definedInScope(): void {
  scoped = true;
}

function standBack(tag: string, owner: string) {
  if (!leftToOwner) {
    const tags = (leftToOwner = []);
    // Once the script that is defining these has run: it may go on to define this copy in a scoped registry.
    queueMicrotask(() => {
      if (scoped) return;
      const which = `${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} ${owner}'s`;
      console.warn(
        `rights-kit ${VERSION} found rights-kit ${owner} on this page and leaves its elements to it: ${which}. ` +
          'To run both, define this version in a scoped registry with defineRightsElements(registry) (docs/getting-started.md, "Two versions on one page").',
      );
    });
  }
  leftToOwner.push(`<${tag}>`);
}

/**
 * Registers `tag` unless it is already defined. A page can end up loading rights-kit twice (the bank's
 * bundle and a drop-in script, or two micro-frontends), and tag names are global to a page, so one
 * version owns them: the first to define a rights element. Another copy of the same version is a silent
 * no-op; a copy of another version defines nothing, so the owner's elements never meet a mix of
 * versions, and says so in one warning; never the `NotSupportedError` `customElements.define` throws.
 */
export function defineElement(tag: string, constructor: CustomElementConstructor): void {
  // Defining upgrades the elements already in the page, which adopt their styles then.
  adoptStyleNonce();
  const page = globalThis as Page;
  const owner = (page[VERSION_KEY] ??= VERSION);
  const existing = customElements.get(tag) as VersionedConstructor | undefined;
  if (owner !== VERSION) standBack(tag, owner);
  else if (!existing) {
    Object.defineProperty(constructor, VERSION_KEY, { value: VERSION });
    customElements.define(tag, constructor);
  } else if (existing !== constructor && existing[VERSION_KEY] === undefined) {
    console.warn(`<${tag}> is already defined by another script; rights-kit ${VERSION} keeps that definition.`);
  }
}
