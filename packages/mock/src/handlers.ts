import type { HttpHandler } from 'msw';
import { apiRoutes } from './api-routes.js';
import { growCatalog } from './fixtures/benefits/grow.js';
import { SEED_BENEFITS } from './fixtures/benefits/index.js';
import { createScenarioPlayer } from './play-scenario.js';
import { createClock, type SandboxClock } from './platform/clock.js';
import { createPlatform, type Platform } from './platform/platform.js';
import { sandboxRoutes } from './sandbox-routes.js';
import { parseScenario, SCENARIO_HEADER } from './scenarios.js';

export interface SandboxOptions {
  /**
   * The origin and path prefix the API is served under, e.g. `https://rights.test`. Empty (the default)
   * serves it relative to the page or server it runs in.
   *
   * @default ''
   */
  baseUrl?: string;
  /** A scenario for every request until cleared, e.g. `'flaky:2'`; see SCENARIOS. */
  scenario?: string;
  /** The clock to run on; a new real-time clock by default. */
  clock?: SandboxClock;
  /**
   * Grows the catalogue to this many benefits by adding numbered copies of the seed benefits, for
   * long-list and performance testing: `lounge-domestic_2` ("… 2" in every language) and so on, each
   * with its own stock, quota and claims. The number counts the whole catalogue, across banks; a member
   * sees the copies of the seed benefits their bank offers (the demo member sees 63 of the 66 seed
   * benefits, so 955 of 1,000). A whole number up to 100,000; at or below the seed's size it changes
   * nothing.
   *
   * @default the seed alone
   */
  catalogSize?: number;
}

export interface Sandbox {
  /** msw request handlers answering the rights API and the sandbox's own endpoints. */
  readonly handlers: HttpHandler[];
  readonly platform: Platform;
  readonly clock: SandboxClock;
  /** Plays `scenario` (`name[:argument]`) for every request until `useScenario(undefined)`. */
  useScenario(scenario: string | undefined): void;
  /** Back to the seed state: no sessions, claims or scenarios; the clock back to real time. */
  reset(): void;
}

/** A stateful sandbox of the rights platform: its handlers, its state and its clock. */
export function createSandbox({ baseUrl = '', scenario: initialScenario, clock = createClock(), catalogSize }: SandboxOptions = {}): Sandbox {
  const base = baseUrl.replace(/\/+$/, '');
  const benefits = catalogSize === undefined ? SEED_BENEFITS : growCatalog(SEED_BENEFITS, catalogSize);
  const platform = createPlatform({ clock, benefits });
  const player = createScenarioPlayer();
  let standingScenario = initialScenario;

  function reset() {
    platform.reset();
    clock.reset();
    player.reset();
    standingScenario = initialScenario;
  }

  const handlers: HttpHandler[] = [
    ...apiRoutes({ base, platform, clock, player, scenarioOf: (request) => parseScenario(request.headers.get(SCENARIO_HEADER) ?? standingScenario) }),
    ...sandboxRoutes({ base, platform, clock, reset }),
  ];

  return {
    handlers,
    platform,
    clock,
    useScenario(scenario) {
      standingScenario = scenario;
      player.reset();
    },
    reset,
  };
}

/** The sandbox's request handlers over a fresh state, for msw in Node or the browser, or the sandbox server. */
export function createHandlers(options: SandboxOptions = {}): HttpHandler[] {
  return createSandbox(options).handlers;
}
