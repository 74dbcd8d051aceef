// The framework files rendered from custom-elements.json and shipped in frameworks/: React 19's
// `JSX.IntrinsicElements`, Vue 3's `GlobalComponents`, VS Code's HTML custom data and JetBrains'
// web-types. Props are picked from the element classes themselves (`Pick<RightsHub, 'tab'>`) rather than
// retyped from the manifest's type strings, so a property's type is declared once, in its class; the
// manifest says which members are public and which events each element fires. (The CEM integration
// packages write the manifest's type text into their output, which for us names types they would each
// have to import, and they write files rather than return them, which the drift test needs.)

/** @typedef {import('./manifest-types.js').Package} Package */
/** @typedef {import('./manifest-types.js').ElementDeclaration} ElementDeclaration */
/** @typedef {import('custom-elements-manifest/schema').ClassField} ClassField */

const HEADER = '// Generated from custom-elements.json by packages/elements/manifest/generate.js (`npm run api-docs`): do not edit.\n';

/** @param {Package} manifest @returns {ElementDeclaration[]} */
const elementsOf = (manifest) => manifest.modules.flatMap((module) => /** @type {ElementDeclaration[]} */ (module.declarations ?? []));

/** The public, settable properties of an element: what a framework may pass it. */
const propertiesOf = (/** @type {ElementDeclaration} */ element) =>
  /** @type {ClassField[]} */ ((element.members ?? []).filter((member) => member.kind === 'field' && member.privacy !== 'protected')).map((field) => field.name);

/** @param {string[]} names */
const union = (names) => (names.length > 0 ? names.map((name) => `'${name}'`).join(' | ') : 'never');

/** A JSDoc block from the element's summary and a pointer to its docs page. */
const doc = (/** @type {ElementDeclaration} */ element, /** @type {string} */ indent) =>
  `${indent}/** ${(element.summary ?? element.description ?? '').replace(/\s*\n\s*/g, ' ')} See docs/elements/${element.tagName?.replace(/^rights-/, '')}.md. */\n`;

/** Each element as `[tag, class, properties union, events union]`. */
const entries = (/** @type {Package} */ manifest) =>
  elementsOf(manifest).map((element) => ({
    element,
    tag: /** @type {string} */ (element.tagName),
    className: element.name,
    properties: union(propertiesOf(element)),
    events: union((element.events ?? []).map((event) => /** @type {string} */ (event.name))),
  }));

const imports = (/** @type {Package} */ manifest) =>
  `import type { ${entries(manifest)
    .map(({ className }) => className)
    .sort()
    .join(', ')} } from '@rights-kit/elements';\n`;

/** @param {Package} manifest */
export function reactTypes(manifest) {
  return `${HEADER}// The rights elements in React 19's JSX. React 19 sets a prop as a property when the element has one (so
// \`getToken\`, \`messages\` and \`bridge\` arrive as a function and objects) and adds a listener for a prop
// named \`on\` + the event's exact name: \`rights-claimed\` is \`onrights-claimed\`, case and hyphen kept.
// Use it with \`import type {} from '@rights-kit/elements/react'\`, or list it in tsconfig's \`types\`.
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
${imports(manifest)}
type RightsEventName = keyof GlobalEventHandlersEventMap & \`rights-\${string}\`;

/**
 * A rights element's JSX props: React's own for any HTML element (\`ref\`, \`key\`, \`className\`…), the
 * element's public properties with their declared types, and \`on<event>\` for each event it fires, whose
 * handler receives that event's own class.
 */
export type RightsElementProps<Element extends HTMLElement, Property extends keyof Element, Event extends RightsEventName> = DetailedHTMLProps<HTMLAttributes<Element>, Element> &
  Partial<Pick<Element, Property>> & { [Name in Event as \`on\${Name}\`]?: (event: GlobalEventHandlersEventMap[Name]) => void };

export interface RightsIntrinsicElements {
${entries(manifest)
  .map(({ element, tag, className, properties, events }) => `${doc(element, '  ')}  '${tag}': RightsElementProps<${className}, ${properties}, ${events}>;`)
  .join('\n')}
}

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends RightsIntrinsicElements {}
  }
}
`;
}

