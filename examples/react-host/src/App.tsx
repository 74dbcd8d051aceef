// Jade Bank's web app, written in React: its own header and language picker, the rights hub as its
// benefits page, and its own toast when a benefit is claimed. The elements get typed properties and
// events straight from JSX (@rights-kit/elements/react, imported in main.tsx); nothing is wrapped.
import type { RightsLocale } from '@rights-kit/client';
import { RightsNavigateEvent, type Messages, type RightsClaimedDetail, type RightsHub } from '@rights-kit/elements';
import { useEffect, useRef, useState, type ChangeEvent } from 'react';
import { HOST_TEXTS, LOCALES, LOCALE_NAMES, isLocale } from './texts.js';

/**
 * The cardholder's rights session, minted by the bank's backend server to server (see
 * examples/bank-app/bank-backend.js). Declared once, outside any component: the provider builds its client
 * around this function, and a new function on every render would start a new session each time.
 */
async function fetchRightsSession(): Promise<string> {
  const response = await fetch('/bank/rights-session', { method: 'POST' });
  if (!response.ok) throw new Error(`The bank could not start a rights session (${response.status}).`);
  const { token } = (await response.json()) as { token: string };
  return token;
}

/** The bank's own words for the hub's tabs, per language; the provider takes them as `messages`. */
const BANK_WORDS: Record<RightsLocale, Partial<Messages>> = {
  'zh-CN': { hubTab: (tab) => ({ catalog: '翡翠礼遇', wallet: '我的礼遇', cashback: '跨境返现', summary: '权益价值' })[tab] },
  'zh-HK': { hubTab: (tab) => ({ catalog: '翡翠禮遇', wallet: '我的禮遇', cashback: '跨境回贈', summary: '權益價值' })[tab] },
  en: { hubTab: (tab) => ({ catalog: 'Jade perks', wallet: 'My perks', cashback: 'Cashback', summary: 'Value' })[tab] },
};

function initialLocale(): RightsLocale {
  const requested = new URLSearchParams(location.search).get('locale');
  return isLocale(requested) ? requested : 'en';
}

export function App() {
  const [locale, setLocale] = useState(initialLocale);
  const [claimed, setClaimed] = useState<RightsClaimedDetail>();
  const hub = useRef<RightsHub>(null);
  const texts = HOST_TEXTS[locale];

  useEffect(() => {
    document.documentElement.lang = locale;
    document.title = texts.documentTitle;
  }, [locale, texts]);

  function changeLocale(event: ChangeEvent<HTMLSelectElement>) {
    if (isLocale(event.target.value)) setLocale(event.target.value);
  }

  function showClaimed(walletItemId: string) {
    // The hub follows `rights-navigate` wherever it starts: the host asks it the way its own elements do.
    hub.current?.dispatchEvent(new RightsNavigateEvent({ view: 'wallet-item', walletItemId }));
    setClaimed(undefined);
  }

  return (
    <div className="app">
      <header className="app-bar">
        <span className="bank-mark" aria-hidden="true">
          翠
        </span>
        <h1 className="app-title">{texts.title}</h1>
        <label className="language">
          <span className="visually-hidden">{texts.language}</span>
          <select value={locale} onChange={changeLocale}>
            {LOCALES.map((option) => (
              <option key={option} value={option}>
                {LOCALE_NAMES[option]}
              </option>
            ))}
          </select>
        </label>
      </header>

      <main className="content">
        <rights-provider baseUrl="" locale={locale} getToken={fetchRightsSession} messages={BANK_WORDS[locale]} className="bank-brand">
          <rights-hub ref={hub} onrights-claimed={(event) => setClaimed(event.detail)} />
        </rights-provider>
      </main>

      <div className="toast-region" role="status">
        {claimed && (
          <div className="toast">
            <p>{texts.claimed[claimed.kind]}</p>
            <button type="button" onClick={() => showClaimed(claimed.walletItemId)}>
              {texts.show}
            </button>
            <button type="button" className="quiet" onClick={() => setClaimed(undefined)}>
              {texts.dismiss}
            </button>
          </div>
        )}
      </div>
    </div>
  );
}
