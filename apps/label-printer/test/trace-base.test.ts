// Which shop the labels' QR codes open (issue #23, item 7): what the command is given, else the
// configured storefront, else the shop `npm start` serves; never a public host nobody chose.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TRACE_BASE, traceBase } from '../src/cli/run-cli.js';
import { cli } from './_cli.js';

describe('the trace host of the QR codes', () => {
  it('is --base, else NGUONGOC_TRACE_BASE, else STOREFRONT_URL, else the shop of npm start', () => {
    const env = {
      NGUONGOC_TRACE_BASE: 'https://a.example.vn',
      STOREFRONT_URL: 'https://b.example.vn/',
    };
    expect(traceBase('https://c.example.vn/', env)).toBe('https://c.example.vn');
    expect(traceBase(undefined, env)).toBe('https://a.example.vn');
    expect(traceBase(undefined, { STOREFRONT_URL: 'https://b.example.vn/' })).toBe(
      'https://b.example.vn',
    );
    expect(traceBase(undefined, { NGUONGOC_TRACE_BASE: ' ' })).toBe(DEFAULT_TRACE_BASE);
    expect(DEFAULT_TRACE_BASE).toBe('http://localhost:3000');
  });

  it('is what the printed label opens', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'labels-base-'));
    const dry = join(directory, 'job.zpl');
    const csv = join(directory, 'lots.csv');
    writeFileSync(csv, 'product,lot,short_code\nChè,CHE-1,3KX9T2M7QAH\n');
    const result = await cli(
      ['print', '--csv', csv, '--template', 'roll-50x30', '--format', 'zpl', '--dry-run', dry],
      { NGUONGOC_TRACE_BASE: '', STOREFRONT_URL: 'https://cho.example.vn' },
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readFileSync(dry, 'latin1')).toContain('https://cho.example.vn/t/3KX9T2M7QAH');
  });
});
