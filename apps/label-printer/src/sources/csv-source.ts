import type { Message } from '@nguongoc/vn-locale';
import { TraceFormatError, formatDigitalLink, formatShortCodeUrl } from '@nguongoc/trace-core';
import { type CsvError, parse } from 'csv-parse/sync';
import { LabelError, type ErrorLocation } from '../errors.js';
import { type LabelData, normalizeLabel } from '../label-data.js';
import type { LabelRow } from '../label-job.js';

/** The columns a label CSV may have; `product` and `lot` are required. */
export const CSV_COLUMNS = [
  'product',
  'lot',
  'uri',
  'gtin',
  'short_code',
  'serial',
  'code',
  'stars',
  'produced',
  'expires',
  'cooperative',
  'copies',
] as const;

type Column = (typeof CSV_COLUMNS)[number];

/**
 * Reads label rows from CSV text (UTF-8, a header row, comma-separated). A row's QR holds its
 * `uri`, or the GS1 Digital Link of its `gtin`, `lot` and `serial`, or the short-code URL of
 * `short_code`.
 * @throws LabelError naming the file, line and column of the first problem: an unknown or
 *   missing column, a bad date, GTIN or number of copies.
 */
export function labelRowsFromCsv(text: string, file: string, base: string | undefined): LabelRow[] {
  let records: { record: Record<string, string>; info: { lines: number } }[];
  try {
    records = parse(text, {
      bom: true,
      columns: (header: string[]) => checkHeader(header, file),
      info: true,
      trim: true,
      skip_empty_lines: true,
    });
  } catch (error) {
    if (error instanceof LabelError) throw error;
    const csv = error as CsvError;
    throw new LabelError(
      'csv.syntax',
      { vi: `CSV không đọc được (${csv.message})`, en: `the CSV cannot be read (${csv.message})` },
      {
        file,
        ...(typeof csv.lines === 'number' && { line: csv.lines }),
      },
    );
  }
  if (records.length === 0) {
    throw new LabelError(
      'csv.empty',
      { vi: 'CSV không có dòng dữ liệu nào', en: 'the CSV has no data rows' },
      {
        file,
      },
    );
  }
  return records.map(({ record, info }) => rowFromRecord(record, { file, line: info.lines }, base));
}

function checkHeader(header: string[], file: string): string[] {
  const names = header.map((name) => name.trim().toLowerCase());
  names.forEach((name, index) => {
    if (!(CSV_COLUMNS as readonly string[]).includes(name)) {
      throw new LabelError(
        'csv.unknown_column',
        {
          vi: `cột "${header[index]}" không có trong mẫu (các cột: ${CSV_COLUMNS.join(', ')})`,
          en: `unknown column "${header[index]}" (columns: ${CSV_COLUMNS.join(', ')})`,
        },
        { file, line: 1, column: index + 1 },
      );
    }
    if (names.indexOf(name) !== index) {
      throw new LabelError(
        'csv.duplicate_column',
        { vi: `cột "${name}" lặp lại`, en: `column "${name}" appears twice` },
        { file, line: 1, column: index + 1 },
      );
    }
  });
  for (const required of ['product', 'lot'] as const) {
    if (!names.includes(required)) {
      throw new LabelError(
        'csv.missing_column',
        { vi: `thiếu cột "${required}"`, en: `the "${required}" column is missing` },
        { file, line: 1 },
      );
    }
  }
  if (!names.includes('uri') && !names.includes('gtin') && !names.includes('short_code')) {
    throw new LabelError(
      'csv.missing_column',
      {
        vi: 'cần một trong các cột "uri", "gtin" hoặc "short_code" để tạo mã QR',
        en: 'one of the columns "uri", "gtin" or "short_code" is needed for the QR code',
      },
      { file, line: 1 },
    );
  }
  return names;
}

