// Minifies the CSS inside the elements' css`` templates at build time with esbuild's CSS minifier (a real
// parser: strings, attribute selectors and comments inside strings come through intact). Literal
// minifiers refuse templates with `${}` inside them, which ours all have (`${sys('space-2')}`), so each
// interpolation stands in the CSS as a placeholder esbuild keeps as it is, and is put back afterwards.
import { transformSync } from 'esbuild';
import MagicString from 'magic-string';
import { ESBUILD_TARGET } from './browser-support.js';

const SLOT = '--rk-slot-';

/**
 * Minifies one css`` template given as its text pieces and the source of the interpolations between
 * them (`pieces.length === interpolations.length + 1`). An interpolation in a value stands in as the
 * dashed ident `--rk-slot-N`; one where declarations go (`${declare(PALETTE, 'ref')}`) as the
 * declaration `--rk-slot-N:0;`. Either keeps its place and its neighbours through minification.
 * @param {string[]} pieces
 * @param {string[]} [interpolations]
 * @param {string} [id] for error messages
 */
export function minifyCssTemplate(pieces, interpolations = [], id = 'source') {
  let text = pieces[0] ?? '';
  interpolations.forEach((_, index) => {
    text += slotFor(text, index, id) + pieces[index + 1];
  });
  if (pieces.some((piece) => piece.includes(SLOT))) throw new Error(`${id}: a css\`\` template spells the placeholder ${SLOT}`);
  const { code, warnings } = transformSync(text, { loader: 'css', minify: true, target: ESBUILD_TARGET, logLevel: 'silent' });
  if (warnings.length > 0) throw new Error(`${id}: ${warnings.map((warning) => warning.text).join('; ')}`);
  return code
    .trim()
    .replace(new RegExp(`${SLOT}(\\d+):0;?|${SLOT}(\\d+)`, 'g'), (_, declaration, value) => `\${${interpolations[Number(declaration ?? value)]}}`);
}

/** The placeholder of interpolation `index`, from what precedes it: in a value, or among declarations. */
/** @param {string} before @param {number} index @param {string} id */
function slotFor(before, index, id) {
  const code = before.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(["'])(?:(?!\1).)*\1/g, '""');
  const depth = [...code].reduce((open, char) => open + (char === '{' ? 1 : char === '}' ? -1 : 0), 0);
  if (depth === 0) throw new Error(`${id}: an interpolation outside any rule in a css\`\` template`);
  const last = code.match(/[{};:](?=[^{};:]*$)/)?.[0];
  return last === ':' ? `${SLOT}${index}` : `${SLOT}${index}:0;`;
}

/**
 * Every css`` template in `source` (TypeScript or JavaScript): the range between its backticks, its text
 * pieces and the source of the interpolations between them. Throws on a template it cannot read safely: a
 * comment that spans an interpolation, or a template literal inside an interpolation.
 * @param {string} source
 * @param {string} [id] for error messages
 */
export function cssTemplates(source, id = 'source') {
  /** @type {{ start: number, end: number, pieces: string[], interpolations: string[] }[]} */
  const templates = [];
  let from = 0;
  for (const match of source.matchAll(/\bcss\s*`/g)) {
    if (match.index < from) continue;
    const template = { start: match.index + match[0].length, end: 0, pieces: /** @type {string[]} */ ([]), interpolations: /** @type {string[]} */ ([]) };
    let start = template.start;
    let at = start;
    for (;;) {
      const char = source[at];
      if (char === undefined) throw new Error(`${id}: unterminated css\`\` template`);
      if (char === '`') break;
      if (char === '\\') at += 2;
      else if (char === '$' && source[at + 1] === '{') {
        template.pieces.push(checked(source.slice(start, at), id));
        start = interpolationEnd(source, at + 2, id);
        template.interpolations.push(source.slice(at + 2, start - 1));
        at = start;
      } else at += 1;
    }
    template.pieces.push(checked(source.slice(start, at), id));
    template.end = at;
    templates.push(template);
    from = at + 1;
  }
  return templates;
}

/** Rewrites every css`` template of `source` in `output` with its minified text. */
/** @param {string} source @param {MagicString} output @param {string} [id] */
function minifyInto(source, output, id) {
  for (const { start, end, pieces, interpolations } of cssTemplates(source, id)) {
    const minified = minifyCssTemplate(pieces, interpolations, id);
    if (minified) output.overwrite(start, end, minified);
    else if (end > start) output.remove(start, end);
  }
}

/** `source` with the CSS of each of its css`` templates minified. */
/** @param {string} source @param {string} [id] */
export function minifyCssTemplates(source, id) {
  const output = new MagicString(source);
  minifyInto(source, output, id);
  return output.toString();
}

/** @param {string} text @param {string} id */
function checked(text, id) {
  if ((text.match(/\/\*/g)?.length ?? 0) !== (text.match(/\*\//g)?.length ?? 0)) {
    throw new Error(`${id}: a comment in a css\`\` template spans an interpolation`);
  }
  return text;
}

/** Index just past the `}` closing the interpolation whose expression starts at `at`. */
/** @param {string} source @param {number} at @param {string} id */
function interpolationEnd(source, at, id) {
  let depth = 1;
  let quote = '';
  for (; at < source.length; at += 1) {
    const char = source[at];
    if (quote) {
      if (char === '\\') at += 1;
      else if (char === quote) quote = '';
    } else if (char === "'" || char === '"') quote = char;
    else if (char === '`') throw new Error(`${id}: a template literal inside a css\`\` interpolation`);
    else if (char === '{') depth += 1;
    else if (char === '}' && --depth === 0) return at + 1;
  }
  throw new Error(`${id}: unterminated interpolation in a css\`\` template`);
}

/**
 * Rollup plugin: minifies the css`` templates of the elements' own modules (as TypeScript emitted them).
 * @returns {import('rollup').Plugin}
 */
export function minifyCss() {
  return {
    name: 'minify-css',
    transform(code, id) {
      if (!/\/packages\/elements\/src\/.*\.ts$/.test(id) || !/\bcss\s*`/.test(code)) return null;
      const output = new MagicString(code);
      minifyInto(code, output, id);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
