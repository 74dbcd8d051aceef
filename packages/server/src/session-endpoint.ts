// `POST <sessionPath>`: the app's `getToken()` calls this. It answers the signed-in cardholder's rights
// session, `{ token, expiresAt }`, never cached by anyone; 401 when the bank has nobody signed in.
import type { Session } from '@rights-kit/contract';
import type { Authenticate } from './options.js';
import { PlatformSessionError } from './session-minter.js';
import { jsonResponse, problemResponse, type RightsLog } from './problem.js';

export function createSessionEndpoint({ authenticate, session, log }: { authenticate: Authenticate; session: (memberId: string) => Promise<Session>; log: RightsLog }) {
  return async function answerSessionRequest(request: Request): Promise<Response> {
    if (request.method !== 'POST') {
      return problemResponse({ status: 405, code: 'validation_failed', title: 'Method not allowed', headers: { Allow: 'POST' } });
    }
    // Browsers say where a request came from; a page on another site must not obtain a token with the
    // cardholder's cookie (a SameSite=Strict cookie stops that too, but not every bank's authentication
    // is a cookie). Native apps send no such header.
    const site = request.headers.get('sec-fetch-site');
    if (site !== null && site !== 'same-origin') {
      return problemResponse({ status: 403, code: 'unauthorized', title: 'Cross-site request', detail: 'Rights sessions are only handed to the bank’s own pages.' });
    }
    const customer = await authenticate(request);
    if (!customer) {
      return problemResponse({ status: 401, code: 'unauthorized', title: 'Not signed in', detail: 'Sign in to the bank before opening your benefits.' });
    }
    try {
      const { token, expiresAt } = await session(customer.memberId);
      return jsonResponse(200, { token, expiresAt }, { Pragma: 'no-cache' });
    } catch (error) {
      if (!(error instanceof PlatformSessionError)) throw error;
      log(`rights session not minted: ${error.message}`);
      return problemResponse({
        status: error.reason === 'timeout' ? 504 : 502,
        code: 'internal',
        title: 'Benefits are unavailable',
        detail: 'The bank could not start a benefits session. Try again shortly.',
      });
    }
  };
}
