// Minifies the CSS inside the elements' css`` templates at build time. Literal minifiers refuse templates
// with `${}` inside CSS values, which ours all have (`${sys('space-2')}`), so this one works on the text
// between the interpolations and leaves every interpolation as it is.
import MagicString from 'magic-string';

/**
 * Minifies one piece of CSS text between interpolations. Only whitespace and comments go: a space is kept
 * wherever it can mean something (descendant selectors, `a :hover`, `calc(1px + 2px)`, `0 auto`).
 * @param {string} text
 */
export function minifyCssText(text) {
  return text
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/ ?([{};,>]) ?/g, '$1')
    .replace(/: /g, ':')
    .replace(/;}/g, '}');
}

/**
 * The CSS text of every css`` template in `source` (TypeScript or JavaScript), as `[start, end]` ranges
 * between interpolations. Throws on a template it cannot read safely: a comment that spans an
 * interpolation, or a template literal inside an interpolation.
 * @param {string} source
 * @param {string} [id] for error messages
 * @returns {[number, number][]}
 */
export function cssPieces(source, id = 'source') {
  /** @type {[number, number][]} */
  const pieces = [];
  let from = 0;
  for (const match of source.matchAll(/\bcss\s*`/g)) {
    if (match.index < from) continue;
    let start = match.index + match[0].length;
    let at = start;
    for (;;) {
      const char = source[at];
      if (char === undefined) throw new Error(`${id}: unterminated css\`\` template`);
      if (char === '`') break;
      if (char === '\\') at += 2;
      else if (char === '$' && source[at + 1] === '{') {
        pieces.push(checked(source, start, at, id));
        at = interpolationEnd(source, at + 2, id);
        start = at;
      } else at += 1;
    }
    pieces.push(checked(source, start, at, id));
    from = at + 1;
  }
  return pieces;
}

/** `source` with the CSS of each of its css`` templates minified. */
/** @param {string} source @param {string} [id] */
export function minifyCssTemplates(source, id) {
  let output = '';
  let from = 0;
  for (const [start, end] of cssPieces(source, id)) {
    output += source.slice(from, start) + minifyCssText(source.slice(start, end));
    from = end;
  }
  return output + source.slice(from);
}

/** @param {string} source @param {number} start @param {number} end @param {string} id @returns {[number, number]} */
function checked(source, start, end, id) {
  const text = source.slice(start, end);
  if ((text.match(/\/\*/g)?.length ?? 0) !== (text.match(/\*\//g)?.length ?? 0)) {
    throw new Error(`${id}: a comment in a css\`\` template spans an interpolation`);
  }
  return [start, end];
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
      for (const [start, end] of cssPieces(code, id)) {
        const minified = minifyCssText(code.slice(start, end));
        if (minified) output.overwrite(start, end, minified);
        else if (end > start) output.remove(start, end);
      }
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
