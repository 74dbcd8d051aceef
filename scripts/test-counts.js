// Prints "N passed, N failed" from a vitest JSON report: the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'reports/vitest.json';
if (!existsSync(file)) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${file}: the test run did not finish.`);
  process.exit(1);
}
const report = JSON.parse(readFileSync(file, 'utf8'));
console.log(`${report.numPassedTests} passed, ${report.numFailedTests} failed`);
