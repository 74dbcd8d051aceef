// The page's script. No inline code: the bank's Content-Security-Policy allows scripts from its own origin only.
const provider = document.querySelector('rights-provider');
// The bank's backend mints the cardholder's rights session server to server; the SDK asks for it when it needs it.
if (provider) provider.getToken = () => fetch('/bank/rights-session', { method: 'POST' }).then((response) => response.json()).then((session) => session.token);
// A card was opened: show that benefit on top, where Close (or the back gesture) returns to the catalogue.
document.querySelector('rights-catalog')?.addEventListener('rights-navigate', ({ detail: to }) => {
  if (to.view === 'benefit') document.querySelector('rights-benefit-detail')?.setAttribute('benefit-id', to.benefitId);
  // A modal where the WebView has showModal (Safari 15.4 and later); before that, the dialog opens in place.
  for (const dialog of document.querySelectorAll('dialog')) if (dialog.showModal) dialog.showModal(); else dialog.setAttribute('open', '');
});