function rowFromRecord(
  record: Record<string, string>,
  where: { file: string; line: number },
  base: string | undefined,
): LabelRow {
  const columns = Object.keys(record);
  const at = (column: Column): ErrorLocation =>
    columns.includes(column) ? { ...where, column: columns.indexOf(column) + 1 } : where;
  const value = (column: Column): string | undefined => {
    const cell = record[column];
    return cell === undefined || cell === '' ? undefined : cell;
  };
  const fail = (column: Column, reason: Message): never => {
    throw new LabelError(
      'csv.value',
      { vi: `${column}: ${reason.vi}`, en: `${column}: ${reason.en}` },
      at(column),
    );
  };
  const lot = value('lot') ?? fail('lot', { vi: 'còn trống', en: 'is empty' });
  const serial = value('serial');
  let uri = value('uri');
  let code = value('code');
  try {
    const gtin = value('gtin');
    const shortCode = value('short_code');
    if (uri === undefined && (gtin !== undefined || shortCode !== undefined)) {
      if (base === undefined)
        fail(gtin ? 'gtin' : 'short_code', {
          vi: 'cần --base (địa chỉ trang truy xuất) để tạo URI',
          en: '--base (the trace host) is needed to build the URI',
        });
      uri =
        gtin !== undefined
          ? formatDigitalLink({ base: base!, gtin, lot, ...(serial !== undefined && { serial }) })
          : formatShortCodeUrl(base!, shortCode!);
      code ??=
        gtin !== undefined
          ? serial === undefined
            ? lot
            : `${lot} · ${serial}`
          : shortCode!.toUpperCase();
    }
  } catch (error) {
    if (error instanceof TraceFormatError) {
      const column: Column = /gtin/.test(error.field)
        ? 'gtin'
        : /serial/.test(error.field)
          ? 'serial'
          : /lot/.test(error.field)
            ? 'lot'
            : value('gtin')
              ? 'gtin'
              : 'short_code';
      fail(column, {
        vi: error.messageVi.slice(error.field.length + 2),
        en: error.message.slice(error.field.length + 2),
      });
    }
    throw error;
  }
  if (uri === undefined)
    fail('uri', { vi: 'cần uri, gtin hoặc short_code', en: 'uri, gtin or short_code is needed' });
  const stars = value('stars');
  if (stars !== undefined && !/^[345]$/.test(stars))
    fail('stars', { vi: `"${stars}" phải là 3, 4 hoặc 5`, en: `"${stars}" must be 3, 4 or 5` });
  const copiesText = value('copies') ?? '1';
  if (!/^\d{1,6}$/.test(copiesText) || Number(copiesText) < 1)
    fail('copies', {
      vi: `"${copiesText}" phải là số nguyên từ 1`,
      en: `"${copiesText}" must be a whole number of 1 or more`,
    });
  const data: LabelData = {
    uri: uri!,
    code: code ?? uri!,
    product: value('product') ?? fail('product', { vi: 'còn trống', en: 'is empty' }),
    lot,
    ...(stars !== undefined && { stars: Number(stars) as 3 | 4 | 5 }),
    ...(value('produced') !== undefined && { producedOn: value('produced')! }),
    ...(value('expires') !== undefined && { expiresOn: value('expires')! }),
    ...(value('cooperative') !== undefined && { cooperative: value('cooperative')! }),
    ...(serial !== undefined && { serial }),
  };
  try {
    return { data: normalizeLabel(data), copies: Number(copiesText), where };
  } catch (error) {
    if (!(error instanceof LabelError)) throw error;
    const field = error.messageEn.split(':')[0]!;
    const column =
      ({ producedOn: 'produced', expiresOn: 'expires' } as Record<string, Column>)[field] ??
      (field as Column);
    const named = (message: string) => `${column}${message.slice(field.length)}`;
    throw new LabelError(
      'csv.value',
      { vi: named(error.messageVi), en: named(error.messageEn) },
      at(column),
    );
  }
}
