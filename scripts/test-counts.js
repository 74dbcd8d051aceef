// Prints "N passed, N failed" from vitest JSON reports, summed: the one closing line CI reads. Each
// failed test is named first (file and full title), so a red run says which test without the full log.
import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['reports/vitest.json'];
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${missing.join(', ')}: the test run did not finish.`);
  process.exit(1);
}
const reports = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
for (const report of reports) {
  for (const suite of report.testResults ?? []) {
    for (const test of suite.assertionResults ?? []) {
      if (test.status !== 'failed') continue;
      const firstLine = String(test.failureMessages?.[0] ?? '').split('\n')[0];
      console.log(`failed: ${relative(process.cwd(), suite.name)} > ${test.fullName}\n  ${firstLine}`);
    }
    if (suite.status === 'failed' && (suite.assertionResults ?? []).length === 0) {
      console.log(`failed: ${relative(process.cwd(), suite.name)}\n  ${String(suite.message ?? '').split('\n')[0]}`);
    }
  }
}
const sum = (/** @type {string} */ key) => reports.reduce((total, report) => total + report[key], 0);
console.log(`${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed`);
