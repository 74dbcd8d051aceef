// Prints "N passed, N failed" from vitest JSON reports, summed: the one closing line CI reads.
import { existsSync, readFileSync } from 'node:fs';

const files = process.argv.length > 2 ? process.argv.slice(2) : ['reports/vitest.json'];
const missing = files.filter((file) => !existsSync(file));
if (missing.length > 0) {
  console.log('0 passed, 1 failed');
  console.error(`No test report at ${missing.join(', ')}: the test run did not finish.`);
  process.exit(1);
}
const reports = files.map((file) => JSON.parse(readFileSync(file, 'utf8')));
const sum = (/** @type {string} */ key) => reports.reduce((total, report) => total + report[key], 0);
console.log(`${sum('numPassedTests')} passed, ${sum('numFailedTests')} failed`);
