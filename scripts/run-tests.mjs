#!/usr/bin/env node
// `npm test`: runs every workspace's `test` script through turbo, then prints one line that sums
// them all, `N passed, N failed[, N skipped]`, which is what CI reads. Each workspace's runner
// writes a Jest-format JSON report to `test-results.json` (Vitest's and Jest's json reporters
// both do); a workspace that has a test script but leaves no report counts as a failure.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';

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

for (const path of workspaces) rmSync(join(root, path, 'test-results.json'), { force: true });

const run = spawnSync('npx', ['turbo', 'run', 'test', '--continue', '--concurrency=1'], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', DO_NOT_TRACK: '1', FORCE_COLOR: process.env.CI ? '0' : '1' },
});

let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];
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
  const brokenSuites = result.numFailedTestSuites > 0 && result.numFailedTests === 0 ? result.numFailedTestSuites : 0;
  passed += result.numPassedTests;
  failed += result.numFailedTests + brokenSuites;
  skipped += workspaceSkipped;
  rows.push(`${path}: ${result.numPassedTests} passed, ${result.numFailedTests + brokenSuites} failed, ${workspaceSkipped} skipped`);
}

console.log('\nTest summary by workspace:');
for (const row of rows) console.log(`  ${row}`);
if (run.status !== 0 && failed === 0) failed += 1; // turbo failed outside any test (build, crash)
console.log(`${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
