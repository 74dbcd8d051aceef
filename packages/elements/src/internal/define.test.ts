import { LitElement } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import elementsPackage from '../../package.json' with { type: 'json' };
import { VERSION, defineElement } from './define.js';

describe('defineElement', () => {
  it('reports the version the package is published as', () => {
    expect(VERSION).toBe(elementsPackage.version);
  });

  it('is a no-op when the same version defines a tag again', () => {
    class First extends LitElement {}
    class Second extends LitElement {}
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    defineElement('rights-test-same', First);
    expect(() => defineElement('rights-test-same', Second)).not.toThrow();
    expect(customElements.get('rights-test-same')).toBe(First);
    expect(warn).not.toHaveBeenCalled();
    warn.mockRestore();
  });

  it('warns, and keeps the first definition, when another script owns the tag', () => {
    class Foreign extends HTMLElement {}
    customElements.define('rights-test-foreign', Foreign);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    expect(() => defineElement('rights-test-foreign', class extends LitElement {})).not.toThrow();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('already defined by another script'));
    expect(customElements.get('rights-test-foreign')).toBe(Foreign);
    warn.mockRestore();
  });
});
