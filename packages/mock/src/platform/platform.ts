// The sandbox platform: the rules of the real rights platform over seed data and in-memory state.
// Framework-free: operations take plain values and return contract objects or throw a PlatformProblem;
// the msw handlers translate HTTP in and out. Each concern is its own module over one state; what
// varies by the kind of a benefit is in ./kinds.
import { HEADERS } from '@rights-kit/contract';
import { SEED_BENEFITS } from '../fixtures/benefits/index.js';
import type { SeedBenefit } from '../fixtures/types.js';
import { createClaims } from './claims.js';
import { createClock, type SandboxClock } from './clock.js';
import { createDirectory } from './directory.js';
import { createEligibility } from './eligibility.js';
import { kindOf } from './kinds/index.js';
import { createReads } from './reads.js';
import { createSessions } from './sessions.js';
import { createState, resetState } from './state.js';
import { createValue } from './value.js';
import { createWallet } from './wallet.js';

export { LAUNCH_TTL_MS } from './claims.js';
export type { RequestContext } from './render.js';
export { demoToken, SESSION_TTL_MS } from './sessions.js';

/** The header carrying the host's step-up proof (biometric or PIN in the bank app). */
export const STEP_UP_HEADER = HEADERS.stepUpProof;

export type Platform = ReturnType<typeof createPlatform>;

export interface PlatformOptions {
  /** The clock to run on; a new real-time clock by default. */
  clock?: SandboxClock;
  /**
   * The platform's whole catalogue, across banks, in list order: the seed by default, or a grown one
   * (see growCatalog). Every read, claim and count uses this list and nothing else.
   */
  benefits?: readonly SeedBenefit[];
}

/** @throws Error if a benefit is of a kind the sandbox has no rules for. */
export function createPlatform({ clock = createClock(), benefits = SEED_BENEFITS }: PlatformOptions = {}) {
  // Each benefit is taken by its kind's rules: found now, a benefit without them stops the sandbox at start.
  for (const benefit of benefits) kindOf(benefit);
  const state = createState(clock, benefits);
  const directory = createDirectory(benefits);
  const eligibility = createEligibility(state, directory);
  const wallet = createWallet(state, directory);

  return {
    clock,
    reset: () => resetState(state),
    findBenefit: directory.findBenefit,
    ...createSessions(state, directory),
    ...createReads(state, directory, eligibility),
    ...createClaims(state, directory, eligibility, wallet),
    listWallet: wallet.listWallet,
    getWalletItem: wallet.getWalletItem,
    useVoucher: wallet.useVoucher,
    ...createValue(state, directory),
  };
}
