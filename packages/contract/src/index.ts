/**
 * The rights API contract: the schemas of every resource the platform sends, and the types inferred
 * from them. The client parses every response through these; the sandbox validates what it sends.
 */
export * from './primitives.js';
export * from './benefit.js';
export * from './page.js';
export * from './problem.js';
