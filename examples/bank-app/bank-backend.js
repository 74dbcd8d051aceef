// Jade Bank's backend, as much of it as the demo needs: its own sign-in (a cookie naming the cardholder
// using the app on this device), and @rights-kit/server minting that cardholder's rights session server
// to server with the bank's platform API key. The key stays on the server; the app only ever receives the
// short-lived session token. The same server also proxies the rights API at `/rights-api`.
import { createRightsHandler } from '@rights-kit/server';
import { rightsMiddleware } from '@rights-kit/server/express';

const PLATFORM_API_KEY = 'sk_sandbox_jade';
const TENANT_ID = 'jade';
/** The sandbox's Jade Bank cardholders: the demo signs in the first unless the bank app signed in another. */
const MEMBERS = ['m-jade-001', 'm-jade-002'];
/** The bank app's own sign-in, as a cookie: which cardholder is using the app on this device. */
const SIGNED_IN = 'jade_bank_member';

/** @type {import('@rights-kit/server').Authenticate} */
function signedIn(request) {
  const member = (request.headers.get('cookie') ?? '')
    .split(/;\s*/)
    .find((cookie) => cookie.startsWith(`${SIGNED_IN}=`))
    ?.slice(SIGNED_IN.length + 1);
  return { memberId: member && MEMBERS.includes(member) ? member : /** @type {string} */ (MEMBERS[0]) };
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

  // In this demo the platform (the sandbox) answers on this same server, whose address is known once a
  // request arrives on it; in production `platformUrl` is the platform's own URL, called from the bank's
  // network.
  /** @type {import('express').RequestHandler | undefined} */
  let rights;
  app.use((request, response, next) => {
    if (!rights) {
      const { localAddress = '127.0.0.1', localPort } = request.socket;
      const host = localAddress.includes(':') ? `[${localAddress}]` : localAddress;
      const handler = createRightsHandler({
        platformUrl: `http://${host}:${localPort}`,
        apiKey: PLATFORM_API_KEY,
        tenantId: TENANT_ID,
        authenticate: signedIn,
        sessionPath: '/bank/rights-session',
        log: () => {},
      });
      rights = rightsMiddleware(handler);
    }
    rights(request, response, next);
  });
}
