import { LitElement } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import elementsPackage from '../../package.json' with { type: 'json' };
import type * as DefineModule from './define.js';
import { VERSION, defineElement } from './define.js';

const OWNER = Symbol.for('rights-kit.version');
const page = globalThis as { [OWNER]?: string };

let warn: ReturnType<typeof spyOnWarn> | undefined;
const spyOnWarn = () => vi.spyOn(console, 'warn').mockImplementation(() => {});
afterEach(() => warn?.mockRestore());

/** Runs `test` with a fresh copy of this module on a page that rights-kit `owner` owns, as a second version would meet it. */
async function onPageOwnedBy(owner: string, test: (fresh: typeof DefineModule) => Promise<void>) {
  const before = page[OWNER];
  page[OWNER] = owner;
  try {
    vi.resetModules();
    const fresh = await import('./define.js');
    warn = spyOnWarn();
    await test(fresh);
  } finally {
    page[OWNER] = before;
  }
}

describe('defineElement', () => {
  it('reports the version the package is published as', () => {
    expect(VERSION).toBe(elementsPackage.version);
  });

  it('is a no-op when the same version defines a tag again', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    warn = spyOnWarn();
    defineElement('rights-test-same', First);
    expect(() => defineElement('rights-test-same', Second)).not.toThrow();
    expect(customElements.get('rights-test-same')).toBe(First);
    expect(page[OWNER]).toBe(VERSION);
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns, and keeps the first definition, when another script owns the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('rights-test-foreign', Foreign);
    warn = spyOnWarn();
    expect(() => defineElement('rights-test-foreign', class extends LitElement {})).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('already defined by another script'));
    expect(customElements.get('rights-test-foreign')).toBe(Foreign);
  });

  it('leaves every tag to the version that owns the page, and says so once, naming them', () =>
    onPageOwnedBy('0.0.9', async (fresh) => {
      fresh.defineElement('rights-test-left-a', class extends LitElement {});
      fresh.defineElement('rights-test-left-b', class extends LitElement {});
      await Promise.resolve();
      fresh.defineElement('rights-test-left-c', class extends LitElement {});
      await Promise.resolve();
      expect(customElements.get('rights-test-left-a')).toBeUndefined();
      expect(customElements.get('rights-test-left-c')).toBeUndefined();
      expect(warn).toHaveBeenCalledTimes(1);
      expect(warn?.mock.calls[0]?.[0]).toContain(`rights-kit ${VERSION} found rights-kit 0.0.9 on this page and leaves its elements to it: <rights-test-left-a>, <rights-test-left-b> are 0.0.9's.`);
      expect(warn?.mock.calls[0]?.[0]).toContain('defineRightsElements(registry)');
    }));

  it('says nothing of the tags it leaves when the host defines this version in a scoped registry', () =>
    onPageOwnedBy('0.0.9', async (fresh) => {
      fresh.defineElement('rights-test-scoped-a', class extends LitElement {});
      fresh.definedInScope();
      await Promise.resolve();
      expect(customElements.get('rights-test-scoped-a')).toBeUndefined();
      expect(warn).not.toHaveBeenCalled();
    }));
});
