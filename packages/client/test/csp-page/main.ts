// A page that runs the client's main flow (list, detail, claim) so a test can prove it works under
// `Content-Security-Policy: script-src 'self'`: no eval, no inline script.
import { createRightsClient, isRightsError } from '@rights-kit/client';

const result = document.querySelector('output');
if (!result) throw new Error('The page has no <output> to report to');

// The sandbox's demo member session; in a bank app the bank's backend mints the session.
const client = createRightsClient({ baseUrl: location.origin, getToken: async () => 'sbx_demo_m-jade-001', locale: 'en' });

try {
  const page = await client.benefits.list({ category: 'travel' });
  const detail = await client.benefits.get('lounge-last-visit');
  const { walletItem } = await client.benefits.claim('lounge-last-visit', { cardId: 'card-jade-001-a' });
  const wallet = await client.wallet.list();
  result.textContent = JSON.stringify({
    listed: page.items.length,
    detailKind: detail.kind,
    claimedKind: walletItem.kind,
    walletIds: wallet.items.map((item) => item.id),
    claimedId: walletItem.id,
  });
  result.dataset.state = 'done';
} catch (error) {
  result.textContent = isRightsError(error) ? error.code : String(error);
  result.dataset.state = 'failed';
}
