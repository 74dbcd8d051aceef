import type { SandboxLocale } from './locale.js';
import type { LaunchTicket } from './platform/state.js';

const TEXT = {
  'zh-CN': { welcome: '欢迎来到', expired: '链接已失效', expiredHint: '入口链接只能使用一次，且 5 分钟内有效。请返回银行 App 重新进入。', sandbox: '沙箱合作平台' },
  'zh-HK': { welcome: '歡迎來到', expired: '連結已失效', expiredHint: '入口連結只可使用一次，並於 5 分鐘內有效。請返回銀行 App 重新進入。', sandbox: '沙盒合作平台' },
  en: { welcome: 'Welcome to', expired: 'This link has expired', expiredHint: 'Entry links work once, for 5 minutes. Go back to your bank app and open it again.', sandbox: 'Sandbox partner platform' },
} satisfies Record<SandboxLocale, Record<string, string>>;

const escape = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);

/**
 * The partner platform a signed entry link opens (none for a link used or expired): in the sandbox a
 * single page standing in for the pet, family or culture platform, so the whole launch flow can be
 * followed in an app.
 */
export function partnerPage(landing: LaunchTicket['landing'] | undefined, locale: SandboxLocale): { status: number; html: string } {
  const text = TEXT[locale];
  const [title, body, status] = landing ? [`${text.welcome} ${landing.name[locale]}`, landing.description[locale], 200] : [text.expired, text.expiredHint, 410];
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>${escape(title)}</title><style>body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1.25rem;line-height:1.5;color:#1b1c20}small{color:#53565f}</style></head>
<body><small>${escape(text.sandbox)}</small><h1>${escape(title)}</h1><p>${escape(body)}</p></body></html>`;
  return { status, html };
}
