// The rights page a bank's native app opens in its WebView. Inside the app it connects to the app's
// bridge (PROTOCOL.md): the session token, partner links, the back button and the display settings come
// from the app. Opened in a plain browser it signs in to the demo bank itself, so it still works there.
import '@rights-kit/elements/define/provider';
import '@rights-kit/elements/define/hub';
import type { RightsLocale } from '@rights-kit/client';
import { connectWebView } from '@rights-kit/webview';

const LOCALES: readonly RightsLocale[] = ['zh-CN', 'zh-HK', 'en'];

const provider = document.querySelector('rights-provider');
if (!provider) throw new Error('The rights page is missing its <rights-provider>.');

const requested = new URLSearchParams(location.search).get('locale');
const locale = LOCALES.find((candidate) => candidate === requested) ?? 'zh-CN';
provider.locale = locale;
document.documentElement.lang = locale;

/** Outside an app: the bank's own sign-in (the example backend's demo customer), then its session endpoint. */
async function browserToken(): Promise<string> {
  let response = await fetch('/bank/rights-session', { method: 'POST' });
  if (response.status === 401) {
    await fetch('/bank/sign-in', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ username: 'li.hua' }) });
    response = await fetch('/bank/rights-session', { method: 'POST' });
  }
  if (!response.ok) throw new Error(`The bank could not start a rights session (${response.status}).`);
  return ((await response.json()) as { token: string }).token;
}

// The bank lists the origins its rights page is served from. This example is served by the example
// backend on whatever local port it was given, so its own origin is the one.
const connection = await connectWebView({
  allowedOrigins: [location.origin],
  onProblem: (problem) => console.warn(`rights-kit WebView: ${problem.code}: ${problem.message}`),
});

if (connection) {
  provider.getToken = connection.getToken ?? browserToken;
  provider.bridge = connection.bridge;
  connection.applySettings();
  document.documentElement.dataset.host = connection.platform;
} else {
  provider.getToken = browserToken;
  document.documentElement.dataset.host = 'browser';
}

// The hub goes in once the provider has its token source, so its first requests already carry a session.
provider.append(document.createElement('rights-hub'));
