// Sums Vitest's and Playwright's JSON reports into the closing line CI reads: "N passed, N failed".
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
for (const file of process.argv.slice(2)) {
  if (!existsSync(file)) {
    console.log(`(no report at ${file}: that runner did not finish)`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  if (report.stats && 'expected' in report.stats) {
    // Playwright: flaky tests passed on retry, so they count as passed but are named.
    passed += report.stats.expected + report.stats.flaky;
    failed += report.stats.unexpected;
    console.log(`playwright: ${report.stats.expected} passed, ${report.stats.flaky} flaky, ${report.stats.unexpected} failed, ${report.stats.skipped} skipped`);
  } else {
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    console.log(`vitest: ${report.numPassedTests} passed, ${report.numFailedTests} failed, ${report.numPendingTests + report.numTodoTests} skipped`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
