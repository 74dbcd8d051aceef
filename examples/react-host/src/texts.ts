// The host app's own texts: the rights elements bring theirs, in the language the provider is given.
import type { RightsLocale } from '@rights-kit/client';
import type { RightsClaimedDetail } from '@rights-kit/elements';

export const LOCALES: readonly RightsLocale[] = ['zh-CN', 'zh-HK', 'en'];

export const LOCALE_NAMES: Record<RightsLocale, string> = { 'zh-CN': '简体', 'zh-HK': '繁體', en: 'EN' };

export function isLocale(value: unknown): value is RightsLocale {
  return LOCALES.includes(value as RightsLocale);
}

interface HostTexts {
  documentTitle: string;
  title: string;
  language: string;
  /** What the toast says, by the kind of wallet item the claim made (`unknown`: a kind newer than this app). */
  claimed: Record<RightsClaimedDetail['kind'], string>;
  show: string;
  dismiss: string;
}

export const HOST_TEXTS: Record<RightsLocale, HostTexts> = {
  'zh-CN': {
    documentTitle: '翡翠银行 · 权益',
    title: '权益',
    language: '语言',
    claimed: { voucher: '礼券已放入您的卡包', reservation: '预订已确认', activation: '活动已报名', unknown: '权益已领取' },
    show: '查看',
    dismiss: '关闭',
  },
  'zh-HK': {
    documentTitle: '翡翠銀行 · 權益',
    title: '權益',
    language: '語言',
    claimed: { voucher: '禮券已放入您的卡包', reservation: '預訂已確認', activation: '活動已登記', unknown: '權益已領取' },
    show: '查看',
    dismiss: '關閉',
  },
  en: {
    documentTitle: 'Jade Bank · Benefits',
    title: 'Benefits',
    language: 'Language',
    claimed: { voucher: 'Voucher added to your wallet', reservation: 'Booking confirmed', activation: "You're enrolled", unknown: 'Benefit claimed' },
    show: 'Show',
    dismiss: 'Dismiss',
  },
};
