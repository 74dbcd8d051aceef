import type { RightsLocale } from '@rights-kit/client';

/**
 * `<rights-summary>`'s texts, kept with the element so a page without it carries none of them. Simplified
 * Chinese is the source: the type is inferred from it, so a missing or misspelt key elsewhere fails to compile.
 */
const zhCN = {
  summaryLabel: '权益价值',
  summaryLoading: '正在加载权益价值…',
  summaryLoadError: '权益价值加载失败',
  summaryEmpty: '今年还没有使用权益',
  summaryEmptyHint: (fee: string) => `使用权益后，获得的价值会在这里与年费 ${fee} 对比。`,
  summaryHeading: (year: number) => `${year} 年已获权益价值`,
  summaryTotal: (realised: string, fee: string) => `年费 ${fee}，已获价值 ${realised}`,
  summaryCovered: (surplus: string | undefined) => (surplus ? `年费已回本，还多出 ${surplus}。` : '年费已回本。'),
  summaryNotCovered: (shortfall: string) => `再获得 ${shortfall} 的价值即可抵消年费。`,
  summaryNoFee: '您的卡片今年无年费。',
  summaryRealisedLegend: '已获价值',
  summaryFeeLegend: '年费',
  summaryByCategory: '按分类',
  summaryUses: (uses: number) => `使用 ${uses} 次`,
};

export type SummaryMessages = typeof zhCN;

export const SUMMARY_MESSAGES: Record<RightsLocale, SummaryMessages> = {
  'zh-CN': zhCN,
  'zh-HK': {
    summaryLabel: '權益價值',
    summaryLoading: '正在載入權益價值…',
    summaryLoadError: '權益價值載入失敗',
    summaryEmpty: '今年尚未使用權益',
    summaryEmptyHint: (fee) => `使用權益後，所享價值會在這裡與年費 ${fee} 比較。`,
    summaryHeading: (year) => `${year} 年已享權益價值`,
    summaryTotal: (realised, fee) => `年費 ${fee}，已享價值 ${realised}`,
    summaryCovered: (surplus) => (surplus ? `年費已回本，並多出 ${surplus}。` : '年費已回本。'),
    summaryNotCovered: (shortfall) => `再享 ${shortfall} 的價值即可抵銷年費。`,
    summaryNoFee: '您的信用卡今年免年費。',
    summaryRealisedLegend: '已享價值',
    summaryFeeLegend: '年費',
    summaryByCategory: '按分類',
    summaryUses: (uses) => `使用 ${uses} 次`,
  },
  en: {
    summaryLabel: 'Value of your benefits',
    summaryLoading: 'Loading the value of your benefits…',
    summaryLoadError: "The value of your benefits couldn't be loaded",
    summaryEmpty: "You haven't used any benefits yet this year",
    summaryEmptyHint: (fee) => `What your benefits are worth will add up here, against your ${fee} annual fee.`,
    summaryHeading: (year) => `Value realised in ${year}`,
    summaryTotal: (realised, fee) => `${realised} back on a ${fee} annual fee`,
    summaryCovered: (surplus) => (surplus ? `Your annual fee is covered, with ${surplus} to spare.` : 'Your annual fee is covered.'),
    summaryNotCovered: (shortfall) => `${shortfall} more to cover your annual fee.`,
    summaryNoFee: 'Your cards have no annual fee this year.',
    summaryRealisedLegend: 'Value realised',
    summaryFeeLegend: 'Annual fee',
    summaryByCategory: 'By category',
    summaryUses: (uses) => `${uses} ${uses === 1 ? 'use' : 'uses'}`,
  },
};
