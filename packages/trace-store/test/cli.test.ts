import { buildFieldEvent } from '@nguongoc/trace-core';
import {
  cooperative,
  fieldWork,
  lot,
  orchard,
  packingHouse,
  product,
} from '@nguongoc/trace-core/sample-lot';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const CLI = fileURLToPath(new URL('../src/cli/nguongoc-trace.ts', import.meta.url));
const directory = mkdtempSync(join(tmpdir(), 'ng-cli-'));
const ORIGIN = 'nguongoc.vn/htx-cam-nghia-dan';

function run(...args: string[]) {
  const environment = { ...process.env };
  delete environment.DATABASE_URL;
  const result = spawnSync(process.execPath, ['--import', 'tsx', CLI, ...args], {
    encoding: 'utf8',
    env: environment,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

describe('nguongoc-trace CLI', () => {
  afterAll(() => rmSync(directory, { recursive: true, force: true }));
  const url = `file:${join(directory, 'htx.db')}`;

  it('runs a season from init to an imported, verified copy', { timeout: 120_000 }, () => {
    const init = run('init', '--url', url, '--origin', ORIGIN).out;
    expect(init).toMatch(/^nguongoc\.vn\/htx-cam-nghia-dan\+[0-9a-f]{8}\+/);
    const fingerprint = /fingerprint: ([0-9a-f ]{39})/.exec(init)![1]!;
    const records = join(directory, 'records.json');
    writeFileSync(records, JSON.stringify([cooperative, orchard, packingHouse, product, lot]));
    expect(run('add', '--url', url, '--origin', ORIGIN, records).out).toContain('lot 3KX9T2M7QAH');
    const harvest = run(
      'capture',
      '--url',
      url,
      '--origin',
      ORIGIN,
      '--lot',
      lot.id,
      '--kind',
      'harvest',
      '--time',
      '2026-11-18T06:00',
      '--quantity',
      '1250',
    );
    expect(harvest.out).toContain('đã ghi / recorded: ni:///sha-256;');
    const shipping = join(directory, 'shipping.json');
    writeFileSync(shipping, JSON.stringify(buildFieldEvent(fieldWork[5]!)));
    expect(run('capture', '--url', url, '--origin', ORIGIN, '--lot', lot.id, shipping).code).toBe(
      0,
    );
    expect(
      run('capture', '--url', url, '--origin', ORIGIN, '--lot', lot.id, shipping).out,
    ).toContain('already recorded');
    expect(run('checkpoint', '--url', url, '--origin', ORIGIN).out).toMatch(
      /^nguongoc\.vn\/htx-cam-nghia-dan\n7\n/,
    );
    const story = run('story', '--url', url, '--lot', lot.id, '--lang', 'en').out;
    expect(story).toContain('Harvest');
    expect(story).toContain('Quantity: 1,250 kg');
    expect(run('verify', '--url', url, '--lot', lot.id)).toMatchObject({
      code: 0,
      out: expect.stringContaining('Verified: 2'),
    });
    const exported = join(directory, 'ledger.json');
    expect(run('export', '--url', url, '--origin', ORIGIN, '--out', exported).code).toBe(0);
    const hub = `file:${join(directory, 'hub.db')}`;
    // A ledger new to the hub: refused until the operator pins the key the cooperative read out.
    const untrusted = run('import', '--url', hub, exported);
    expect(untrusted.code).not.toBe(0);
    expect(untrusted.err).toContain(fingerprint);
    expect(untrusted.err).toContain('--trust-key');
    expect(run('import', '--url', hub, exported, '--trust-key', fingerprint).out).toContain(
      'imported 7, giữ / kept 0',
    );
    expect(run('keys', '--url', hub, '--origin', ORIGIN).out).toContain(
      `${fingerprint}  hiện hành / current`,
    );
    expect(run('verify', '--url', hub, '--origin', ORIGIN)).toMatchObject({
      code: 0,
      out: expect.stringContaining('7 mục / entries'),
    });
  });

  it('explains mistakes in Vietnamese and English, with a non-zero exit', () => {
    const url2 = `file:${join(directory, 'empty.db')}`;
    const unknown = run(
      'capture',
      '--url',
      url2,
      '--origin',
      ORIGIN,
      '--lot',
      'NOPE',
      '--kind',
      'harvest',
      '--time',
      '2026-11-18T06:00',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.err).toContain('lô NOPE cần có sản phẩm và địa điểm');
    expect(run('frobnicate', '--url', url2).code).toBe(2);
    expect(run('init', '--url', url2).err).toContain('thiếu --origin / --origin is required');
  });

  it('answers from the repository root through the command npm links (after the build)', () => {
    const root = fileURLToPath(new URL('../../..', import.meta.url));
    const linked = spawnSync(join(root, 'node_modules/.bin/nguongoc-trace'), ['--help'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(linked.stderr).toBe('');
    expect(linked.status).toBe(0);
    expect(linked.stdout).toMatch(/^nguongoc-trace <command> \[options\]/);
  });
});
