/**
 * The rights platform sandbox: realistic bilingual seed data and a stateful platform answering the
 * rights API as the real one does, with switchable faults. Development only; never bundled into the SDK.
 */
export { createHandlers, createSandbox, type Sandbox, type SandboxOptions } from './handlers.js';
export { SCENARIOS, SCENARIO_HEADER, parseScenario, type ScenarioName } from './scenarios.js';
export { createPlatform, demoToken, STEP_UP_HEADER, SESSION_TTL_MS, LAUNCH_TTL_MS, type Platform, type PlatformOptions } from './platform/platform.js';
export { createClock, type SandboxClock } from './platform/clock.js';
export { SEED_BENEFITS } from './fixtures/benefits/index.js';
export { growCatalog, MAX_CATALOG_SIZE } from './fixtures/benefits/grow.js';
export { SEED_MEMBERS, SEED_TENANTS } from './fixtures/tenants.js';
export type { SeedBenefit, SeedMember, SeedTenant } from './fixtures/types.js';
export { negotiateLocale, SANDBOX_LOCALES, type Localized, type SandboxLocale } from './locale.js';

export { sampleBenefit } from './sample.js';
