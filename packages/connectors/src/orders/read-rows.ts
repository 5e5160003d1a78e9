import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { parse } from 'csv-parse';
import { ConnectorError } from '../errors.js';
import type { ExchangeId, OrderFile } from '../types.js';
import {
  MAX_CSV_RECORD_CHARACTERS,
  MAX_ROWS,
  OrderFileError,
  tooLarge,
  unreadable,
} from './order-file-limits.js';
import { xlsxSheetRows } from './xlsx-rows.js';

/** A cell as the importer sees it. */
export type CellValue = string | number | boolean | Date | null;

/** One row of the first sheet (or the CSV), with its 1-based row number as Excel shows it. */
export interface SheetRow {
  row: number;
  cells: CellValue[];
}

/** The file's format from its name, or what the caller says. */
export function formatOf(file: OrderFile, format?: 'xlsx' | 'csv'): 'xlsx' | 'csv' | undefined {
  if (format) return format;
  const extension = /\.([a-z]+)$/i.exec(file.name)?.[1]?.toLowerCase();
  return extension === 'xlsx' || extension === 'csv' ? extension : undefined;
}

function streamOf(file: OrderFile): Readable {
  return 'data' in file ? Readable.from([Buffer.from(file.data)]) : createReadStream(file.path);
}

async function firstBytes(file: OrderFile, length: number): Promise<Uint8Array> {
  if ('data' in file) return file.data.subarray(0, length);
  const handle = await open(file.path, 'r');
  try {
    const buffer = new Uint8Array(length);
    const { bytesRead } = await handle.read(buffer, 0, length, 0);
    return buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
}

async function* xlsxRows(file: OrderFile): AsyncGenerator<SheetRow> {
  const source = () =>
    'data' in file
      ? (async function* () {
          // Slices of 64 KiB, as a file stream would give them.
          for (let at = 0; at < file.data.byteLength; at += 65_536)
            yield file.data.subarray(at, at + 65_536);
        })()
      : (createReadStream(file.path) as AsyncIterable<Uint8Array>);
  yield* xlsxSheetRows(source);
}

/**
 * The separator of a CSV file: of comma, semicolon and tab, the one found most often on a line
 * (outside quotes) among the first lines. Excel writes `;` where the decimal mark is a comma.
 */
export function sniffDelimiter(head: string): ',' | ';' | '\t' {
  const candidates = [',', ';', '\t'] as const;
  const best = { delimiter: ',' as ',' | ';' | '\t', count: 0 };
  for (const line of head.split(/\r?\n/).slice(0, 30)) {
    const unquoted = line.replace(/"[^"]*"/g, '');
    for (const delimiter of candidates) {
      const count = unquoted.split(delimiter).length - 1;
      if (count > best.count) Object.assign(best, { delimiter, count });
    }
  }
  return best.delimiter;
}

async function* csvRows(file: OrderFile, head: Uint8Array): AsyncGenerator<SheetRow> {
  const parser = streamOf(file).pipe(
    parse({
      bom: true,
      delimiter: sniffDelimiter(new TextDecoder().decode(head)),
      relax_column_count: true,
      relax_quotes: true,
      info: true,
      // A record longer than this is refused as it grows, not held.
      max_record_size: MAX_CSV_RECORD_CHARACTERS,
    }),
  );
  try {
    for await (const { record, info } of parser as AsyncIterable<{
      record: string[];
      info: { records: number };
    }>) {
      if (info.records > MAX_ROWS) throw tooLarge.rows();
      yield { row: info.records, cells: record.map((cell) => cell.normalize('NFC')) };
    }
  } catch (error) {
    throw csvFailure(error);
  } finally {
    parser.destroy();
  }
}

/** csv-parse's error as the typed one, naming the row. */
function csvFailure(error: unknown): unknown {
  const { code, lines } = error as { code?: string; lines?: number };
  if (error instanceof OrderFileError || code === undefined) return error;
  if (code === 'CSV_MAX_RECORD_SIZE') return tooLarge.record(lines ?? 0);
  if (code === 'CSV_QUOTE_NOT_CLOSED') {
    return unreadable(
      `tệp CSV có dấu " mở mà không đóng (từ dòng ${lines ?? '?'})`,
      `the CSV file has an opening " that is never closed (from line ${lines ?? '?'})`,
    );
  }
  const detail = (error as Error).message.slice(0, 200);
  return unreadable(`tệp CSV hỏng (${detail})`, `the CSV file is damaged (${detail})`);
}

/**
 * The rows of an order export, streamed: an XLSX file's first sheet or a CSV file (UTF-8; comma,
 * semicolon or tab separated, found from the first lines).
 * @throws ConnectorError when the format is unknown or the file cannot be read at all.
 */
export async function* readRows(
  exchange: ExchangeId,
  file: OrderFile,
  format?: 'xlsx' | 'csv',
): AsyncGenerator<SheetRow> {
  const kind = formatOf(file, format);
  const location = { file: file.name };
  if (kind === undefined) {
    throw new ConnectorError(
      'import.format',
      exchange,
      { vi: 'chỉ nhận tệp .xlsx hoặc .csv', en: 'only .xlsx and .csv files are read' },
      location,
    );
  }
  const head = await firstBytes(file, 16_384);
  if (kind === 'xlsx' && !(head[0] === 0x50 && head[1] === 0x4b)) {
    throw new ConnectorError(
      'import.unreadable',
      exchange,
      {
        vi: 'tệp không phải là bảng tính .xlsx (có thể là .xls cũ hoặc tệp hỏng); hãy lưu lại dạng .xlsx',
        en: 'the file is not an .xlsx workbook (an old .xls, or damaged): save it again as .xlsx',
      },
      location,
    );
  }
  if (
    kind === 'csv' &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  ) {
    throw new ConnectorError(
      'import.encoding',
      exchange,
      {
        vi: 'tệp CSV mã hóa UTF-16; hãy lưu lại dạng "CSV UTF-8"',
        en: 'the CSV file is UTF-16: save it again as "CSV UTF-8"',
      },
      location,
    );
  }
  try {
    yield* kind === 'xlsx' ? xlsxRows(file) : csvRows(file, head);
  } catch (error) {
    if (error instanceof ConnectorError) throw error;
    if (error instanceof OrderFileError)
      throw new ConnectorError(error.code, exchange, error.reason, location);
    throw new ConnectorError(
      'import.unreadable',
      exchange,
      {
        vi: `không đọc được tệp: ${(error as Error).message}`,
        en: `the file cannot be read: ${(error as Error).message}`,
      },
      location,
    );
  }
}
