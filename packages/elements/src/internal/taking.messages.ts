import type { RightsLocale } from '@rights-kit/client';
import { CATALOGS } from '../locales/index.js';

/**
 * What went wrong when taking a benefit, as the cardholder needs to hear it: every error code the
 * client can throw maps onto one of these (network and timeout share `network`, for instance).
 */
export type FailureName =
  | 'quota_exhausted'
  | 'sold_out'
  | 'benefit_expired'
  | 'not_eligible'
  | 'already_claimed'
  | 'validation_failed'
  | 'step_up_required'
  | 'rate_limited'
  | 'unauthorized'
  | 'network'
  | 'internal'
  | 'unsafe_link';

/**
 * The texts of taking a benefit and of what it gives (a code to copy, a booking's time, why taking
 * failed) that `<rights-benefit-detail>` shares with the wallet, the voucher or the cashback list. None
 * of those four is on the hub's first screen, so these texts sit neither in the shared catalog (loaded
 * with the first screen) nor in the detail's own (which the others would then load whole): each of the
 * four names this small module beside its own texts in `static messages`, and loads it when it is first
 * shown. Simplified Chinese is the source: the type is inferred from it, so a
 * missing or misspelt key elsewhere fails to compile.
 */
const zhCN = {
  howToUseHeading: '使用方法',
  voucherCode: '券码',
  copyCode: '复制券码',
  copied: '券码已复制',
  copyFailed: '无法自动复制，请长按券码手动复制。',
  activate: '立即报名',
  confirmationCode: '确认码',
  dateAndTime: (date: string, time: string) => `${date} ${time}`,
  failureTitle: (failure: FailureName) => FAILURES['zh-CN'][failure][0],
  failureHint: (failure: FailureName) => FAILURES['zh-CN'][failure][1],
};

export type TakingMessages = typeof zhCN;

export const TAKING_MESSAGES: Record<RightsLocale, TakingMessages> = {
  'zh-CN': zhCN,
  'zh-HK': {
    howToUseHeading: '使用方法',
    voucherCode: '券碼',
    copyCode: '複製券碼',
    copied: '券碼已複製',
    copyFailed: '未能自動複製，請長按券碼手動複製。',
    activate: '立即登記',
    confirmationCode: '確認編號',
    dateAndTime: (date, time) => `${date} ${time}`,
    failureTitle: (failure) => FAILURES['zh-HK'][failure][0],
    failureHint: (failure) => FAILURES['zh-HK'][failure][1],
  },
  en: {
    howToUseHeading: 'How to use it',
    voucherCode: 'Voucher code',
    copyCode: 'Copy code',
    copied: 'Code copied',
    copyFailed: "Couldn't copy it. Press and hold the code to copy it yourself.",
    activate: 'Activate',
    confirmationCode: 'Confirmation code',
    dateAndTime: (date, time) => `${date} at ${time}`,
    failureTitle: (failure) => FAILURES.en[failure][0],
    failureHint: (failure) => FAILURES.en[failure][1],
  },
};

// A claim refused for an ended session reads as every element's load does: one wording, in the shared catalog.
const sessionEnded = (locale: RightsLocale) => [CATALOGS[locale].sessionEnded, CATALOGS[locale].sessionEndedHint] as const;

// Each failure is a title and a next step: what happened, then what the cardholder can do about it.
const FAILURES: Record<RightsLocale, Record<FailureName, readonly [string, string]>> = {
  'zh-CN': {
    quota_exhausted: ['这张卡本期次数已用完', '换一张卡试试，或等次数重置后再来。'],
    sold_out: ['已被领完', '本期名额已全部领完，请留意下次发放。'],
    benefit_expired: ['这项权益已结束', '去看看其他权益吧。'],
    not_eligible: ['这张卡不符合条件', '换一张卡试试，或联系发卡银行了解详情。'],
    already_claimed: ['您已领取或报名过', '可在“我的权益”中查看。'],
    validation_failed: ['请检查填写的内容', '按提示修改标出的项目后再提交。'],
    step_up_required: ['需要在银行 App 中确认', '本次确认未完成。请点击重试，并在银行 App 提示时完成验证。'],
    rate_limited: ['操作太频繁', '请稍等片刻再试。'],
    unauthorized: sessionEnded('zh-CN'),
    network: ['网络连接中断', '请检查网络连接后重试，不会重复领取。'],
    internal: ['出了点问题', '请稍后重试；如仍未解决，请联系发卡银行。'],
    unsafe_link: ['无法打开这个链接', '链接未通过安全检查，已为您拦截。请稍后重试。'],
  },
  'zh-HK': {
    quota_exhausted: ['這張卡今期次數已用完', '可改用另一張卡，或待次數重設後再試。'],
    sold_out: ['已被領完', '今期名額已全數領完，請留意下一輪派發。'],
    benefit_expired: ['這項權益已結束', '不妨看看其他權益。'],
    not_eligible: ['這張卡不符合資格', '可改用另一張卡，或向發卡銀行查詢詳情。'],
    already_claimed: ['您已領取或登記', '可於「我的權益」查看。'],
    validation_failed: ['請檢查填寫的內容', '請按提示修改標示的項目後再提交。'],
    step_up_required: ['需要在銀行 App 確認', '這次確認未有完成。請按重試，並在銀行 App 提示時完成驗證。'],
    rate_limited: ['操作過於頻繁', '請稍候片刻再試。'],
    unauthorized: sessionEnded('zh-HK'),
    network: ['網絡連線中斷', '請檢查網絡連線後重試，不會重複領取。'],
    internal: ['出現問題', '請稍後重試；如問題持續，請聯絡發卡銀行。'],
    unsafe_link: ['未能開啟這個連結', '連結未能通過安全檢查，已為您攔截。請稍後重試。'],
  },
  en: {
    quota_exhausted: ['No uses left on this card', 'Try another card, or come back once the uses reset.'],
    sold_out: ['All claimed', 'This round has run out. Look out for the next release.'],
    benefit_expired: ['This benefit has ended', 'Have a look at the other benefits.'],
    not_eligible: ["This card doesn't qualify", 'Try another card, or ask your bank for details.'],
    already_claimed: ["You've already taken this", "You'll find it in your wallet."],
    validation_failed: ['Some answers need another look', 'Fix the highlighted fields, then submit again.'],
    step_up_required: ['Confirm in your bank app', "The confirmation wasn't completed. Try again, and confirm when your bank app asks."],
    rate_limited: ['Too many attempts', 'Wait a moment, then try again.'],
    unauthorized: sessionEnded('en'),
    network: ['The connection dropped', "Check your connection, then try again. It won't be taken twice."],
    internal: ['Something went wrong', 'Try again in a moment. If it keeps happening, contact your bank.'],
    unsafe_link: ["This link can't be opened", 'It failed a safety check and was blocked. Try again later.'],
  },
};
