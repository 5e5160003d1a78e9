import { PassThrough } from 'node:stream';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { postmart } from '../src/index.js';
import { STYLES } from './fixtures/generate-fixtures.js';
import { GOOD_ROWS } from './fixtures/order-rows.js';

/** 3,000 rows of Vietnamese text as inline strings: over 600 KiB of sheet XML. */
async function manyRows(): Promise<Uint8Array> {
  const style = STYLES.postmart;
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useSharedStrings: false,
  });
  const sheet = writer.addWorksheet('Đơn hàng');
  sheet.addRow(style.order.map(style.header)).commit();
  for (let copy = 0; copy < 500; copy++) {
    for (const row of GOOD_ROWS) {
      const cells = style.order.map((field) =>
        field === 'orderId'
          ? `${row.orderId}-${copy}`
          : field === 'status'
            ? Object.entries(style.format.statuses).find(([, s]) => s === row.status)![0]
            : row[field],
      );
      sheet.addRow(cells).commit();
    }
  }
  sheet.commit();
  await writer.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

describe('streaming XLSX reader', () => {
  it('keeps every Vietnamese letter whole across inflate chunks (exceljs #2063 splits them)', async () => {
    const result = await postmart.importOrders({ name: 'nhieu-dong.xlsx', data: await manyRows() });
    expect(result.rowsRead).toBe(3000);
    expect(result.orders).toHaveLength(2500);
    const texts = result.orders.flatMap((o) => [o.buyer.provinceText, o.buyer.communeText]);
    expect(texts.filter((text) => text.includes('\ufffd'))).toEqual([]);
    // Only the buyers from Quảng Bình (merged in 2025) stay without a commune code.
    expect(result.problems.map((p) => p.code)).toEqual(Array(500).fill('address.unmatched'));
    expect(result.orders.reduce((sum, o) => sum + o.totalVnd, 0)).toBe(500 * 1_535_000);
  });
});
