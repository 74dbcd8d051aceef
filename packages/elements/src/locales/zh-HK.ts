import { periodPrefix, type Messages } from './zh-CN.js';

/** Traditional Chinese as read in Hong Kong. */
export const zhHK: Messages = {
  catalogLabel: '權益',
  categoriesLabel: '分類',
  allCategories: '全部',
  searchLabel: '搜尋權益',
  searchPlaceholder: '搜尋權益或商戶',
  noMatches: (query) => `找不到與「${query}」相關的權益`,
  noMatchesHint: '換個關鍵字試試。',
  loading: '正在載入權益…',
  empty: '暫時沒有可用的權益',
  emptyHint: '換個分類看看，或稍後再來。',
  loadError: '權益載入失敗',
  loadErrorHint: '請稍後重試。',
  offline: '網絡已中斷',
  offlineHint: '請檢查網絡連線後重試。',
  retry: '重試',
  sessionEnded: '登入已逾時',
  sessionEndedHint: '請在銀行 App 重新登入後再試。',
  quotaLeft: (remaining, limit, period) => `${periodPrefix.zhHK[period]}尚餘 ${remaining}/${limit} 次`,
  quotaNoneLeft: (period) => `${periodPrefix.zhHK[period]}次數已用完`,
  soldOut: '已搶光',
  expired: '已結束',
  notEligible: '此卡不適用',
  newerVersion: '需更新 App 使用',
  validUntil: (date) => `有效期至 ${date}`,
};
