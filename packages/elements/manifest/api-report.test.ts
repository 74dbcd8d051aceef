// The elements' API report is what custom-elements.json renders to, so a change to an element's public
// API cannot reach main without the report showing it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { manifestReport } from './api-report.js';
import { analyse, API_REPORT, elementsOf } from './generate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

describe("the elements' API report", () => {
  let manifest: Awaited<ReturnType<typeof analyse>>;
  beforeAll(async () => {
    manifest = await analyse();
  }, 30_000);

  it('holds what custom-elements.json says (run `npm run api-docs` after changing an element)', () => {
    expect(readFileSync(`${ROOT}${API_REPORT}`, 'utf8')).toBe(manifestReport(manifest));
  });

  it('shows a renamed attribute, a retyped property and a dropped event as changed lines', () => {
    const walletLines = (report: string) =>
      report
        .split('\n\n')
        .find((block) => block.includes('<rights-wallet>'))!
        .split('\n');
    const changed = structuredClone(manifest);
    const wallet = elementsOf(changed).find((element) => element.tagName === 'rights-wallet')!;
    const [dropped] = wallet.events!;
    wallet.attributes![0]!.name = 'filter';
    const field = wallet.members!.find((member) => member.name === 'status')!;
    if (field.kind === 'field') field.type = { text: 'string' };
    wallet.events = wallet.events!.slice(1);
    const [before, after] = [walletLines(manifestReport(manifest)), walletLines(manifestReport(changed))];
    expect(before.filter((line) => !after.includes(line))).toEqual([
      "  status → status: RightsWalletFilter = 'active'",
      "  status: RightsWalletFilter = 'active'",
      `  ${dropped!.name}: ${dropped!.type!.text}${dropped!.cancelable ? ' (cancelable)' : ''}`,
    ]);
    expect(after.filter((line) => !before.includes(line))).toEqual(["  filter → status: RightsWalletFilter = 'active'", "  status: string = 'active'"]);
  });
});
