// @rights-kit/server: the bank backend's side of rights-kit. Mints the signed-in cardholder's session with
// the bank's platform API key, and proxies the rights API under the bank's own domain, as one standard
// Request → Response handler. Adapters: `@rights-kit/server/node`, `/express`, `/fastify`.
export { createRightsHandler, type RightsHandler } from './handler.js';
export type { Authenticate, BankCustomer, RightsHandlerOptions } from './options.js';
export type { RightsLog } from './problem.js';
export { PlatformSessionError, type PlatformSessionFailure } from './session-minter.js';
export { FORWARDED_REQUEST_HEADERS, RETURNED_RESPONSE_HEADERS } from './proxy-headers.js';
