import { createRightsClient } from '@rights-kit/client';
import type { RightsCatalog, RightsProvider } from '@rights-kit/elements';
import { demoToken } from '@rights-kit/mock';
import { html } from 'lit';
import { describe, expect, it, vi } from 'vitest';
import '../../define/all.js';
import { fixture, queryDeep, useSandbox } from '../../test/fixture.js';

const sandbox = useSandbox();
const titles = (root: Element) => queryDeep(root, '[part="title"]').map((title) => title.textContent?.trim());

describe('<rights-provider>', () => {
  it('hands a ready client to the elements inside it, in its own locale', async () => {
    await sandbox;
    const getToken = vi.fn(async () => demoToken());
    const client = createRightsClient({ baseUrl: '', getToken });
    const provider = await fixture<RightsProvider>(html`
      <rights-provider locale="zh-HK" .client=${client}><rights-catalog category="dining"></rights-catalog></rights-provider>
    `);
    const catalog = provider.querySelector<RightsCatalog>('rights-catalog')!;
    await expect.poll(() => titles(catalog)).toContain('秋季餐廳週');
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it("keeps its look on a host page that styles every element its own way", async () => {
    await sandbox;
    const hostile = document.createElement('style');
    hostile.textContent = '* { letter-spacing: 0.5em; text-transform: uppercase; font-weight: 900; font-style: italic; text-align: right; line-height: 0.8; white-space: pre; }';
    document.head.append(hostile);
    try {
      const provider = await fixture<RightsProvider>(html`
        <rights-provider base-url="" locale="en" .getToken=${async () => demoToken()}><rights-catalog category="travel"></rights-catalog></rights-provider>
      `);
      const catalog = provider.querySelector<RightsCatalog>('rights-catalog')!;
      await expect.poll(() => titles(catalog)).toContain('Domestic airport lounges');
      const subtitle = queryDeep(catalog, '[part="subtitle"]')[0]!;
      const style = getComputedStyle(subtitle);
      expect([style.letterSpacing, style.textTransform, style.fontWeight, style.fontStyle, style.textAlign, style.whiteSpace]).toEqual([
        'normal',
        'none',
        '400',
        'normal',
        'start',
        'normal',
      ]);
      expect(Number.parseFloat(style.lineHeight) / Number.parseFloat(style.fontSize)).toBeCloseTo(1.5, 1);
    } finally {
      hostile.remove();
    }
  });

  it('keeps the session when only the locale changes', async () => {
    await sandbox;
    const getToken = vi.fn(async () => demoToken());
    const provider = await fixture<RightsProvider>(html`
      <rights-provider base-url="" locale="en" .getToken=${getToken}><rights-catalog category="travel"></rights-catalog></rights-provider>
    `);
    const catalog = provider.querySelector<RightsCatalog>('rights-catalog')!;
    await expect.poll(() => titles(catalog)).toContain('Domestic airport lounges');
    provider.locale = 'zh-HK';
    await expect.poll(() => titles(catalog)).toContain('國內機場貴賓室');
    expect(getToken).toHaveBeenCalledTimes(1);
  });

  it('keeps two providers on one page independent', async () => {
    await sandbox;
    const getToken = async () => demoToken();
    const page = await fixture<HTMLElement>(html`<div>
      <rights-provider id="a" base-url="" locale="en" .getToken=${getToken}><rights-catalog category="family"></rights-catalog></rights-provider>
      <rights-provider id="b" base-url="" locale="zh-CN" .getToken=${getToken}><rights-catalog category="family"></rights-catalog></rights-provider>
    </div>`);
    await expect.poll(() => titles(page.querySelector('#a')!)).toContain('Family platform');
    await expect.poll(() => titles(page.querySelector('#b')!)).toContain('亲子权益平台');
  });

  it('switches between light, dark and device themes through its tokens', async () => {
    const provider = await fixture<RightsProvider>(html`<rights-provider></rights-provider>`);
    const surface = () => getComputedStyle(provider).getPropertyValue('--rights-sys-color-surface').trim();
    expect(surface()).toBe('#ffffff');
    provider.theme = 'dark';
    await provider.updateComplete;
    expect(surface()).toBe('#17181c');
    expect(getComputedStyle(provider).colorScheme).toBe('dark');
  });

  it('resolves roles through the palette, so a bank can re-tone the palette or a role', async () => {
    const provider = await fixture<RightsProvider>(html`<rights-provider style="--rights-ref-red-40: #004b87"></rights-provider>`);
    expect(getComputedStyle(provider).getPropertyValue('--rights-sys-color-primary').trim()).toBe('#004b87');
  });

  it('lets a bank brand override a system token from outside', async () => {
    const provider = await fixture<RightsProvider>(html`<rights-provider style="--rights-sys-color-primary: #004b87"></rights-provider>`);
    expect(getComputedStyle(provider).getPropertyValue('--rights-sys-color-primary').trim()).toBe('#004b87');
  });

  it('falls back to the source locale, with a warning, for a locale it does not ship', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const provider = await fixture<RightsProvider>(html`<rights-provider locale="fr"></rights-provider>`);
    await provider.updateComplete;
    expect(provider.locale).toBe('zh-CN');
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('unsupported locale "fr"'));
    warn.mockRestore();
  });
});
