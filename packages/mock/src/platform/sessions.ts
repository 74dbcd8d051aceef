// Sessions: the bank's backend mints a short-lived token for its signed-in cardholder (server to server,
// with the bank's platform API key); every other request carries it as a bearer token.
import { sessionRequest, type Session } from '@rights-kit/contract';
import { DEMO_MEMBER_ID } from '../fixtures/tenants.js';
import { cstInstant } from './clock.js';
import type { Directory } from './directory.js';
import { refuse } from './problem.js';
import { randomCode } from './random-code.js';
import type { PlatformState } from './state.js';

/** Minted sessions last this long on the sandbox clock, like the platform's. */
export const SESSION_TTL_MS = 30 * 60_000;

const DEMO_TOKEN_PREFIX = 'sbx_demo_';

/** A session token that never expires, for a seeded member: what stories, tests and the demo sign in with. */
export const demoToken = (memberId = DEMO_MEMBER_ID) => `${DEMO_TOKEN_PREFIX}${memberId}`;

export function createSessions(state: PlatformState, directory: Directory) {
  function mintSession(apiKey: string | null, body: unknown): Session {
    const request = sessionRequest.safeParse(body);
    if (!request.success) return refuse('validation_failed', 'tenantId and memberId are required.');
    const tenant = directory.findTenant(request.data.tenantId);
    if (!tenant || apiKey !== tenant.apiKey) return refuse('unauthorized', 'The platform API key does not match the tenant.');
    const member = directory.findMember(request.data.memberId);
    if (!member || member.tenantId !== tenant.id) return refuse('not_found', 'No such member at this bank.');
    const token = `sbx_${randomCode(32)}`;
    const expiresAt = state.clock.now().getTime() + SESSION_TTL_MS;
    state.sessions.set(token, { memberId: member.id, expiresAt });
    return { token, expiresAt: cstInstant(new Date(expiresAt)) };
  }

  /** The member a bearer token belongs to, or an `unauthorized` problem (missing, unknown or expired). */
  function authenticate(authorization: string | null): string {
    const token = /^Bearer (\S+)$/.exec(authorization ?? '')?.[1];
    if (!token) return refuse('unauthorized', 'A session token is required.');
    const demoMember = token.startsWith(DEMO_TOKEN_PREFIX) ? token.slice(DEMO_TOKEN_PREFIX.length) : undefined;
    if (demoMember && directory.findMember(demoMember)) return demoMember;
    const session = state.sessions.get(token);
    if (!session) return refuse('unauthorized', 'The session token is not valid.');
    if (state.clock.now().getTime() >= session.expiresAt) return refuse('unauthorized', 'The session has expired.');
    return session.memberId;
  }

  return { mintSession, authenticate };
}
