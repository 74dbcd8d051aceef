/**
 * Simplified Chinese, the source catalog: every other locale has exactly these keys (the `Messages`
 * type is inferred from this object, so a missing or misspelt key in a translation fails to compile).
 */
export const zhCN = {
  catalogLabel: '权益',
  loading: '正在加载权益…',
  empty: '暂时没有可用的权益',
  emptyHint: '换个分类看看，或稍后再来。',
  loadError: '权益加载失败',
  loadErrorHint: '请稍后重试。',
  offline: '网络已断开',
  offlineHint: '请检查网络连接后重试。',
  retry: '重试',
  quotaLeft: (remaining: number, limit: number, period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}剩 ${remaining}/${limit} 次`,
  quotaNoneLeft: (period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}次数已用完`,
  soldOut: '已抢光',
  expired: '已结束',
  notEligible: '当前卡片不可用',
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
