// The demo bank app: its own shell around rights-kit's one-tag hub, with the state worth linking in the
// URL: `?locale=en&theme=dark&benefit=lounge-domestic` opens that benefit in English, dark.
import '@rights-kit/elements/define/provider';
// The hub loads the elements each tab and screen needs when first shown.
import '@rights-kit/elements/define/hub';
import type { RightsLocale } from '@rights-kit/client';
import type { RightsTheme } from '@rights-kit/elements';
import { BANK_NAME, SHELL_TEXTS } from './shell-texts.js';

// The Trusted Types API, as far as this app uses it (TypeScript's DOM types do not declare it yet).
declare global {
  interface Window {
    trustedTypes?: { createPolicy(name: string, rules: { createScriptURL(url: string): string }): { createScriptURL(url: string): unknown } };
  }
}

const LOCALES: readonly RightsLocale[] = ['zh-CN', 'zh-HK', 'en'];
const THEMES: readonly RightsTheme[] = ['light', 'dark', 'auto'];

const params = new URLSearchParams(location.search);
const pick = <T extends string>(value: string | null, allowed: readonly T[], fallback: T): T =>
  allowed.includes(value as T) ? (value as T) : fallback;

function required<T extends Element>(found: T | null, what: string): T {
  if (!found) throw new Error(`The bank app page is missing its ${what}.`);
  return found;
}
const provider = required(document.querySelector('rights-provider'), '<rights-provider>');
const hub = required(document.querySelector('rights-hub'), '<rights-hub>');
const languageSelect = required(document.querySelector<HTMLSelectElement>('#language'), 'language picker');
const appBar = required(document.querySelector<HTMLElement>('.app-bar'), 'app bar');

// The hub's tabs stick just below the app bar, which grows with the phone's text size (its picker takes a
// second row at large sizes): follow its real height. A style property set from script is allowed under
// the page's `style-src 'self'`, unlike a style attribute.
new ResizeObserver(() => provider.style.setProperty('--rights-hub-sticky-top', `${appBar.offsetHeight}px`)).observe(appBar);

// The bank's backend mints the rights session for its signed-in cardholder (see bank-backend.js); the
// SDK asks for it lazily and again whenever the platform says it has expired.
provider.getToken = async () => {
  const response = await fetch('/bank/rights-session', { method: 'POST' });
  if (!response.ok) throw new Error(`The bank could not start a rights session (${response.status}).`);
  const { token } = (await response.json()) as { token: string };
  return token;
};

function applyLocale(locale: RightsLocale) {
  const texts = SHELL_TEXTS[locale];
  document.documentElement.lang = locale;
  document.title = `${BANK_NAME[locale]} · ${texts.title}`;
  for (const element of document.querySelectorAll<HTMLElement>('[data-text]')) element.textContent = texts[element.dataset.text ?? ''] ?? '';
  for (const element of document.querySelectorAll<HTMLElement>('[data-label]')) element.setAttribute('aria-label', texts[element.dataset.label ?? ''] ?? '');
  languageSelect.value = locale;
  provider.locale = locale;
}

function applyTheme(theme: RightsTheme) {
  provider.theme = theme;
  const dark = theme === 'dark' || (theme === 'auto' && matchMedia('(prefers-color-scheme: dark)').matches);
  document.documentElement.dataset.theme = dark ? 'dark' : 'light';
}

languageSelect.addEventListener('change', () => {
  const locale = pick(languageSelect.value, LOCALES, 'zh-CN');
  params.set('locale', locale);
  history.replaceState(history.state, '', `?${params}`);
  applyLocale(locale);
});

applyLocale(pick(params.get('locale'), LOCALES, 'zh-CN'));
applyTheme(pick(params.get('theme'), THEMES, 'light'));
// A linked benefit opens on arrival; after that the hub's own history entries say where the cardholder is.
const linked = params.get('benefit');
if (linked && !history.state?.rightsHub) hub.benefitId = linked;

// The bank's app shell works offline (see public/sw.js): with `offline-vouchers` on the provider, a voucher
// opened once can still be shown at a counter with no signal, even after a reload.
// Under the page's Trusted Types policy a worker's URL has to come from a named policy: this one allows the
// app's own worker and nothing else.
if ('serviceWorker' in navigator) {
  const policy = window.trustedTypes?.createPolicy('bank-app', {
    createScriptURL: (url) => {
      if (url !== '/sw.js') throw new TypeError(`Not a script this app loads: ${url}`);
      return url;
    },
  });
  void navigator.serviceWorker.register((policy?.createScriptURL('/sw.js') ?? '/sw.js') as string);
}
