import type { RightsLocale } from '@rights-kit/client';

/** The hub's tabs. */
export type HubTabName = 'catalog' | 'wallet' | 'cashback' | 'summary';

/**
 * `<rights-hub>`'s texts, kept with the element so a page without it carries none of them. Simplified
 * Chinese is the source: the type is inferred from it, so a missing or misspelt key elsewhere fails to compile.
 */
const zhCN = {
  hubLabel: '信用卡权益',
  hubTabsLabel: '权益栏目',
  hubTab: (tab: HubTabName) => ({ catalog: '精选权益', wallet: '我的权益', cashback: '跨境返现', summary: '权益价值' })[tab],
  back: '返回',
};

export type HubMessages = typeof zhCN;

export const HUB_MESSAGES: Record<RightsLocale, HubMessages> = {
  'zh-CN': zhCN,
  'zh-HK': {
    hubLabel: '信用卡權益',
    hubTabsLabel: '權益欄目',
    hubTab: (tab) => ({ catalog: '精選權益', wallet: '我的權益', cashback: '跨境回贈', summary: '權益價值' })[tab],
    back: '返回',
  },
  en: {
    hubLabel: 'Card benefits',
    hubTabsLabel: 'Benefit sections',
    hubTab: (tab) => ({ catalog: 'Benefits', wallet: 'Wallet', cashback: 'Cashback', summary: 'Value' })[tab],
    back: 'Back',
  },
};
