// The elements' API report: what custom-elements.json says a host can use of each element, one line per
// tag, attribute, property, method, event, slot, part, and CSS custom property, so a change
// to any of them is a one-line diff in review. Descriptions are left out: rewording a doc is not an API
// change. (The TypeScript signatures of the package's main entry are in etc/elements.api.md, written by
// scripts/api-report.js.)

/** @typedef {import('./manifest-types.js').Package} Package */
/** @typedef {import('./manifest-types.js').ElementDeclaration} ElementDeclaration */
/** @typedef {import('custom-elements-manifest/schema').ClassMember} ClassMember */

const typeOf = (/** @type {{ type?: { text: string } }} */ item) => (item.type ? `: ${item.type.text}` : '');
const defaultOf = (/** @type {{ default?: string }} */ item) => (item.default === undefined ? '' : ` = ${item.default}`);

/** @param {ClassMember} member */
function memberLine(member) {
  if (member.kind === 'method') {
    const parameters = (member.parameters ?? []).map((parameter) => `${parameter.name}${parameter.optional ? '?' : ''}${typeOf(parameter)}`).join(', ');
    return `${member.privacy === 'protected' ? 'protected ' : ''}${member.name}(${parameters})${member.return?.type ? `: ${member.return.type.text}` : ''}`;
  }
  return `${member.privacy === 'protected' ? 'protected ' : ''}${member.name}${typeOf(member)}${defaultOf(member)}`;
}

/** @param {string} heading @param {string[]} lines */
const section = (heading, lines) => (lines.length === 0 ? '' : `${heading}\n${lines.map((line) => `  ${line}\n`).join('')}`);

/** @param {ElementDeclaration} element */
function elementReport(element) {
  return [
    `<${element.tagName}> ${element.name}${element.superclass ? ` extends ${element.superclass.name}` : ''}\n`,
    section(
      'attributes',
      (element.attributes ?? []).map((attribute) => `${attribute.name}${attribute.fieldName ? ` → ${attribute.fieldName}` : ''}${typeOf(attribute)}${defaultOf(attribute)}`),
    ),
    section('members', (element.members ?? []).map(memberLine)),
    section(
      'events',
      (element.events ?? []).map((event) => `${event.name}${typeOf(event)}${event.cancelable ? ' (cancelable)' : ''}`),
    ),
    section(
      'slots',
      (element.slots ?? []).map((slot) => slot.name || '(default)'),
    ),
    section(
      'parts',
      (element.cssParts ?? []).map((part) => part.name),
    ),
    section(
      'css properties',
      (element.cssProperties ?? []).map((property) => `${property.name}${defaultOf(property)}`),
    ),
  ].join('');
}

/** The report as committed in packages/elements/etc/elements-manifest.api.md. @param {Package} manifest */
export function manifestReport(manifest) {
  const elements = manifest.modules
    .flatMap((module) => /** @type {ElementDeclaration[]} */ (module.declarations ?? []).filter((declaration) => declaration.tagName))
    .sort((a, b) => ((a.tagName ?? '') < (b.tagName ?? '') ? -1 : 1));
  return `## Elements API report for "@rights-kit/elements"

> Generated from custom-elements.json by packages/elements/manifest/generate.js (\`npm run api-docs\`): do not edit.
> Every tag, attribute, member, event, slot, part and CSS custom property a host can use.

\`\`\`text
${elements.map(elementReport).join('\n')}\`\`\`
`;
}
