// A custom-elements-manifest analyzer plugin that keeps the manifest to what a host can use: the public
// elements, their public members, and every event they fire. Helpers the analyzer also finds in
// src/components (encoders, controllers, message catalogs) and private or static members are dropped,
// so IDEs, Storybook's tables, the docs and the framework types all read one public API.
import { readFileSync, readdirSync } from 'node:fs';

/** @typedef {import('./manifest-types.js').Package} Package */
/** @typedef {import('./manifest-types.js').ElementDeclaration} CustomElementDeclaration */
/** @typedef {import('./manifest-types.js').ManifestEvent} ManifestEvent */

/** The module that declares every event class, read for each event's name and whether it is cancelable. */
const EVENTS_MODULE = 'src/events.ts';

/**
 * @param {import('custom-elements-manifest/schema').Declaration} declaration
 * @returns {declaration is CustomElementDeclaration}
 */
const isElement = (declaration) => 'customElement' in declaration && declaration.customElement === true && 'tagName' in declaration && Boolean(declaration.tagName);

/** @param {import('custom-elements-manifest/schema').ClassMember} member */
// Protected members stay: they are what a subclass may override (the hub's `loadView`).
const isPublic = (member) => member.privacy !== 'private' && !member.static && !/^[_#]/.test(member.name);

const ELEMENTS = new URL('../', import.meta.url);

/**
 * What each of the element's CSS custom properties falls back to, read from the styles in its folder:
 * `var(--rights-card-surface, ${sys('color-surface')})` falls back to the role `--rights-sys-color-surface`.
 * @param {string} modulePath  e.g. `src/components/hub/hub.ts`
 * @returns {Map<string, string>}
 */
function cssFallbacks(modulePath) {
  const folder = new URL(modulePath.replace(/[^/]+$/, ''), ELEMENTS);
  const styles = readdirSync(folder)
    .filter((file) => file.endsWith('.styles.ts'))
    .map((file) => readFileSync(new URL(file, folder), 'utf8'))
    .join('\n')
    .replace(/\$\{sys\('([\w-]+)'\)\}/g, '--rights-sys-$1');
  /** @type {Map<string, string>} */
  const fallbacks = new Map();
  for (const match of styles.matchAll(/var\((--rights-[\w-]+),\s*/g)) {
    // The fallback runs to the parenthesis that closes this var().
    let depth = 1;
    let end = /** @type {number} */ (match.index) + match[0].length;
    const start = end;
    for (; end < styles.length && depth > 0; end++) depth += styles[end] === '(' ? 1 : styles[end] === ')' ? -1 : 0;
    const fallback = styles.slice(start, end - 1).trim();
    if (!fallbacks.has(/** @type {string} */ (match[1])) && !fallback.includes('${')) fallbacks.set(/** @type {string} */ (match[1]), fallback);
  }
  return fallbacks;
}

/**
 * @returns {import('@custom-elements-manifest/analyzer').Plugin}
 */
export function publicApiOnly() {
  /** Event classes of src/events.ts: the event name each dispatches, and whether a host may cancel it. */
  /** @type {Map<string, { name: string, cancelable: boolean }>} */
  const eventClasses = new Map();

  return {
    name: 'rights-public-api-only',
    analyzePhase({ ts, node, moduleDoc }) {
      if (moduleDoc.path !== EVENTS_MODULE || !ts.isClassDeclaration(node) || !node.name) return;
      const source = node.getText();
      const name = /static readonly eventName = '([^']+)'/.exec(source)?.[1];
      if (name) eventClasses.set(node.name.text, { name, cancelable: /cancelable:\s*true/.test(source) });
    },
    packageLinkPhase({ customElementsManifest }) {
      const manifest = /** @type {Package} */ (customElementsManifest);
      /** @type {string[]} */
      const problems = [];
      manifest.modules = manifest.modules.filter((module) => {
        module.declarations = (module.declarations ?? []).filter(isElement);
        const kept = new Set(module.declarations.map((declaration) => declaration.name));
        module.exports = (module.exports ?? []).filter((entry) => kept.has(entry.declaration.name));
        for (const element of /** @type {CustomElementDeclaration[]} */ (module.declarations)) {
          element.members = (element.members ?? []).filter(isPublic);
          // The analyser makes an attribute of every entry of `static properties`, internal state too;
          // only a public member's attribute is the host's to set.
          const members = new Set(element.members.map((member) => member.name));
          element.attributes = (element.attributes ?? []).filter((attribute) => !attribute.fieldName || members.has(attribute.fieldName));
          element.events = describeEvents(element, eventClasses, problems);
          const fallbacks = cssFallbacks(module.path);
          for (const property of element.cssProperties ?? []) property.default ??= fallbacks.get(property.name);
        }
        return module.declarations.length > 0;
      });
      if (problems.length > 0) throw new Error(`custom-elements.json would not match the code:\n  ${problems.join('\n  ')}`);
    },
  };
}

/**
 * The element's events as its `@fires` tags document them, each with its cancelability. The analyzer
 * also lists every `dispatchEvent(new X())` it sees, without a name; each of those must be documented.
 * @param {CustomElementDeclaration} element
 * @param {Map<string, { name: string, cancelable: boolean }>} eventClasses
 * @param {string[]} problems
 * @returns {ManifestEvent[]}
 */
function describeEvents(element, eventClasses, problems) {
  const events = element.events ?? [];
  const documented = events.filter((event) => event.name);
  for (const event of events) {
    const type = event.type?.text;
    const known = type ? eventClasses.get(type) : undefined;
    if (!event.name) {
      if (type && !documented.some((other) => other.type?.text === type)) problems.push(`<${element.tagName}> dispatches ${type} without a @fires tag`);
      continue;
    }
    if (!event.description) problems.push(`<${element.tagName}>'s ${event.name} has no description`);
    if (!known) problems.push(`<${element.tagName}>'s ${event.name} names ${type ?? 'no type'}, not an event class of ${EVENTS_MODULE}`);
    else if (known.name !== event.name) problems.push(`<${element.tagName}>'s @fires says ${event.name}, but ${type} is ${known.name}`);
  }
  return documented.map((event) => ({ ...event, cancelable: eventClasses.get(event.type?.text ?? '')?.cancelable ?? false }));
}
