import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import QRCode from 'qrcode';
import { describe, expect, it } from 'vitest';
import {
  LabelError,
  type LabelRow,
  loadTemplate,
  lotLabels,
  parseSerialRange,
  thermalJob,
} from '../src/index.js';
import { decodePixels } from './_decode.js';
import { BASE, honey, tea, vietnameseLabel } from './_fixtures.js';
import { type PrintedLabel, blackDotsIn, readTspl, readZpl } from './_thermal-emulator.js';

const GOLDEN = join(import.meta.dirname, 'golden');

/** Two rows: a honey unit label (GS1 Digital Link with serial) ×3 and a Vietnamese lot label ×1. */
function rows(): LabelRow[] {
  const [unit] = lotLabels(honey, { base: BASE, serials: parseSerialRange('0042') });
  return [
    { data: unit!, copies: 3 },
    { data: vietnameseLabel(`${BASE}/t/${tea.id}`), copies: 1 },
  ];
}

/** Compares with the golden file; `UPDATE_GOLDEN=1` rewrites it after a deliberate change. */
function expectGolden(name: string, job: Buffer): void {
  const file = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1') writeFileSync(file, job);
  expect(job.equals(readFileSync(file)), `${name} differs from test/golden/${name}`).toBe(true);
}

function checkPrinted(labels: PrintedLabel[], expected: LabelRow[]): void {
  expect(labels.map((label) => [label.qr.data, label.copies])).toEqual(
    expected.map((row) => [row.data.uri, row.copies]),
  );
  for (const label of labels) {
    expect(label.qr).toMatchObject({ ecc: 'M', model: 'M2' });
    expect(label.qr.cell).toBeGreaterThanOrEqual(4); // ≥ 4 dots at 203 dpi
    const { image } = label;
    // What the printer prints decodes back to exactly the URI…
    expect(decodePixels(image, 0, 0, image.width, image.height)).toBe(label.qr.data);
    // …and its quiet zone (4 modules on each side) holds no dot of the text bitmap.
    const size = symbolSize(label);
    const quiet = 4 * label.qr.cell;
    const side = size * label.qr.cell;
    const ring =
      blackDotsIn(
        image,
        label.qr.x - quiet,
        label.qr.y - quiet,
        side + 2 * quiet,
        side + 2 * quiet,
      ) - blackDotsIn(image, label.qr.x, label.qr.y, side, side);
    expect(ring).toBe(0);
    // The text is there as dots: Vietnamese letters the printer's fonts do not have.
    expect(label.bitmap).toBeDefined();
    expect(
      blackDotsIn(image, label.qr.x + side + quiet, 0, image.width, image.height),
    ).toBeGreaterThan(500);
  }
}

/** The symbol's size in modules, as the printer's own encoder makes it from the job's data. */
function symbolSize(label: PrintedLabel): number {
  return QRCode.create(label.qr.data, { errorCorrectionLevel: label.qr.ecc as 'M' }).modules.size;
}

describe('TSPL (TSC, Xprinter)', () => {
  it('matches the golden job and prints codes that decode, with the text as a bitmap', () => {
    const input = rows();
    const { plan, job } = thermalJob(input, 'tspl', { template: loadTemplate('roll-50x30') });
    expect(plan.labels).toBe(4);
    expect(job.subarray(0, 60).toString('latin1')).toMatch(
      /^SIZE 50 mm,30 mm\r\nGAP 2 mm,0 mm\r\n/,
    );
    expectGolden('roll-50x30.tspl', job);
    checkPrinted(readTspl(job), input);
  });

  it('ECC Q when asked, on a 40×30 mm roll', () => {
    const input = rows();
    const { job } = thermalJob(input, 'tspl', { template: loadTemplate('roll-40x30'), ecc: 'Q' });
    const labels = readTspl(job);
    expect(labels.map((label) => label.qr.ecc)).toEqual(['Q', 'Q']);
    for (const label of labels)
      expect(decodePixels(label.image, 0, 0, label.image.width, label.image.height)).toBe(
        label.qr.data,
      );
  });

  it('moves the QR code and the text by the calibration offset, in dots', () => {
    const template = loadTemplate('roll-50x30');
    const [plain] = readTspl(thermalJob(rows(), 'tspl', { template }).job);
    const [moved] = readTspl(
      thermalJob(rows(), 'tspl', { template, offset: { x: 1, y: 0.5 } }).job,
    );
    expect(moved!.qr.x - plain!.qr.x).toBe(8); // 1 mm at 203 dpi
    expect(moved!.qr.y - plain!.qr.y).toBe(4);
    expect(moved!.bitmap!.x - plain!.bitmap!.x).toBe(8);
  });

  it('refuses a sheet template and an offset that pushes the label off', () => {
    expect(() => thermalJob(rows(), 'tspl', { template: loadTemplate('a4-3x7') })).toThrow(
      /template a4-3x7 is a sheet/,
    );
    expect(() =>
      thermalJob(rows(), 'tspl', { template: loadTemplate('roll-50x30'), offset: { x: -5, y: 0 } }),
    ).toThrow(LabelError);
  });
});

describe('ZPL II (Zebra)', () => {
  it('matches the golden job and prints codes that decode', () => {
    const input = rows();
    const { job } = thermalJob(input, 'zpl', { template: loadTemplate('roll-50x30') });
    const text = job.toString('latin1');
    expect(text).toContain('^CI28');
    expect(text).toMatch(
      /\^BQN,2,\d+,M\^FDMA,https:\/\/nguongoc\.vn\/01\/08934602000019\/10\/MO-2611-A\/21\/0042\^FS/,
    );
    expect(text).toContain('^PQ3,0,1,Y');
    expectGolden('roll-50x30.zpl', job);
    checkPrinted(readZpl(job), input);
  });

  it('the bitmap is the same label TSPL prints (one engine)', () => {
    const template = loadTemplate('roll-50x30');
    const [tspl] = readTspl(thermalJob(rows(), 'tspl', { template }).job);
    const [zpl] = readZpl(thermalJob(rows(), 'zpl', { template }).job);
    expect(PNG.sync.write(zpl!.image).equals(PNG.sync.write(tspl!.image))).toBe(true);
  });
});
