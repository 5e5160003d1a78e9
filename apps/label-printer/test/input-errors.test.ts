import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  LabelError,
  labelRowsFromCsv,
  loadTemplate,
  parseSerialRange,
  planJob,
  validateTemplate,
} from '../src/index.js';
import { cli } from './_cli.js';
import { BASE } from './_fixtures.js';

const directory = mkdtempSync(join(tmpdir(), 'labels-errors-'));

function csv(name: string, lines: string[]): string {
  const file = join(directory, name);
  writeFileSync(file, lines.join('\n'));
  return file;
}

function thrown(run: () => unknown): LabelError {
  try {
    run();
  } catch (error) {
    if (error instanceof LabelError) return error;
    throw error;
  }
  throw new Error('expected a LabelError');
}

const HEADER = 'product,lot,gtin,serial,produced,expires';
const GOOD = 'Mật ong,MO-1,8934602000019,1,2026-11-24,2028-11-24';

describe('a CSV with wrong columns or values names the line and the column', () => {
  it('an unknown column, at line 1 and its column', () => {
    const error = thrown(() =>
      labelRowsFromCsv('product,lot,gtin,weight\nMật ong,MO-1,8934602000019,1kg', 'lots.csv', BASE),
    );
    expect(error.code).toBe('csv.unknown_column');
    expect(error.location).toEqual({ file: 'lots.csv', line: 1, column: 4 });
    expect(error.message).toMatch(
      /^lots\.csv, dòng\/line 1, cột\/column 4: cột "weight" không có trong mẫu .* \/ unknown column "weight"/,
    );
  });

  it('a missing required column, and no column to make a QR code from', () => {
    expect(
      thrown(() => labelRowsFromCsv('lot,gtin\nMO-1,8934602000019', 'a.csv', BASE)).messageEn,
    ).toBe('the "product" column is missing');
    expect(
      thrown(() => labelRowsFromCsv('product,lot\nMật ong,MO-1', 'a.csv', BASE)).messageEn,
    ).toMatch(/one of the columns "uri", "gtin" or "short_code"/);
  });

  it('a bad date, GTIN check digit, star count or copies, on the line and column where it is', () => {
    const cases: [string, number, string][] = [
      [
        'Mật ong,MO-1,8934602000019,1,2026-11-24,2028-02-30',
        6,
        '"2028-02-30" is not a YYYY-MM-DD date',
      ],
      [
        'Mật ong,MO-1,8934602000018,1,2026-11-24,2028-11-24',
        3,
        'check digit of 8934602000018 should be 9',
      ],
      [
        'Mật ong,MO-1,8934602000019,1,2026-11-24,2025-11-24',
        6,
        'expiry 2025-11-24 is before production 2026-11-24',
      ],
    ];
    for (const [row, column, message] of cases) {
      const error = thrown(() =>
        labelRowsFromCsv([HEADER, GOOD, row].join('\n'), 'lots.csv', BASE),
      );
      expect(error.location).toEqual({ file: 'lots.csv', line: 3, column });
      expect(error.messageEn).toContain(message);
    }
    const stars = thrown(() =>
      labelRowsFromCsv(
        'product,lot,gtin,stars,copies\nMật ong,MO-1,8934602000019,6,1',
        'a.csv',
        BASE,
      ),
    );
    expect([stars.location.column, stars.messageEn]).toEqual([4, 'stars: "6" must be 3, 4 or 5']);
    const copies = thrown(() =>
      labelRowsFromCsv('product,lot,gtin,copies\nMật ong,MO-1,8934602000019,0', 'a.csv', BASE),
    );
    expect([copies.location.column, copies.messageEn]).toEqual([
      4,
      'copies: "0" must be a whole number of 1 or more',
    ]);
  });

  it('an unclosed quote is a syntax error with its line', () => {
    const error = thrown(() =>
      labelRowsFromCsv(
        `${HEADER}\n${GOOD}\n"Mật ong,MO-2,8934602000019,2,2026-11-24,2028-11-24`,
        'lots.csv',
        BASE,
      ),
    );
    expect(error.code).toBe('csv.syntax');
    expect(error.location.line).toBe(3);
  });

  it('through the CLI: exit 1, the message on stderr, and no PDF written', async () => {
    const file = csv('bad.csv', [
      HEADER,
      GOOD,
      GOOD,
      'Mật ong,MO-1,8934602000019,3,24/11/2026,2028-11-24',
    ]);
    const out = join(directory, 'bad.pdf');
    const result = await cli(['print', '--csv', file, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `${file}, dòng/line 4, cột/column 5: produced: "24/11/2026" không phải ngày YYYY-MM-DD / produced: "24/11/2026" is not a YYYY-MM-DD date`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe('nothing is printed half', () => {
  it('a label that cannot fit stops the job at its CSV line, and no file (or part of one) is left', async () => {
    const rows = ['product,lot,gtin,serial,uri'];
    for (let i = 1; i <= 120; i++) rows.push(`Mật ong,MO-1,8934602000019,${i},`);
    // Line 102: a web address so long that its QR code cannot fit a 52.5×29.7 mm label with
    // modules of 0.5 mm.
    rows[101] = `Mật ong,MO-1,,,https://nguongoc.vn/t/3KX9T2M7QAH?${'utm=x&'.repeat(30)}`;
    const file = csv('long.csv', rows);
    const out = join(directory, 'long.pdf');
    const before = readdirSync(directory).length;
    const result = await cli(['print', '--csv', file, '--template', 'a4-4x10', '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${file}, dòng/line 102: `);
    expect(result.stderr).toMatch(/QR code \(\d+ modules\) needs [\d.]+ mm/);
    expect(existsSync(out)).toBe(false);
    expect(existsSync(`${out}.partial`)).toBe(false);
    expect(readdirSync(directory).length).toBe(before);
  });

  it('a serial range too big for the sheets there are is refused before any label is made', async () => {
    expect(() =>
      planJob(
        Array.from({ length: 2000 }, () => ({ data: {} as never, copies: 1 })),
        loadTemplate('a4-3x7'),
        1,
        10,
      ),
    ).toThrow(
      /2000 labels need 96 sheets of a4-3x7, only 10 are available \(room for 210 labels\)/,
    );
    const file = csv('one.csv', ['product,lot,short_code', 'Chè Shan tuyết,CHE-1,3KX9T2M7QAH']);
    const out = join(directory, 'too-many.pdf');
    const result = await cli([
      'print',
      '--csv',
      file,
      '--copies',
      '500',
      '--sheets',
      '20',
      '--start',
      '15',
      '--out',
      out,
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      '500 labels need 25 sheets of a4-3x7, only 20 are available (room for 406 labels)',
    );
    expect(existsSync(out)).toBe(false);
    expect(() => parseSerialRange('1-300000')).toThrow(/more than 200000 per job/);
    expect(() => parseSerialRange('20-1')).toThrow(/the last serial is below the first/);
  });

  it('a start position off the sheet', () => {
    expect(() => planJob([{ data: {} as never, copies: 1 }], loadTemplate('a4-3x7'), 22)).toThrow(
      /--start 22: template a4-3x7 has 21 labels a sheet, choose 1 to 21/,
    );
  });
});

describe('a template that does not fit its page', () => {
  const sheet = {
    id: 'htx-custom',
    name: 'Mẫu riêng',
    kind: 'sheet',
    page: { width: 210, height: 297 },
    label: { width: 80, height: 40 },
    columns: 3,
    rows: 7,
    margin: { top: 5, left: 5 },
    pitch: { x: 80, y: 40 },
  };

  it('names the file, the field and by how much', () => {
    const file = join(directory, 'custom.json');
    writeFileSync(file, JSON.stringify(sheet));
    const error = thrown(() => loadTemplate(file));
    expect(error.location.file).toBe(file);
    expect(error.messageEn).toBe('columns: 3 columns end at 245 mm, past the page width 210 mm');
    expect(thrown(() => validateTemplate({ ...sheet, columns: 2, rows: 8 })).messageEn).toBe(
      'rows: 8 rows end at 325 mm, past the page height 297 mm',
    );
    expect(
      thrown(() => validateTemplate({ ...sheet, columns: 2, pitch: { x: 70, y: 40 } })).messageEn,
    ).toBe('pitch.x: is less than the label width 80 mm: labels overlap');
    expect(
      thrown(() => validateTemplate({ ...sheet, label: { width: -1, height: 40 } })).messageEn,
    ).toBe('label.width: must be a positive number (mm)');
  });

  it('a custom template that fits is used as given', () => {
    const custom = validateTemplate({ ...sheet, columns: 2, rows: 7 });
    expect(custom).toMatchObject({ kind: 'sheet', columns: 2, rows: 7, dpi: 300 });
    expect(thrown(() => loadTemplate('a4-9x99')).messageEn).toMatch(
      /^no label template "a4-9x99" \(built in: a4-2x5, a4-3x7/,
    );
  });
});
