// Jade Bank's backend, as much of it as the demo needs: it signs the cardholder in to the rights
// platform by minting a session server to server with the bank's platform API key. The key stays on
// the server; the app only ever receives the short-lived session token.
import { randomUUID } from 'node:crypto';

const PLATFORM_API_KEY = 'sk_sandbox_jade';
const TENANT_ID = 'jade';
/** The sandbox's Jade Bank cardholders: the demo signs in the first unless the bank app signed in another. */
const MEMBERS = ['m-jade-001', 'm-jade-002'];
/** The bank app's own sign-in, as a cookie: which cardholder is using the app on this device. */
const SIGNED_IN = 'jade_bank_member';

/** @param {import('express').Request} request */
function signedIn(request) {
  const member = (request.get('Cookie') ?? '')
    .split(/;\s*/)
    .find((cookie) => cookie.startsWith(`${SIGNED_IN}=`))
    ?.slice(SIGNED_IN.length + 1);
  return member && MEMBERS.includes(member) ? member : MEMBERS[0];
}

/** @param {import('express').Express} app */
export function addBankBackend(app) {
  // Another cardholder signs in to the bank app on this phone: `POST /bank/sign-in?member=m-jade-002`.
  // The app does not sign the first one out of rights-kit, as a real app might forget to.
  app.post('/bank/sign-in', (request, response) => {
    const member = String(request.query.member ?? '');
    if (!MEMBERS.includes(member)) {
      response.status(404).json({ error: `No demo cardholder ${member}; try one of ${MEMBERS.join(', ')}.` });
      return;
    }
    response.cookie(SIGNED_IN, member, { httpOnly: true, sameSite: 'strict', path: '/' }).set('Cache-Control', 'no-store').status(204).end();
  });

  app.post('/bank/rights-session', async (request, response) => {
    // In this demo the platform (the sandbox) answers on the same server; in production this is the
    // platform's own URL, called from the bank's network.
    const platformUrl = `${request.protocol}://${request.get('host')}`;
    const answer = await fetch(`${platformUrl}/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': PLATFORM_API_KEY, 'Idempotency-Key': randomUUID(), 'Content-Type': 'application/json' },
      body: JSON.stringify({ tenantId: TENANT_ID, memberId: signedIn(request) }),
    });
    response.status(answer.status).type(answer.headers.get('Content-Type') ?? 'application/json').set('Cache-Control', 'no-store').send(await answer.text());
  });
}
