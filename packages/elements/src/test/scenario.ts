// A sandbox client for tests and stories that play one of the sandbox's scenarios on every request.
import { createRightsClient, type RightsClient } from '@rights-kit/client';
import { demoToken, SCENARIO_HEADER } from '@rights-kit/mock';

/** A client for the demo member whose every request asks the sandbox to play `scenario` (see SCENARIOS in @rights-kit/mock). */
export function scenarioClient(scenario: string): RightsClient {
  return createRightsClient({
    baseUrl: '',
    getToken: async () => demoToken(),
    fetch: (input, init) => fetch(input, { ...init, headers: { ...(init?.headers as Record<string, string>), [SCENARIO_HEADER]: scenario } }),
  });
}
