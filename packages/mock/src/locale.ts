/** The locales the sandbox localises into, as the platform does. */
export const SANDBOX_LOCALES = ['zh-CN', 'zh-HK', 'en'] as const;
export type SandboxLocale = (typeof SANDBOX_LOCALES)[number];

/** A text (or any other value, such as rich text) in every sandbox locale. */
export type Localized<T = string> = Record<SandboxLocale, T>;

/**
 * Picks the locale for a request from its `Accept-Language`, in the header's order of preference:
 * Traditional Chinese for Hong Kong, Taiwan and Macau, Simplified for other Chinese, English, and
 * Simplified Chinese, the platform's source language, when nothing matches.
 */
export function negotiateLocale(acceptLanguage: string | null): SandboxLocale {
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [range = '', ...params] = part.trim().toLowerCase().split(';');
      const q = Number(params.find((param) => param.trim().startsWith('q='))?.trim().slice(2) ?? 1);
      return { range, q: Number.isFinite(q) ? q : 0, index };
    })
    .filter(({ range, q }) => range && q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { range } of ranges) {
    if (/^zh-(hk|tw|mo|hant)\b/.test(range)) return 'zh-HK';
    if (range === 'zh' || range.startsWith('zh-')) return 'zh-CN';
    if (range === 'en' || range.startsWith('en-')) return 'en';
  }
  return 'zh-CN';
}
