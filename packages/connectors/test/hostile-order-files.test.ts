import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ConnectorError, voso } from '../src/index.js';
import { columnIndex, xlsxSheetRows } from '../src/orders/xlsx-rows.js';
import {
  VOSO_HEADER,
  hostileFiles,
  inline,
  sheetXml,
  xlsxOf,
} from './fixtures/hostile/hostile-files.js';

const GOOD = new Uint8Array(readFileSync(new URL('./fixtures/voso-orders.xlsx', import.meta.url)));

/** What reading a file gave: the import, or the connector's error (anything else is thrown). */
async function attempt(name: string, data: Uint8Array) {
  try {
    return { result: await voso.importOrders({ name, data }) };
  } catch (error) {
    if (error instanceof ConnectorError) return { error };
    throw error;
  }
}

/**
 * The largest resident-memory growth over the baseline while a file is read, sampled each time
 * the reader asks for the next 4 KiB of the file (that is, after each slice is inflated and parsed).
 */
async function peakGrowth(data: Uint8Array): Promise<{ growth: number; failure: unknown }> {
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const source = async function* () {
    for (let at = 0; at < data.byteLength; at += 4_096) {
      peak = Math.max(peak, process.memoryUsage().rss);
      yield data.subarray(at, at + 4_096);
    }
  };
  let failure: unknown;
  try {
    for await (const row of xlsxSheetRows(source)) expect(row.row).toBeGreaterThan(0);
  } catch (error) {
    failure = error;
  }
  peak = Math.max(peak, process.memoryUsage().rss);
  return { growth: (peak - baseline) / 2 ** 20, failure };
}

describe('hostile and malformed order files', () => {
  const corpus = hostileFiles();

  it.each(corpus.map((file) => [file.label, file] as const))(
    'refuses %s with a message in both languages',
    async (_label, file) => {
      const { error } = await attempt(file.name, file.data);
      expect(error?.code).toBe(file.code);
      expect(error?.message).toContain(file.says.vi);
      expect(error?.message).toContain(file.says.en);
      // `<vi> (tệp …) / <en> (file …)`: both halves name the file.
      expect(error?.message).toMatch(
        new RegExp(`\\(tệp ${file.name}\\) / .*\\(file ${file.name}\\)$`),
      );
    },
  );

  it('finds the column of a reference without growing a row to it (ZZZZZZ1 crashed V8)', () => {
    expect(columnIndex('A1')).toBe(0);
    expect(columnIndex('XFD1048576')).toBe(16_383);
    expect(columnIndex(undefined)).toBeUndefined();
    for (const reference of ['XFE1', 'ZZZZZZ1', 'A1048577', `${'Z'.repeat(400)}1`, 'A99999999'])
      expect(() => columnIndex(reference)).toThrow(/outside Excel's grid/);
  });

  it('reads a cell at column XFD, the last one, without padding the row to it', async () => {
    const row2 = [
      '02/11/2026 08:15',
      'A1001',
      'CAM-XD-1KG',
      '2',
      '65000',
      '130000',
      'Xã Nghĩa Đàn',
      'Nghệ An',
      'Thành công',
    ];
    const rows = [VOSO_HEADER, row2].map(
      (cells, r) =>
        `<row r="${r + 1}">${cells.map((text, i) => inline(`${String.fromCharCode(65 + i)}${r + 1}`, text)).join('')}${inline(`XFD${r + 1}`, 'ghi chú')}</row>`,
    );
    const { result } = await attempt('xfd.xlsx', xlsxOf(sheetXml(rows.join(''))));
    expect(result?.orders.map((order) => order.externalOrderId)).toEqual(['A1001']);
    const read = [];
    for await (const row of xlsxSheetRows(async function* () {
      yield xlsxOf(sheetXml(rows.join('')));
    }))
      read.push(row);
    expect(read[1]!.cells[16_383]).toBe('ghi chú');
    // Nine cells and the one at XFD: the gap between is a hole, not 16,374 nulls.
    expect(Object.keys(read[1]!.cells)).toHaveLength(10);
  });

  // The bound: the shared strings are held whole (at most 16 MiB of XML, up to twice that as
  // UTF-16 strings), one 4 KiB slice inflates to at most about 4 MiB of text, and saxes holds at
  // most 1 MiB characters of one text or tag. What grows past that is the garbage collector's slack:
  // the sheet bomb's 16 million tags are short-lived objects, and the heap grows while they are
  // made (measured: 55–90 MiB for that one, under 60 for the others). 150 MiB holds those with
  // room; without the caps the bombs here took over 400 MiB.
  const MEMORY_BOUND_MIB = 150;

  it.each([
    ['a sheet that inflates to 200 MiB', 'bom-trang-tinh.xlsx'],
    ['a sheet of one endless text', 'bom-van-ban.xlsx'],
    ['shared strings that inflate to 200 MiB', 'bom-chuoi.xlsx'],
  ])(`stops %s within +${MEMORY_BOUND_MIB} MiB of memory`, async (_label, name) => {
    const file = corpus.find((entry) => entry.name === name)!;
    expect(file.data.byteLength).toBeLessThan(2 ** 20);
    const { growth, failure } = await peakGrowth(file.data);
    expect((failure as Error | undefined)?.message).toContain(file.says.en);
    expect(growth).toBeLessThan(MEMORY_BOUND_MIB);
  });

  it('answers every mutilated copy of a good file with orders or a ConnectorError (fuzz)', async () => {
    const files = unzipSync(GOOD);
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          // Bytes of the file changed.
          fc
            .array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 255 })), {
              minLength: 1,
              maxLength: 8,
            })
            .map((changes) => {
              const data = GOOD.slice();
              for (const [at, byte] of changes) data[at % data.byteLength] = byte;
              return data;
            }),
          // The file cut short.
          fc.nat({ max: GOOD.byteLength - 1 }).map((length) => GOOD.subarray(0, length)),
          // The sheet's XML cut short or given random text, then zipped again.
          fc.tuple(fc.nat(), fc.string({ maxLength: 40 })).map(([cut, noise]) => {
            const sheet = new TextDecoder().decode(files['xl/worksheets/sheet1.xml']);
            const at = cut % sheet.length;
            return zipSync({
              ...files,
              'xl/worksheets/sheet1.xml': strToU8(
                sheet.slice(0, at) + noise + sheet.slice(at + noise.length),
              ),
            });
          }),
        ),
        async (data) => {
          const outcome = await attempt('don-hang.xlsx', data);
          expect(outcome.result ?? outcome.error).toBeDefined();
        },
      ),
      { numRuns: 300, seed: 22 },
    );
  });

  it('answers any CSV text with orders or a ConnectorError (fuzz)', async () => {
    const good = readFileSync(new URL('./fixtures/voso-orders.csv', import.meta.url), 'utf8');
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.string({ maxLength: 60 }), async (cut, noise) => {
        const at = cut % good.length;
        const text = good.slice(0, at) + noise + good.slice(at);
        const outcome = await attempt('don-hang.csv', strToU8(text));
        expect(outcome.result ?? outcome.error).toBeDefined();
      }),
      { numRuns: 300, seed: 22 },
    );
  });
});
