/**
 * The rights API contract: the schemas of every resource the platform sends, and the types inferred
 * from them. The client parses every response through these; the sandbox validates what it sends.
 */
export * from './primitives.js';
export * from './degrade.js';
export * from './rich-text.js';
export * from './category.js';
export * from './member.js';
export * from './form.js';
export * from './cashback.js';
export * from './parts.js';
export * from './kinds/index.js';
export * from './benefit.js';
export * from './wallet.js';
export * from './claim.js';
export * from './summary.js';
export * from './page.js';
export * from './problem.js';
export * from './endpoints.js';