/** @param {Package} manifest */
export function vueTypes(manifest) {
  return `${HEADER}// The rights elements in Vue 3's templates, as Vue's guide to custom elements declares them: \`$props\`
// holds what a template may bind (\`:get-token\` and \`.prop\` bindings reach the element's properties), and
// \`$emit\` the events it fires, so \`@rights-claimed\` receives a RightsClaimedEvent. Type-checked by
// vue-tsc. Use it with \`import type {} from '@rights-kit/elements/vue'\`, or list it in tsconfig's \`types\`.
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
${imports(manifest)}
type RightsEventName = keyof GlobalEventHandlersEventMap & \`rights-\${string}\`;

/** A rights element as a component of Vue's templates: its public properties and its events. */
export type RightsCustomElement<Element extends HTMLElement, Property extends keyof Element, Event extends RightsEventName> = new () => Element & {
  /** @deprecated For template type checking only: not a property of the element. */
  $props: HTMLAttributes & Partial<Pick<Element, Property>> & PublicProps;
  /** @deprecated For template type checking only: not a method of the element. */
  $emit: EmitFn<{ [Name in Event]: (event: GlobalEventHandlersEventMap[Name]) => void }>;
};

declare module 'vue' {
  interface GlobalComponents {
${entries(manifest)
  .map(({ element, tag, className, properties, events }) => `${doc(element, '    ')}    '${tag}': RightsCustomElement<${className}, ${properties}, ${events}>;`)
  .join('\n')}
  }
}
`;
}

/** A manifest description as plain text for an editor's hover. */
const text = (/** @type {string | undefined} */ description) => (description ?? '').replace(/\s*\n\s*/g, ' ').trim();

/** VS Code's HTML custom data (`html.customData`): tags, their attributes and the values they take. */
export function vsCodeCustomData(/** @type {Package} */ manifest) {
  const data = {
    version: 1.1,
    tags: elementsOf(manifest).map((element) => ({
      name: element.tagName,
      description: text(element.summary ?? element.description),
      attributes: (element.attributes ?? []).map((attribute) => {
        const values = [...(attribute.type?.text ?? '').matchAll(/'([^']+)'/g)].map(([, value]) => ({ name: value }));
        return { name: attribute.name, description: text(attribute.description), ...(values.length > 0 && { values }) };
      }),
    })),
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}

/** JetBrains' web-types: elements with their attributes, properties, events, slots and parts. */
export function webTypes(/** @type {Package} */ manifest, /** @type {string} */ version) {
  const data = {
    $schema: 'https://json.schemastore.org/web-types',
    name: '@rights-kit/elements',
    version,
    'description-markup': 'markdown',
    contributions: {
      html: {
        elements: elementsOf(manifest).map((element) => ({
          name: element.tagName,
          description: text(element.summary ?? element.description),
          attributes: (element.attributes ?? []).map((attribute) => ({ name: attribute.name, description: text(attribute.description), value: { type: attribute.type?.text ?? 'string' } })),
          slots: (element.slots ?? []).map((slot) => ({ name: slot.name, description: text(slot.description) })),
          js: {
            properties: /** @type {ClassField[]} */ ((element.members ?? []).filter((member) => member.kind === 'field')).map((field) => ({ name: field.name, description: text(field.description), type: field.type?.text })),
            events: (element.events ?? []).map((event) => ({ name: event.name, description: text(event.description), type: event.type?.text })),
          },
          css: {
            properties: (element.cssProperties ?? []).map((property) => ({ name: property.name, description: text(property.description) })),
            parts: (element.cssParts ?? []).map((part) => ({ name: part.name, description: text(part.description) })),
          },
        })),
      },
    },
  };
  return `${JSON.stringify(data, null, 2)}\n`;
}
