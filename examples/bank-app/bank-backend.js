// Jade Bank's backend, as much of it as the demo needs: it signs the cardholder in to the rights
// platform by minting a session server to server with the bank's platform API key. The key stays on
// the server; the app only ever receives the short-lived session token.
import { randomUUID } from 'node:crypto';

const PLATFORM_API_KEY = 'sk_sandbox_jade';
const DEMO_MEMBER = { tenantId: 'jade', memberId: 'm-jade-001' };

/** @param {import('express').Express} app */
export function addBankBackend(app) {
  app.post('/bank/rights-session', async (request, response) => {
    // In this demo the platform (the sandbox) answers on the same server; in production this is the
    // platform's own URL, called from the bank's network.
    const platformUrl = `${request.protocol}://${request.get('host')}`;
    const answer = await fetch(`${platformUrl}/v1/sessions`, {
      method: 'POST',
      headers: { 'X-Api-Key': PLATFORM_API_KEY, 'Idempotency-Key': randomUUID(), 'Content-Type': 'application/json' },
      body: JSON.stringify(DEMO_MEMBER),
    });
    response.status(answer.status).type(answer.headers.get('Content-Type') ?? 'application/json').set('Cache-Control', 'no-store').send(await answer.text());
  });
}
