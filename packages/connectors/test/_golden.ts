import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import { format } from 'prettier';
import { expect } from 'vitest';

// Golden files live in test/golden/. `UPDATE_GOLDEN=1 npm test` rewrites them; without it a
// missing golden file fails the test, so a check can never pass by writing its own answer.

const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));

export async function expectGolden(name: string, actual: unknown): Promise<void> {
  const path = `${GOLDEN}${name}`;
  const text = JSON.stringify(actual);
  if (process.env.UPDATE_GOLDEN === '1') {
    mkdirSync(dirname(path), { recursive: true });
    // Written as the repository's Prettier writes JSON, so that `prettier --check` agrees.
    writeFileSync(path, await format(text, { parser: 'json', printWidth: 100 }));
  }
  if (!existsSync(path))
    throw new Error(`golden file ${name} is missing: run UPDATE_GOLDEN=1 npm test`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

/** Every cell of the workbook's first sheet as written, row by row (`null` for an empty cell). */
export async function workbookCells(bytes: Uint8Array): Promise<{
  sheet: string;
  rows: (string | number | boolean | null)[][];
}> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rows: (string | number | boolean | null)[][] = [];
  for (let number = 1; number <= sheet.rowCount; number++) {
    const row = sheet.getRow(number);
    const cells: (string | number | boolean | null)[] = [];
    for (let column = 1; column <= sheet.columnCount; column++) {
      const value = row.getCell(column).value;
      cells.push(
        value === null || value === undefined
          ? null
          : typeof value === 'object'
            ? JSON.stringify(value)
            : (value as string | number | boolean),
      );
    }
    rows.push(cells);
  }
  return { sheet: sheet.name, rows };
}
