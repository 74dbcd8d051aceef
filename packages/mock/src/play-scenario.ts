// The faults a scenario plays instead of the platform's answer (see SCENARIOS in ./scenarios.ts).
import { delay, HttpResponse } from 'msw';
import { PlatformProblem } from './platform/problem.js';
import { problemResponse, withRequestId } from './respond.js';
import type { Scenario } from './scenarios.js';

export interface ScenarioPlayer {
  /** The scenario's answer instead of the platform's, if it has one; `slow` waits and then lets the platform answer. */
  play(scenario: Scenario | undefined, request: Request, url: URL): Promise<Response | undefined>;
  /** Forgets how often each request has failed under `flaky`. */
  reset(): void;
}

export function createScenarioPlayer(): ScenarioPlayer {
  const flakyCounts = new Map<string, number>();
  return {
    async play(scenario, request, url) {
      switch (scenario?.name) {
        case 'offline':
          return HttpResponse.error();
        case 'slow':
          await delay(scenario.argument ?? 3000);
          return undefined;
        case 'flaky': {
          const key = `${request.method} ${url.pathname}`;
          const failures = flakyCounts.get(key) ?? 0;
          if (failures >= (scenario.argument ?? 2)) return undefined;
          flakyCounts.set(key, failures + 1);
          return problemResponse(new PlatformProblem('internal', 'The platform is briefly unavailable.'), { status: 503, headers: { 'Retry-After': '1' } });
        }
        case 'error-500':
          return problemResponse(new PlatformProblem('internal', 'Something went wrong on the platform.'));
        case 'error-503':
          return problemResponse(new PlatformProblem('internal', 'The platform is unavailable.'), { status: 503, headers: { 'Retry-After': '1' } });
        case 'rate-limited':
          return problemResponse(new PlatformProblem('rate_limited', 'Too many requests.'), { headers: { 'Retry-After': String(scenario.argument ?? 2) } });
        case 'expired-token':
          return problemResponse(new PlatformProblem('unauthorized', 'The session has expired.'));
        case 'malformed-json':
          return withRequestId(new HttpResponse('{"items": [{"id": "lounge', { headers: { 'Content-Type': 'application/json' } }));
        case 'empty':
        case 'schema-violation':
        case 'step-up':
        case 'unknown-enums':
        case undefined:
          // These change the platform's answer rather than replace it (see ./api-routes.ts). Named one by
          // one, not left to a default, so switch-exhaustiveness-check names a new scenario.
          return undefined;
      }
    },
    reset: () => flakyCounts.clear(),
  };
}
