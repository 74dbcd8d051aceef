import type { RightsLocale } from '@rights-kit/client';

/** The bank app's own words: its shell is the bank's, in the cardholder's language like the SDK inside it. */
export const SHELL_TEXTS: Record<RightsLocale, Record<string, string>> = {
  'zh-CN': { title: '权益', language: '语言', greeting: '您的信用卡权益', home: '首页', cards: '卡片', rights: '权益', me: '我的', navigation: '主导航' },
  'zh-HK': { title: '權益', language: '語言', greeting: '您的信用卡權益', home: '首頁', cards: '卡片', rights: '權益', me: '我的', navigation: '主導覽' },
  en: { title: 'Benefits', language: 'Language', greeting: 'Your card benefits', home: 'Home', cards: 'Cards', rights: 'Benefits', me: 'Me', navigation: 'Main' },
};

export const BANK_NAME: Record<RightsLocale, string> = { 'zh-CN': '翡翠银行', 'zh-HK': '翡翠銀行', en: 'Jade Bank' };
