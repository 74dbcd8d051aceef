import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './locale.js';

describe('negotiateLocale', () => {
  it.each([
    [null, 'zh-CN'],
    ['', 'zh-CN'],
    ['fr-FR', 'zh-CN'],
    ['en', 'en'],
    ['en-US,zh-CN;q=0.8', 'en'],
    ['zh-CN;q=0.5,en;q=0.9', 'en'],
    ['zh-TW', 'zh-HK'],
    ['zh-Hant-HK', 'zh-HK'],
    ['zh-Hans', 'zh-CN'],
    ['fr;q=1,zh-HK;q=0.7', 'zh-HK'],
    ['en;q=0', 'zh-CN'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });
});
