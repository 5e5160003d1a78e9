import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  type LabelRow,
  labelPosition,
  loadTemplate,
  lotLabels,
  parseSerialRange,
  writePdfFile,
} from '../src/index.js';
import { decodeAt, renderPdf } from './_decode.js';
import { BASE, honey } from './_fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-parallel-'));

describe('large PDF jobs with QR codes made in worker threads', () => {
  it('keep every label in order: the first and last pages decode to their serials', async () => {
    const template = loadTemplate('a4-4x10');
    const rows: LabelRow[] = lotLabels(honey, {
      base: BASE,
      serials: parseSerialRange('1-1000'),
    }).map((data) => ({ data, copies: 1 }));
    const file = join(directory, 'parallel.pdf');
    const plan = await writePdfFile(rows, file, { template, workers: 2, start: 3 });
    expect(plan).toEqual({ labels: 1000, pages: 26, startAt: 2 });
    const pages = [
      ...(await renderPdf(file, 150, 1, 1)),
      ...Array(24),
      ...(await renderPdf(file, 150, 26, 26)),
    ];
    const decode = (page: number, slot: number) => {
      const { x, y } = labelPosition(template, slot);
      return decodeAt(pages[page]!, x, y, template.label.width, template.label.height);
    };
    expect(decode(0, 0)).toBeUndefined();
    for (let slot = 2; slot < 40; slot++) expect(decode(0, slot)).toBe(rows[slot - 2]!.data.uri);
    const onLast = 1000 + 2 - 25 * 40;
    for (let slot = 0; slot < onLast; slot++)
      expect(decode(25, slot)).toBe(rows[1000 - onLast + slot]!.data.uri);
    expect(decode(25, onLast)).toBeUndefined();
  });

  it('a row that cannot be made stops the job with its line, and leaves no file', async () => {
    const rows: LabelRow[] = lotLabels(honey, {
      base: BASE,
      serials: parseSerialRange('1-800'),
    }).map((data, i) => ({ data, copies: 1, where: { file: 'big.csv', line: i + 2 } }));
    rows[700] = {
      ...rows[700]!,
      data: { ...rows[700]!.data, uri: `${BASE}/t/${'X'.repeat(3000)}` },
    };
    const file = join(directory, 'broken.pdf');
    await expect(
      writePdfFile(rows, file, { template: loadTemplate('a4-3x7'), workers: 1 }),
    ).rejects.toThrow(/^big\.csv, dòng\/line 702: mã QR phiên bản \d+/);
    expect(existsSync(file)).toBe(false);
    expect(existsSync(`${file}.partial`)).toBe(false);
  });
});
