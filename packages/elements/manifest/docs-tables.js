// The API tables of docs/elements/*.md, rendered from custom-elements.json. A page marks where each table
// goes with `<!-- api:attributes -->` … `<!-- /api -->`; everything between is replaced, the prose around
// it is the page's own. `npm run api-docs` writes them; docs/test/element-tables.test.ts fails when a
// page is out of date, so the tables never drift from the code.

/** @typedef {import('./manifest-types.js').ElementDeclaration} CustomElementDeclaration */
/** @typedef {import('custom-elements-manifest/schema').ClassField} ClassField */
/** @typedef {import('custom-elements-manifest/schema').ClassMethod} ClassMethod */

/** @param {string | undefined} text */
const cell = (text) => (text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
/** @param {string | undefined} text */
const code = (text) => (text ? `\`${cell(text)}\`` : '—');
/** A member's type; an unset optional one shows as no default, not as `| undefined`. */
const typeOf = (/** @type {string | undefined} */ text) => code(text?.replace(/ \| undefined$/, ''));

/**
 * @param {string[]} headings
 * @param {string[][]} rows
 */
const table = (headings, rows) =>
  [`| ${headings.join(' | ')} |`, `| ${headings.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n');

/** @param {CustomElementDeclaration} element */
const fields = (element) => /** @type {ClassField[]} */ ((element.members ?? []).filter((member) => member.kind === 'field'));

/**
 * Each table: whether the element has any rows for it, and how they render.
 * @type {Record<string, (element: CustomElementDeclaration) => string[][] | undefined>}
 */
const ROWS = {
  attributes: (element) =>
    element.attributes?.map((attribute) => {
      const field = fields(element).find((member) => member.name === attribute.fieldName);
      return [code(attribute.name), code(attribute.fieldName), typeOf(attribute.type?.text ?? field?.type?.text), code(attribute.default ?? field?.default), cell(attribute.description ?? field?.description)];
    }),
  properties: (element) =>
    fields(element)
      .filter((field) => !element.attributes?.some((attribute) => attribute.fieldName === field.name))
      .map((field) => [code(field.name), typeOf(field.type?.text), code(field.default), cell(field.description)]),
  methods: (element) =>
    /** @type {ClassMethod[]} */ ((element.members ?? []).filter((member) => member.kind === 'method')).map((method) => [
      code(`${method.name}(${(method.parameters ?? []).map((parameter) => parameter.name).join(', ')})`),
      cell(`${method.privacy === 'protected' ? '(protected, to override) ' : ''}${method.description ?? ''}`),
    ]),
  events: (element) => element.events?.map((event) => [code(event.name), code(event.type?.text), /** @type {{ cancelable?: boolean }} */ (event).cancelable ? 'yes' : 'no', cell(event.description)]),
  slots: (element) => element.slots?.map((slot) => [slot.name ? code(slot.name) : '(default)', cell(slot.description)]),
  parts: (element) => element.cssParts?.map((part) => [code(part.name), cell(part.description)]),
  'custom-properties': (element) => element.cssProperties?.map((property) => [code(property.name), code(property.default), cell(property.description)]),
};

const HEADINGS = /** @type {const} */ ({
  attributes: ['attribute', 'property', 'type', 'default', 'description'],
  properties: ['property', 'type', 'default', 'description'],
  methods: ['method', 'description'],
  events: ['event', 'type', 'cancelable', 'description'],
  slots: ['slot', 'description'],
  parts: ['part', 'description'],
  'custom-properties': ['property', 'default', 'description'],
});

/** The kinds of table an element has rows for. */
export function tablesOf(/** @type {CustomElementDeclaration} */ element) {
  return Object.keys(ROWS).filter((kind) => (ROWS[kind]?.(element) ?? []).length > 0);
}

const BLOCK = /<!-- api:([\w-]+) -->\n[\s\S]*?<!-- \/api -->/g;

/**
 * The page with every marked table rendered from `element`. Throws when the page lacks a table the
 * element has rows for, or marks one it has none for, or one that does not exist.
 * @param {string} markdown
 * @param {CustomElementDeclaration} element
 * @param {string} page  For messages.
 */
export function renderTables(markdown, element, page) {
  const wanted = tablesOf(element);
  const marked = [...markdown.matchAll(BLOCK)].map((match) => /** @type {string} */ (match[1]));
  const missing = wanted.filter((kind) => !marked.includes(kind));
  const extra = marked.filter((kind) => !wanted.includes(kind));
  if (missing.length > 0 || extra.length > 0) {
    throw new Error(
      `${page}: <${element.tagName}> ${[missing.length && `has ${missing.join(', ')} but the page marks no table for them`, extra.length && `has no ${extra.join(', ')}, yet the page marks a table for them`].filter(Boolean).join('; ')}.`,
    );
  }
  return markdown.replace(BLOCK, (_, /** @type {keyof typeof HEADINGS} */ kind) => {
    const rows = /** @type {string[][]} */ (ROWS[kind]?.(element));
    return `<!-- api:${kind} -->\n${table([...HEADINGS[kind]], rows)}\n<!-- /api -->`;
  });
}
