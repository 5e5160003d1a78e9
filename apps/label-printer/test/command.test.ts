// The `nguongoc-labels` command as a person runs it from the repository root: the link npm makes
// in node_modules/.bin, to bin/nguongoc-labels.js, to the built CLI (the test runs after the build).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../../..', import.meta.url));

const command = (...args: string[]) =>
  spawnSync(join(root, 'node_modules/.bin/nguongoc-labels'), args, { cwd: root, encoding: 'utf8' });

describe('the nguongoc-labels command', () => {
  it('answers --help from the repository root', () => {
    const help = command('--help');
    expect(help.stderr).toBe('');
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^nguongoc-labels: nhãn QR truy xuất nguồn gốc/);
  });

  it('ends with exit code 1 when the job fails, and 2 for an unknown command', () => {
    const missing = command('print', '--csv', join(root, 'khong-co.csv'), '--out', 'nhan.pdf');
    expect(missing.stderr).toContain('không đọc được tệp');
    expect(missing.status).toBe(1);
    expect(command('frobnicate').status).toBe(2);
  });
});
