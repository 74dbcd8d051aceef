/**
 * Simplified Chinese, the source catalog: every other locale has exactly these keys (the `Messages`
 * type is inferred from this object, so a missing or misspelt key in a translation fails to compile).
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
  quotaLeft: (remaining: number, limit: number, period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}剩 ${remaining}/${limit} 次`,
  quotaNoneLeft: (period: QuotaPeriodName) => `${periodPrefix.zhCN[period]}次数已用完`,
  soldOut: '已抢光',
  expired: '已结束',
  notEligible: '当前卡片不可用',
  newerVersion: '需更新 App 使用',
  validUntil: (date: string) => `有效期至 ${date}`,

  // <rights-benefit-detail>
  detailLoading: '正在加载权益详情…',
  detailLoadError: '权益详情加载失败',
  notFound: '找不到这项权益',
  notFoundHint: '它可能已经结束，或不适用于您的卡片。',
  factValue: '价值',
  factValidity: '活动时间',
  factQuota: '次数',
  dateRange: (start: string, end: string) => `${start} 至 ${end}`,
  quotaResets: (quota: string, date: string) => `${quota}，${date} 重置`,
  termsHeading: '使用条款',
  howToUseHeading: '使用方法',
  locationsHeading: '适用门店',
  aboutPartner: (partner: string) => `关于${partner}`,
  phoneLabel: '电话',
  openingHoursLabel: '营业时间',
  cardPickerLegend: '选择使用的卡片',
  cardName: (product: string, last4: string) => `${product}（尾号 ${last4}）`,
  usingCard: (card: string) => `将使用${card}`,
  cardReason: (card: string, reason: string) => `${card}：${reason}`,
  ineligible: (reason: IneligibilityName) => INELIGIBLE[reason],
  noEligibleCard: '您的卡片暂时都不能使用这项权益',
  soldOutNotice: '已全部领完，请留意下次发放。',
  expiredNotice: (date: string) => `活动已于 ${date} 结束。`,
  notEligibleNotice: '您的卡片都不在这项权益的适用范围内。',
  unknownKindTitle: '请更新银行 App 后使用',
  unknownKindHint: '这项权益需要更新版本的 App 才能使用，您仍可在此查看详情。',
  claim: '立即领取',
  claiming: '正在领取…',
  confirmTitle: '确认领取这张券？',
  confirmText: (card: string) => `将使用${card}领取，并计入这张卡的使用次数。`,
  confirm: '确认领取',
  cancel: '取消',
  voucherClaimed: '领取成功',
  voucherCode: '券码',
  voucherDisplay: (display: VoucherDisplayName) => VOUCHER_DISPLAY[display],
  copyCode: '复制券码',
  copied: '券码已复制',
  copyFailed: '无法自动复制，请长按券码手动复制。',
  done: '完成',
  activate: '立即报名',
  activating: '正在报名…',
  enrolled: '报名成功',
  enrolledText: (card: string) => `使用${card}的合资格消费将开始累计返现。`,
  alreadyEnrolled: '您已报名此活动',
  alreadyEnrolledHint: '合资格消费会自动累计，无需再次报名。',
  cashbackHeading: '返现规则',
  cashbackRate: (rate: string) => `合资格消费返 ${rate}`,
  cashbackThreshold: (amount: string) => `累计消费满 ${amount} 后开始返现`,
  cashbackNoThreshold: '无最低消费要求',
  cashbackCap: (amount: string) => `最高返 ${amount}`,
  cashbackRegions: (regions: string) => `适用地区：${regions}`,
  cashbackAnyRegion: '适用地区：境外任意地区',
  cashbackCurrencies: (currencies: string) => `适用币种：${currencies}`,
  cashbackSettlement: (currency: string) => `返现以${currency}入账`,
  book: '提交预约',
  booking: '正在提交…',
  booked: '预约成功',
  confirmationCode: '确认码',
  reservationWhen: '时间',
  dateAndTime: (date: string, time: string) => `${date} ${time}`,
  takenTitle: '操作成功',
  requiredHint: '标 * 的为必填项',
  choose: '请选择',
  slotFull: (time: string) => `${time}（已满）`,
  unavailableDates: (dates: string) => `以下日期已约满：${dates}`,
  fieldRequired: '请填写此项',
  fieldChoose: '请选择一项',
  fieldDateRange: (min: string, max: string) => `请选择 ${min} 至 ${max} 之间的日期`,
  fieldDateUnavailable: '这一天已约满，请选择其他日期',
  fieldSlotUnavailable: '这个时段已满，请选择其他时段',
  fieldNotOption: '请从选项中选择',
  fieldNumberRange: (min: number, max: number, step: number) =>
    step > 1 ? `请输入 ${min} 至 ${max} 之间的数字，以 ${step} 递增` : `请输入 ${min} 至 ${max} 之间的数字`,
  fieldTooShort: (length: number) => `请至少输入 ${length} 个字符`,
  fieldTooLong: (length: number) => `最多可输入 ${length} 个字符`,
  fieldInvalid: '请检查此项',
  unsupportedFieldsTitle: '请通过合作方渠道预约',
  unsupportedFieldsHint: (partner: string, fields: string) => `预约需要填写“${fields}”，当前版本暂不支持，请通过${partner}的官方渠道预约。`,
  unsupportedOptionalField: (field: string) => `“${field}”可稍后通过合作方渠道补充。`,
  openPartner: (platform: string) => `进入${platform}`,
  opening: '正在打开…',
  failureTitle: (failure: FailureName) => FAILURES[failure][0],
  failureHint: (failure: FailureName) => FAILURES[failure][1],
  viewInWallet: '在我的权益中查看',
  share: '分享',
};

export type QuotaPeriodName = 'year' | 'month' | 'campaign' | 'lifetime' | 'unknown';

/** Why a card cannot take a benefit (the contract's open enum, `unknown` for reasons from a newer platform). */
export type IneligibilityName = 'card_product' | 'card_tier' | 'card_inactive' | 'region' | 'quota_exhausted' | 'already_enrolled' | 'unknown';

