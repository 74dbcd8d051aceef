// The demo bank app: its own shell around rights-kit, with the state (locale, theme, open benefit) in
// the URL so any screen can be linked: `?locale=en&theme=dark&benefit=lounge-domestic`.
import '@rights-kit/elements/define/all';
import type { RightsLocale } from '@rights-kit/client';
import type { RightsTheme } from '@rights-kit/elements';
import { BANK_NAME, SHELL_TEXTS } from './shell-texts.js';

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
const languageSelect = required(document.querySelector<HTMLSelectElement>('#language'), 'language picker');
const catalog = required(document.querySelector('rights-catalog'), '<rights-catalog>');
const backButton = required(document.querySelector<HTMLButtonElement>('#back'), 'back button');

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

/**
 * The bank's own router, as far as the demo needs one: the catalogue, or one benefit. The SDK asks to
 * navigate with `rights-navigate`; the bank decides how (here: history entries, so its back button and
 * the system back gesture work).
 */
function showBenefit(benefitId: string | null) {
  provider.querySelector('rights-benefit-detail')?.remove();
  catalog.hidden = benefitId !== null;
  backButton.hidden = benefitId === null;
  if (benefitId !== null) {
    const detail = document.createElement('rights-benefit-detail');
    detail.benefitId = benefitId;
    detail.headingLevel = 2;
    provider.append(detail);
    window.scrollTo(0, 0);
    backButton.focus();
  }
}

provider.addEventListener('rights-navigate', (event) => {
  if (event.defaultPrevented || event.detail.view !== 'benefit') return;
  const { benefitId } = event.detail;
  params.set('benefit', benefitId);
  history.pushState({ benefit: benefitId }, '', `?${params}`);
  showBenefit(benefitId);
});

backButton.addEventListener('click', () => {
  if (history.state?.benefit) history.back();
  else {
    params.delete('benefit');
    history.replaceState(null, '', `?${params}`);
    showBenefit(null);
  }
});

window.addEventListener('popstate', () => {
  const benefit = new URLSearchParams(location.search).get('benefit');
  if (benefit) params.set('benefit', benefit);
  else params.delete('benefit');
  showBenefit(benefit);
});

languageSelect.addEventListener('change', () => {
  const locale = pick(languageSelect.value, LOCALES, 'zh-CN');
  params.set('locale', locale);
  history.replaceState(null, '', `?${params}`);
  applyLocale(locale);
});

applyLocale(pick(params.get('locale'), LOCALES, 'zh-CN'));
applyTheme(pick(params.get('theme'), THEMES, 'light'));
showBenefit(params.get('benefit'));
