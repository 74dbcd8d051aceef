import type { RightsLocale, WalletItem } from '@rights-kit/client';

/**
 * `<rights-wallet>`'s texts, kept with the element so a page without it carries none of them. Simplified
 * Chinese is the source: the type is inferred from it, so a missing or misspelt key elsewhere fails to compile.
 */
const zhCN = {
  walletLabel: '我的权益',
  walletKept: '以下是保存在本机的券，离线也可出示。',
  walletFiltersLabel: '按状态查看',
  walletStatus: (status: 'active' | 'used' | 'expired' | 'cancelled' | 'unknown') =>
    ({ active: '有效', used: '已使用', expired: '已过期', cancelled: '已取消', unknown: '更新 App 后可查看状态' })[status],
  walletKind: (kind: WalletItem['kind']) => ({ voucher: '券', reservation: '预约', activation: '活动', unknown: '权益' })[kind],
  walletLoading: '正在加载我的权益…',
  walletLoadError: '我的权益加载失败',
  walletRefresh: '刷新',
  walletRefreshing: '正在刷新…',
  walletRefreshed: '已是最新',
  walletRefreshFailed: '刷新失败，以下是之前加载的内容。',
  walletMore: '加载更多',
  walletEmptyTitle: (status: 'active' | 'used' | 'expired' | 'cancelled') =>
    ({ active: '还没有有效的权益', used: '还没有使用过的权益', expired: '没有已过期的权益', cancelled: '没有已取消的权益' })[status],
  walletEmptyHint: (status: 'active' | 'used' | 'expired' | 'cancelled') =>
    ({
      active: '领取的券、预约和报名的活动都会放在这里。',
      used: '用过的券和已到店的预约会显示在这里。',
      expired: '过期未用的券会显示在这里。',
      cancelled: '取消的预约和券会显示在这里。',
    })[status],
  walletBrowse: '去看看权益',
  walletExpiresIn: (when: string) => `${when}到期`,
  walletUsedOn: (date: string) => `已于 ${date} 使用`,
  walletExpiredOn: (date: string) => `已于 ${date} 过期`,
  walletRemind: '提醒我',
  walletReminding: '正在设置提醒…',
  walletReminderSet: '已设置提醒',
  walletReminderFailed: '提醒没有设置成功，请稍后再试。',
  walletReminderTitle: (title: string) => `“${title}”即将到期`,
  walletReminderBody: (partner: string, date: string) => `有效期至 ${date}，请及时到${partner}使用。`,
};

export type WalletMessages = typeof zhCN;

export const WALLET_MESSAGES: Record<RightsLocale, WalletMessages> = {
  'zh-CN': zhCN,
  'zh-HK': {
    walletLabel: '我的權益',
    walletKept: '以下是儲存在本機的券，離線亦可出示。',
    walletFiltersLabel: '按狀態查看',
    walletStatus: (status) => ({ active: '有效', used: '已使用', expired: '已過期', cancelled: '已取消', unknown: '更新 App 後可查看狀態' })[status],
    walletKind: (kind) => ({ voucher: '禮券', reservation: '預約', activation: '活動', unknown: '權益' })[kind],
    walletLoading: '正在載入我的權益…',
    walletLoadError: '我的權益載入失敗',
    walletRefresh: '重新整理',
    walletRefreshing: '正在重新整理…',
    walletRefreshed: '已是最新',
    walletRefreshFailed: '未能重新整理，以下為之前載入的內容。',
    walletMore: '載入更多',
    walletEmptyTitle: (status) => ({ active: '暫時未有有效的權益', used: '暫時未有已使用的權益', expired: '沒有已過期的權益', cancelled: '沒有已取消的權益' })[status],
    walletEmptyHint: (status) =>
      ({
        active: '領取的禮券、預約及已登記的活動都會放在這裏。',
        used: '用過的禮券及已到店的預約會在這裏顯示。',
        expired: '過期未用的禮券會在這裏顯示。',
        cancelled: '已取消的預約及禮券會在這裏顯示。',
      })[status],
    walletBrowse: '瀏覽權益',
    walletExpiresIn: (when) => `${when}到期`,
    walletUsedOn: (date) => `已於 ${date} 使用`,
    walletExpiredOn: (date) => `已於 ${date} 過期`,
    walletRemind: '提醒我',
    walletReminding: '正在設定提醒…',
    walletReminderSet: '已設定提醒',
    walletReminderFailed: '未能設定提醒，請稍後再試。',
    walletReminderTitle: (title) => `「${title}」即將到期`,
    walletReminderBody: (partner, date) => `有效期至 ${date}，請盡快到${partner}使用。`,
  },
  en: {
    walletLabel: 'My benefits',
    walletKept: 'Vouchers saved on this device, ready to show offline.',
    walletFiltersLabel: 'Show by status',
    walletStatus: (status) => ({ active: 'Active', used: 'Used', expired: 'Expired', cancelled: 'Cancelled', unknown: 'Update the app to see its status' })[status],
    walletKind: (kind) => ({ voucher: 'Voucher', reservation: 'Booking', activation: 'Offer', unknown: 'Benefit' })[kind],
    walletLoading: 'Loading your benefits…',
    walletLoadError: "Your benefits couldn't be loaded",
    walletRefresh: 'Refresh',
    walletRefreshing: 'Refreshing…',
    walletRefreshed: 'Up to date',
    walletRefreshFailed: "Couldn't refresh. Showing what was loaded before.",
    walletMore: 'Show more',
    walletEmptyTitle: (status) => ({ active: 'Nothing here yet', used: 'Nothing used yet', expired: 'Nothing has expired', cancelled: 'Nothing cancelled' })[status],
    walletEmptyHint: (status) =>
      ({
        active: 'Vouchers you claim, tables you book and offers you activate are kept here.',
        used: "Vouchers you've used and bookings you've been to show up here.",
        expired: 'Vouchers that run out before they are used show up here.',
        cancelled: 'Cancelled bookings and vouchers show up here.',
      })[status],
    walletBrowse: 'Browse benefits',
    walletExpiresIn: (when) => `Expires ${when}`,
    walletUsedOn: (date) => `Used on ${date}`,
    walletExpiredOn: (date) => `Expired on ${date}`,
    walletRemind: 'Remind me',
    walletReminding: 'Setting a reminder…',
    walletReminderSet: 'Reminder set',
    walletReminderFailed: "The reminder couldn't be set. Please try again.",
    walletReminderTitle: (title) => `${title} expires soon`,
    walletReminderBody: (partner, date) => `Valid until ${date}. Use it at ${partner} before then.`,
  },
};
