#!/usr/bin/env node
// `npm test`: checks formatting, types and lint, runs every workspace's `test` script through
// turbo, then prints one line that sums them all, `N passed, N failed[, N skipped]`, which is
// what CI reads. First it makes sure the machine has the programs the suites need
// (system-tools.mjs). Each workspace's runner writes a Jest-format JSON report to
// `test-results.json` (Vitest's and Jest's json reporters both do); a workspace that has a test
// script but leaves no report counts as a failure, and so does a failed static check.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ensureSystemTools } from './system-tools.mjs';

const root = new URL('..', import.meta.url).pathname;
const workspaces = ['packages', 'apps']
  .flatMap((group) => {
    const directory = join(root, group);
    return existsSync(directory) ? readdirSync(directory).map((name) => join(group, name)) : [];
  })
  .filter((path) => {
    const manifest = join(root, path, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).scripts?.test;
  });

if (!ensureSystemTools()) {
  console.log('\n0 passed, 1 failed');
  process.exit(1);
}

for (const path of workspaces) rmSync(join(root, path, 'test-results.json'), { force: true });

const env = {
  ...process.env,
  TURBO_TELEMETRY_DISABLED: '1',
  DO_NOT_TRACK: '1',
  FORCE_COLOR: process.env.CI ? '0' : '1',
};
const npx = (args) => spawnSync('npx', args, { cwd: root, stdio: 'inherit', env }).status === 0;

// Static checks are not tests: they add no passes, but a failing one fails the run.
const failedChecks = [
  ['formatting (prettier --check)', ['prettier', '--check', '.', '--log-level', 'warn']],
  // The root's own files (scripts/); each workspace lints itself through turbo.
  ['lint of the root (eslint)', ['eslint', '.']],
  ['typecheck and lint', ['turbo', 'run', 'typecheck', 'lint', '--output-logs=errors-only']],
]
  .filter(([name, args]) => {
    console.log(`\n> ${name}`);
    return !npx(args);
  })
  .map(([name]) => name);

console.log('\n> tests');
const testsRan = npx(['turbo', 'run', 'test', '--continue', '--concurrency=1']);

let passed = 0;
let failed = failedChecks.length;
let skipped = 0;
const rows = failedChecks.map((name) => `${name}: failed (see above)`);
for (const path of workspaces) {
  const report = join(root, path, 'test-results.json');
  if (!existsSync(report)) {
    failed += 1;
    rows.push(`${path}: no test report (the test run crashed before reporting)`);
    continue;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  const workspaceSkipped = (result.numPendingTests ?? 0) + (result.numTodoTests ?? 0);
  // A suite that fails to load has no failed test but is a failure all the same.
  const brokenSuites =
    result.numFailedTestSuites > 0 && result.numFailedTests === 0 ? result.numFailedTestSuites : 0;
  const workspaceFailed = result.numFailedTests + brokenSuites;
  passed += result.numPassedTests;
  failed += workspaceFailed;
  skipped += workspaceSkipped;
  rows.push(
    `${path}: ${result.numPassedTests} passed, ${workspaceFailed} failed, ${workspaceSkipped} skipped`,
  );
}
if (!testsRan && failed === 0) failed += 1; // turbo failed outside any test (a build, a crash)

console.log('\nTest summary:');
for (const row of rows) console.log(`  ${row}`);
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
