// The drop-in's own Trusted Types policy. Lit creates a policy named `lit-html` when it loads, and a
// page may create a policy name only once unless its CSP says 'allow-duplicates'. A bank page that already
// runs Lit (2.x or 3.x) has made `lit-html`, so the drop-in's inlined copy of Lit would throw while loading
// and render nothing. The drop-in's Lit creates `rights-kit` instead: the one name it adds to a policy.
// (ESM builds share the host's Lit, and so its `lit-html` policy.)
import MagicString from 'magic-string';

/** The policy the drop-in writes its templates through: allow it in `trusted-types`. */
export const DROP_IN_POLICY = 'rights-kit';

const LIT_POLICY = /createPolicy\((["'])lit-html\1/g;

/**
 * Rollup plugin: renames the policy in the lit-html module the bundle inlines, and fails the build when
 * that module no longer creates exactly one `lit-html` policy (a Lit upgrade that moved it).
 * @returns {import('rollup').Plugin}
 */
export function ownTrustedTypesPolicy() {
  return {
    name: 'own-trusted-types-policy',
    transform(code, id) {
      if (!/\/node_modules\/lit-html\/(development\/)?lit-html\.js$/.test(id)) return null;
      const found = code.match(LIT_POLICY)?.length ?? 0;
      if (found !== 1) this.error(`${id} creates ${found} \`lit-html\` Trusted Types policies; expected one to rename.`);
      const output = new MagicString(code);
      for (const match of code.matchAll(LIT_POLICY)) output.overwrite(match.index, match.index + match[0].length, `createPolicy(${match[1]}${DROP_IN_POLICY}${match[1]}`);
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}
