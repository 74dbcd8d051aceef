/**
 * Simplified Chinese, the source of the shared catalog: the texts of the provider, the catalogue, the
 * card and the status panels every element shows, loaded with the first screen. Every other locale has
 * exactly these keys (the `Messages` type is inferred from this object, so a missing or misspelt key in a
 * translation fails to compile). Texts only a lazily loaded element shows are kept with it, in its own
 * `*.messages.ts`.
 */
export const zhCN = {
  catalogLabel: '权益',
  categoriesLabel: '分类',
  allCategories: '全部',
  searchLabel: '搜索权益',
  searchPlaceholder: '搜索权益或商户',
  noMatches: (query: string) => `没有找到与“${query}”相关的权益`,
  noMatchesHint: '换个关键词试试。',
  loading: '正在加载权益…',
  empty: '暂时没有可用的权益',
  emptyHint: '换个分类看看，或稍后再来。',
  loadError: '权益加载失败',
  loadErrorHint: '请稍后重试。',
  offline: '网络已断开',
  offlineHint: '请检查网络连接后重试。',
  retry: '重试',
  sessionEnded: '登录已过期',
  sessionEndedHint: '请在银行 App 中重新登录后再试。',
  quotaLeft: (remaining: number, limit: number, period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}剩 ${remaining}/${limit} 次`,
  quotaNoneLeft: (period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}次数已用完`,
  soldOut: '已抢光',
  expired: '已结束',
  notEligible: '当前卡片不可用',
  newerVersion: '需更新 App 使用',
  validUntil: (date: string) => `有效期至 ${date}`,
};

export type QuotaPeriodName = 'year' | 'month' | 'campaign' | 'lifetime' | 'unknown';

// Kept beside the sentences that use them: word order differs per language, so each catalog composes
// its own sentence rather than the element gluing fragments together.
export const periodPrefix = {
  zhCN: { year: '本年', month: '本月', campaign: '活动期内', lifetime: '', unknown: '' },
  zhHK: { year: '本年', month: '本月', campaign: '活動期內', lifetime: '', unknown: '' },
} satisfies Record<string, Record<QuotaPeriodName, string>>;

export type Messages = typeof zhCN;
