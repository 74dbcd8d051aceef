// The strict Content-Security-Policy every page of the demo and the examples is served under, as a bank's
// own pages are (docs/security.md documents this very policy, and a test holds the two together).
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { DROP_IN_POLICY } from './trusted-types-policy.js';

/**
 * The policy, with `styleNonce` allowing the `<style>` elements Lit writes where a browser has no
 * constructable stylesheets (Safari before 16.4). Scripts, styles and images from the page's own origin
 * only, no inline code and no eval, and Trusted Types for every script sink (`lit-html` for Lit's
 * templates in an ESM build and the host's own Lit, `rights-kit` for the drop-in's, `bank-app` for the
 * demo's service worker), plus `frameworkPolicies`: the policies a host's framework creates itself
 * (Vue's runtime creates `vue` as it loads).
 * @param {{ styleNonce?: string, frameworkPolicies?: string[] }} [options]
 */
export function strictPolicy({ styleNonce, frameworkPolicies = [] } = {}) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "require-trusted-types-for 'script'",
    ['trusted-types lit-html', DROP_IN_POLICY, 'bank-app', ...frameworkPolicies].join(' '),
    styleNonce ? `style-src 'self' 'nonce-${styleNonce}'` : "style-src 'self'",
    "img-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/** The policy of what is not a page (scripts, styles, data), where no style nonce is needed. */
export const DEMO_CSP = strictPolicy();

/**
 * An express handler serving the HTML page `file` with a fresh nonce for every response: in its policy,
 * and in `<meta property="csp-nonce" nonce="…">` at its top, where rights-kit finds it.
 * @param {string} file
 * @returns {import('express').RequestHandler}
 */
export function servePage(file) {
  return (_request, response) => {
    const nonce = randomBytes(16).toString('base64');
    const page = readFileSync(file, 'utf8').replace(/^(<!doctype html>\s*)/i, `$1<meta property="csp-nonce" nonce="${nonce}">\n`);
    response.set({ 'Content-Security-Policy': strictPolicy({ styleNonce: nonce }), 'Cache-Control': 'no-cache' }).type('html').send(page);
  };
}
