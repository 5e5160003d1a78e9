// The `nguongoc-labels` command as a person runs it from the repository root: the link npm makes
// in node_modules/.bin, to bin/nguongoc-labels.js, to the built CLI (the test runs after the build).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

describe('the nguongoc-labels command', () => {
  it('answers --help from the repository root', () => {
    const linked = spawnSync(join(root, 'node_modules/.bin/nguongoc-labels'), ['--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(linked.stderr).toBe('');
    expect(linked.status).toBe(0);
    expect(linked.stdout).toMatch(/^nguongoc-labels: nhãn QR truy xuất nguồn gốc/);
  });
});