/** How a voucher's code is presented at the merchant. */
export type VoucherDisplayName = 'qr' | 'barcode' | 'text' | 'unknown';

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

const INELIGIBLE: Record<IneligibilityName, string> = {
  card_product: '这张卡不在活动范围内',
  card_tier: '需要更高等级的卡片',
  card_inactive: '这张卡暂不可用',
  region: '这张卡的发卡地区不适用',
  quota_exhausted: '本期次数已用完',
  already_enrolled: '已报名',
  unknown: '暂不符合条件',
};

const VOUCHER_DISPLAY: Record<VoucherDisplayName, string> = {
  qr: '使用时在“我的权益”中出示二维码，由商户扫码核销。',
  barcode: '使用时在“我的权益”中出示条形码，由商户扫码核销。',
  text: '使用时输入或告知以上券码。',
  unknown: '请按商户要求出示券码。',
};

// Each failure is a title and a next step: what happened, then what the cardholder can do about it.
const FAILURES: Record<FailureName, readonly [string, string]> = {
  quota_exhausted: ['这张卡本期次数已用完', '换一张卡试试，或等次数重置后再来。'],
  sold_out: ['已被领完', '本期名额已全部领完，请留意下次发放。'],
  benefit_expired: ['这项权益已结束', '去看看其他权益吧。'],
  not_eligible: ['这张卡不符合条件', '换一张卡试试，或联系发卡银行了解详情。'],
  already_claimed: ['您已领取或报名过', '可在“我的权益”中查看。'],
  validation_failed: ['请检查填写的内容', '按提示修改标出的项目后再提交。'],
  step_up_required: ['需要在银行 App 中确认', '本次确认未完成。请点击重试，并在银行 App 提示时完成验证。'],
  rate_limited: ['操作太频繁', '请稍等片刻再试。'],
  unauthorized: ['登录已过期', '请在银行 App 中重新登录后再试。'],
  network: ['网络连接中断', '请检查网络连接后重试，不会重复领取。'],
  internal: ['出了点问题', '请稍后重试；如仍未解决，请联系发卡银行。'],
  unsafe_link: ['无法打开这个链接', '链接未通过安全检查，已为您拦截。请稍后重试。'],
};

// Kept beside the sentences that use them: word order differs per language, so each catalog composes
// its own sentence rather than the element gluing fragments together.
export const periodPrefix = {
  zhCN: { year: '本年', month: '本月', campaign: '活动期内', lifetime: '', unknown: '' },
  zhHK: { year: '本年', month: '本月', campaign: '活動期內', lifetime: '', unknown: '' },
} satisfies Record<string, Record<QuotaPeriodName, string>>;

export type Messages = typeof zhCN;
