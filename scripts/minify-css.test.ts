import { describe, expect, it } from 'vitest';
import { minifyCssTemplate, minifyCssTemplates } from './minify-css.js';

describe('minifyCssTemplate', () => {
  it('drops comments and the whitespace around punctuation', () => {
    expect(minifyCssTemplate(['\n  :host {\n    display: block; /* why */\n  }\n  .a,\n  .b > .c {\n    color: red;\n  }\n'])).toBe(
      ':host{display:block}.a,.b>.c{color:red}',
    );
  });

  it('keeps every space that means something', () => {
    expect(minifyCssTemplate(['.a .b :hover { margin: 0 auto; width: calc(100% - 2px); }'])).toBe('.a .b :hover{margin:0 auto;width:calc(100% - 2px)}');
    expect(minifyCssTemplate(['@media (prefers-reduced-motion: reduce) { * { transition: none !important; } }'])).toBe(
      '@media(prefers-reduced-motion:reduce){*{transition:none!important}}',
    );
  });

  it('leaves strings and attribute values exactly as written', () => {
    const rule = (css: string) => minifyCssTemplate([css]);
    expect(rule('.a::before { content: "Note: see  below"; }')).toBe('.a:before{content:"Note: see  below"}');
    expect(rule('[aria-label="a , b"] { color: red; }')).toBe('[aria-label="a , b"]{color:red}');
    expect(rule('.a::after { content: "/* x */"; }')).toBe('.a:after{content:"/* x */"}');
  });

  it('puts every interpolation back where it stood, in values and among declarations', () => {
    expect(minifyCssTemplate(['\n  .x {\n    padding: ', ' ', ';\n    gap: ', ';\n  }\n'], ["sys('space-2')", "sys('space-2')", "gap({ a: '}' })"])).toBe(
      ".x{padding:${sys('space-2')} ${sys('space-2')};gap:${gap({ a: '}' })}}",
    );
    expect(minifyCssTemplate([':host {\n  ', '\n  color-scheme: light;\n  ', '\n}'], ["declare(PALETTE, 'ref')", 'roles(DARK)'])).toBe(
      ":host{${declare(PALETTE, 'ref')}color-scheme:light;${roles(DARK)}}",
    );
  });

  it('refuses what it cannot place or read', () => {
    expect(() => minifyCssTemplate(['', ' .a { color: red; }'], ['shared'])).toThrow(/outside any rule/);
    expect(() => minifyCssTemplate(['.a { --rk-slot-0: 1px; }'])).toThrow(/placeholder/);
    expect(() => minifyCssTemplate(['.a { color: red'], [], 'broken.ts')).toThrow(/broken\.ts/);
  });
});

describe('minifyCssTemplates', () => {
  it('minifies each css`` template and leaves other templates and the code around them alone', () => {
    const source = 'const t = html`<p>  a : b </p>`; const s = css`a { b: c; }`; const p = css`.x { gap: ${sys(\'space-2\')}; }`; const u = `x  :  y`;';
    expect(minifyCssTemplates(source)).toBe("const t = html`<p>  a : b </p>`; const s = css`a{b:c}`; const p = css`.x{gap:${sys('space-2')}}`; const u = `x  :  y`;");
  });

  it('refuses what it cannot read safely', () => {
    expect(() => minifyCssTemplates('css`a { /* ${x} */ }`')).toThrow(/comment/);
    expect(() => minifyCssTemplates('css`a { b: ${`c`}; }`')).toThrow(/template literal/);
    expect(() => minifyCssTemplates('css`a { b: c; }')).toThrow(/unterminated/);
  });
});
