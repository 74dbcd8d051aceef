import { describe, expect, it } from 'vitest';
import { minifyCssTemplates, minifyCssText } from './minify-css.js';

describe('minifyCssText', () => {
  it('drops comments and the whitespace around punctuation', () => {
    expect(minifyCssText('\n  :host {\n    display: block; /* why */\n  }\n  .a,\n  .b > .c {\n    color: red;\n  }\n')).toBe(
      ' :host{display:block}.a,.b>.c{color:red}',
    );
  });

  it('keeps every space that means something', () => {
    expect(minifyCssText('.a .b :hover { margin: 0 auto; width: calc(100% - 2px); font-family: ui-monospace, \'SF Mono\'; }')).toBe(
      ".a .b :hover{margin:0 auto;width:calc(100% - 2px);font-family:ui-monospace,'SF Mono'}",
    );
    expect(minifyCssText('@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }')).toBe(
      '@media (prefers-reduced-motion:reduce){*{transition:none !important}}',
    );
  });
});

describe('minifyCssTemplates', () => {
  it('minifies between interpolations and leaves each interpolation as written', () => {
    const source = "const a = css`\n  .x {\n    padding: ${sys('space-2')} ${sys('space-3')};\n    gap: ${gap({ a: '}' })};\n  }\n`;";
    expect(minifyCssTemplates(source)).toBe("const a = css` .x{padding:${sys('space-2')} ${sys('space-3')};gap:${gap({ a: '}' })}}`;");
  });

  it('leaves other templates and the code around them alone', () => {
    const source = 'const t = html`<p>  a : b </p>`; const s = css`a { b: c; }`; const u = `x  :  y`;';
    expect(minifyCssTemplates(source)).toBe('const t = html`<p>  a : b </p>`; const s = css`a{b:c}`; const u = `x  :  y`;');
  });

  it('refuses what it cannot read safely', () => {
    expect(() => minifyCssTemplates('css`a { /* ${x} */ }`')).toThrow(/comment/);
    expect(() => minifyCssTemplates('css`a { b: ${`c`}; }`')).toThrow(/template literal/);
    expect(() => minifyCssTemplates('css`a { b: c; }')).toThrow(/unterminated/);
  });
});
