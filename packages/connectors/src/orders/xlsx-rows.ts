import { Unzip, UnzipInflate, type UnzipFile } from 'fflate';
import { SaxesParser, type SaxesTagPlain } from 'saxes';
import {
  INFLATE_SLICE_BYTES,
  MAX_CELL_CHARACTERS,
  MAX_COLUMNS,
  MAX_PART_BYTES,
  MAX_ROWS,
  MAX_ROW_NUMBER,
  MAX_SHARED_STRINGS,
  MAX_SHARED_STRINGS_BYTES,
  MAX_SHEET_BYTES,
  MAX_XML_RUN_CHARACTERS,
  OrderFileError,
  outOfGrid,
  tooLarge,
  unreadable,
} from './order-file-limits.js';

// A streaming reader for the first worksheet of an XLSX file (ECMA-376 Part 1, SpreadsheetML:
// section 18.3 worksheet rows and cells, 18.4 shared strings, 18.8 styles for date formats).
// exceljs's streaming reader decodes each 16 KiB chunk of XML as UTF-8 on its own, so a
// Vietnamese letter split across two chunks becomes "��" (exceljs issues #2063, #2316, open in
// 4.4.0): about one cell in a few thousand. Here the zip is inflated by fflate, the text decoded
// with a streaming TextDecoder, and the XML parsed by saxes. See ADR 015.

/** A cell: text, number, boolean, or a Date for a number shown with a date format. */
export type XlsxCell = string | number | boolean | Date | null;

/** A source that can be streamed from the start more than once (a path or bytes). */
export type RestartableSource = () => AsyncIterable<Uint8Array>;

interface WorkbookParts {
  sheetPath: string;
  sharedStrings: string[];
  dateStyles: boolean[];
  date1904: boolean;
}

// Built-in number formats that show dates or times (ECMA-376 Part 1, 18.8.30).
const BUILT_IN_DATE_FORMATS = new Set([
  14, 15, 16, 17, 18, 19, 20, 21, 22, 27, 28, 29, 30, 31, 32, 33, 34, 35, 36, 45, 46, 47, 50, 51,
  52, 53, 54, 55, 56, 57, 58,
]);

const local = (name: string) => name.slice(name.indexOf(':') + 1);

/**
 * A copy of `text` that does not hold on to the XML it was read from. saxes hands out text as
 * slices of the decoded chunk, and V8 keeps a long slice's whole parent string alive: the kept
 * cells of a 50,000-row sheet held most of its XML (about 45 MB, measured with the bench's file).
 * Concatenating then slicing makes a fresh flat string.
 */
function detached(text: string): string {
  return text.length < 13 ? text : (' ' + text).slice(1);
}

/** A format code shows a date when, outside quoted text and [brackets], it has d, m, y, h or s. */
function isDateFormat(code: string): boolean {
  return /[dmyhs]/i.test(code.replace(/"[^"]*"|\[[^\]]*\]|\\./g, ''));
}

/** What to do with one zip entry's text, and how many inflated bytes it may have. */
interface EntryHandler {
  feed: (text: string, final: boolean) => void;
  maxBytes: number;
}

/** A failure inside one entry (or, without a name, of the zip), as the typed error that names it. */
function entryFailure(name: string, error: unknown): OrderFileError {
  if (error instanceof OrderFileError) return error;
  const detail = (error as Error).message.split('\n')[0]!.slice(0, 200);
  if (name === '') {
    return unreadable(
      `tệp .xlsx bị hỏng hoặc bị cắt cụt (${detail})`,
      `the .xlsx file is damaged or truncated (${detail})`,
    );
  }
  return unreadable(
    `phần ${name} của tệp .xlsx bị hỏng (${detail})`,
    `part ${name} of the .xlsx file is damaged (${detail})`,
  );
}

/**
 * Streams named zip entries' text to handlers, yielding after each slice of the file so that a
 * caller can hand out what the handlers collected. Other entries are skipped without inflating.
 * An entry is stopped as soon as its inflated bytes pass its cap, and the compressed bytes go in
 * by slices of INFLATE_SLICE_BYTES, so a deflate bomb is cut off a few MiB past the cap.
 * @returns through `seen`, the names of the handled entries found in the file.
 * @throws OrderFileError for a damaged or truncated zip, broken XML or an entry over its cap.
 */
async function* readEntries(
  source: RestartableSource,
  handlers: Record<string, EntryHandler>,
  seen: Set<string> = new Set(),
): AsyncGenerator<void> {
  let failure: OrderFileError | undefined;
  const unfinished = new Set<string>();
  const unzip = new Unzip((file: UnzipFile) => {
    const handler = handlers[file.name];
    if (!handler || failure) return;
    seen.add(file.name);
    unfinished.add(file.name);
    const decoder = new TextDecoder('utf-8');
    let inflated = 0;
    file.ondata = (error, chunk, final) => {
      if (failure) return;
      try {
        if (error) throw error;
        inflated += chunk.byteLength;
        if (inflated > handler.maxBytes) throw tooLarge.inflated(file.name, handler.maxBytes);
        handler.feed(decoder.decode(chunk, { stream: !final }), final);
        if (final) unfinished.delete(file.name);
      } catch (caught) {
        failure = entryFailure(file.name, caught);
        file.terminate();
      }
    };
    try {
      file.start();
    } catch (error) {
      failure = entryFailure(file.name, error);
    }
  });
  unzip.register(UnzipInflate);
  const push = (chunk: Uint8Array, final: boolean) => {
    try {
      unzip.push(chunk, final);
    } catch (error) {
      failure ??= entryFailure('', error);
    }
    if (failure) throw failure;
  };
  for await (const chunk of source()) {
    for (let at = 0; at < chunk.byteLength; at += INFLATE_SLICE_BYTES) {
      push(chunk.subarray(at, at + INFLATE_SLICE_BYTES), false);
      yield;
    }
  }
  push(new Uint8Array(0), true);
  if (unfinished.size > 0) {
    const name = [...unfinished][0]!;
    throw unreadable(
      `tệp .xlsx bị cắt cụt: phần ${name} không trọn vẹn`,
      `the .xlsx file is truncated: part ${name} is incomplete`,
    );
  }
}

/** A SAX parser fed piece by piece; tag names lose their namespace prefix. */
function xmlParser(events: {
  open?: (tag: SaxesTagPlain) => void;
  close?: (name: string) => void;
  text?: (text: string) => void;
}): (text: string, final: boolean) => void {
  const parser = new SaxesParser();
  if (events.open) parser.on('opentag', (tag) => events.open!({ ...tag, name: local(tag.name) }));
  if (events.close) parser.on('closetag', (tag) => events.close!(local(tag.name)));
  if (events.text) parser.on('text', events.text);
  parser.on('error', (error) => {
    throw error;
  });
  let run = 0;
  return (text, final) => {
    const lastTag = text.lastIndexOf('<');
    run = lastTag === -1 ? run + text.length : text.length - lastTag - 1;
    if (run > MAX_XML_RUN_CHARACTERS) throw tooLarge.xmlRun();
    parser.write(text);
    if (final) parser.close();
  };
}

async function workbookParts(source: RestartableSource): Promise<WorkbookParts> {
  let firstSheetId: string | undefined;
  let date1904 = false;
  const targets = new Map<string, string>();
  const sharedStrings: string[] = [];
  const numFmts = new Map<number, string>();
  const xfFormats: number[] = [];
  let inCellXfs = false;
  let inString = false;
  let inPhonetic = false;
  let inText = false;
  let current = '';

  const part = (feed: EntryHandler['feed'], maxBytes = MAX_PART_BYTES) => ({ feed, maxBytes });
  const seen = new Set<string>();
  const entries = readEntries(
    source,
    {
      'xl/workbook.xml': part(
        xmlParser({
          open(tag) {
            if (tag.name === 'sheet' && firstSheetId === undefined)
              firstSheetId = tag.attributes['r:id'] ?? tag.attributes.id;
            if (tag.name === 'workbookPr')
              date1904 = ['1', 'true'].includes(tag.attributes.date1904 ?? '');
          },
        }),
      ),
      'xl/_rels/workbook.xml.rels': part(
        xmlParser({
          open(tag) {
            if (tag.name === 'Relationship' && tag.attributes.Id && tag.attributes.Target)
              targets.set(tag.attributes.Id, tag.attributes.Target);
          },
        }),
      ),
      'xl/sharedStrings.xml': part(
        xmlParser({
          open(tag) {
            if (tag.name === 'si') {
              inString = true;
              current = '';
            } else if (tag.name === 'rPh') inPhonetic = true;
            else if (tag.name === 't' && inString && !inPhonetic) inText = true;
          },
          close(name) {
            if (name === 'si') {
              if (sharedStrings.length >= MAX_SHARED_STRINGS) throw tooLarge.sharedStrings();
              sharedStrings.push(detached(current.normalize('NFC')));
              inString = false;
            } else if (name === 'rPh') inPhonetic = false;
            else if (name === 't') inText = false;
          },
          text(text) {
            if (!inText) return;
            current += text;
            if (current.length > MAX_CELL_CHARACTERS)
              throw tooLarge.cell({
                vi: `chuỗi dùng chung số ${sharedStrings.length + 1}`,
                en: `shared string ${sharedStrings.length + 1}`,
              });
          },
        }),
        MAX_SHARED_STRINGS_BYTES,
      ),
      'xl/styles.xml': part(
        xmlParser({
          open(tag) {
            if (tag.name === 'numFmt')
              numFmts.set(Number(tag.attributes.numFmtId), tag.attributes.formatCode ?? '');
            else if (tag.name === 'cellXfs') inCellXfs = true;
            else if (tag.name === 'xf' && inCellXfs)
              xfFormats.push(Number(tag.attributes.numFmtId ?? 0));
          },
          close(name) {
            if (name === 'cellXfs') inCellXfs = false;
          },
        }),
      ),
    },
    seen,
  );
  while (!(await entries.next()).done);
  if (!seen.has('xl/workbook.xml')) {
    throw unreadable(
      'tệp .xlsx không có xl/workbook.xml (tệp hỏng, hoặc không phải bảng tính Excel)',
      'the .xlsx file has no xl/workbook.xml (damaged, or not an Excel workbook)',
    );
  }

  const target = firstSheetId === undefined ? undefined : targets.get(firstSheetId);
  const sheetPath =
    target === undefined
      ? 'xl/worksheets/sheet1.xml'
      : target.startsWith('/')
        ? target.slice(1)
        : `xl/${target}`;
  const dateStyles = xfFormats.map((id) => {
    const custom = numFmts.get(id);
    return custom === undefined ? BUILT_IN_DATE_FORMATS.has(id) : isDateFormat(custom);
  });
  return { sheetPath, sharedStrings, dateStyles, date1904 };
}

/**
 * The 0-based column of a cell reference such as "C12", checked against Excel's grid before the
 * row grows to it: a column far past XFD once made the row array grow until V8 stopped the
 * process ("Fatal JavaScript invalid size error", not an exception anyone could catch).
 * @returns undefined for a reference without column letters (the cell follows the previous one).
 * @throws OrderFileError for a column past XFD or a row past 1,048,576.
 */
export function columnIndex(reference: string | undefined): number | undefined {
  if (reference === undefined) return undefined;
  const [, letters = '', digits = ''] = /^([A-Z]*)(\d*)/.exec(reference)!;
  if (letters.length > 3 || digits.length > 7) throw outOfGrid(reference);
  if (digits !== '' && Number(digits) > MAX_ROW_NUMBER) throw outOfGrid(reference);
  if (letters === '') return undefined;
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  if (index > MAX_COLUMNS) throw outOfGrid(reference);
  return index - 1;
}

/** A serial day number as the wall-clock time it shows, in a Date's UTC fields. */
function serialDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? 1462 : 0) - 25569;
  return new Date(Math.round(days * 86_400) * 1000);
}

/**
 * The rows of the workbook's first sheet, streamed, with 1-based row numbers as Excel shows them.
 * The file is read twice: once for the shared strings and styles, once for the sheet.
 */
export async function* xlsxSheetRows(
  source: RestartableSource,
): AsyncGenerator<{ row: number; cells: XlsxCell[] }> {
  const parts = await workbookParts(source);
  const ready: { row: number; cells: XlsxCell[] }[] = [];
  let rowNumber = 0;
  let cells: XlsxCell[] = [];
  let column = 0;
  let type = 'n';
  let style = 0;
  let value = '';
  let inValue = false;
  let inInline = false;
  let inPhonetic = false;
  let rowsSeen = 0;

  const finishCell = () => {
    let cell: XlsxCell;
    if (type === 's') cell = parts.sharedStrings[Number(value)] ?? null;
    else if (type === 'inlineStr' || type === 'str') cell = detached(value.normalize('NFC'));
    else if (type === 'b') cell = value === '1';
    else if (type === 'e') cell = null;
    else if (type === 'd') cell = value === '' ? null : new Date(value);
    else if (value === '') cell = null;
    else {
      const number = Number(value);
      cell = parts.dateStyles[style] ? serialDate(number, parts.date1904) : number;
    }
    // Short gaps are filled so that a row stays a packed array; a long one (a cell far to the
    // right) is left as a hole, so that a row costs its cells and not its width.
    if (column - cells.length <= 64) while (cells.length < column) cells.push(null);
    cells[column] = cell;
  };

  const feed = xmlParser({
    open(tag) {
      switch (tag.name) {
        case 'row': {
          rowsSeen += 1;
          if (rowsSeen > MAX_ROWS) throw tooLarge.rows();
          const r = tag.attributes.r;
          rowNumber = r === undefined ? rowNumber + 1 : Number(r);
          if (!Number.isSafeInteger(rowNumber) || rowNumber < 1 || rowNumber > MAX_ROW_NUMBER)
            throw outOfGrid(`row ${r ?? rowNumber}`);
          cells = [];
          column = 0;
          break;
        }
        case 'c':
          column = columnIndex(tag.attributes.r) ?? cells.length;
          if (column >= MAX_COLUMNS) throw outOfGrid(`${tag.attributes.r ?? `row ${rowNumber}`}`);
          type = tag.attributes.t ?? 'n';
          style = Number(tag.attributes.s ?? 0);
          value = '';
          break;
        case 'v':
          inValue = true;
          break;
        case 'is':
          inInline = true;
          break;
        case 'rPh':
          inPhonetic = true;
          break;
      }
    },
    close(name) {
      switch (name) {
        case 'v':
          inValue = false;
          break;
        case 'is':
          inInline = false;
          break;
        case 'rPh':
          inPhonetic = false;
          break;
        case 'c':
          finishCell();
          break;
        case 'row':
          ready.push({ row: rowNumber, cells });
          break;
      }
    },
    text(text) {
      if (!inValue && !(inInline && !inPhonetic)) return;
      value += text;
      if (value.length > MAX_CELL_CHARACTERS)
        throw tooLarge.cell({ vi: `ô ở dòng ${rowNumber}`, en: `a cell in row ${rowNumber}` });
    },
  });

  // Rows are collected while a chunk of the file is inflated and parsed, then handed out.
  const seen = new Set<string>();
  const entries = readEntries(
    source,
    { [parts.sheetPath]: { feed, maxBytes: MAX_SHEET_BYTES } },
    seen,
  );
  while (!(await entries.next()).done) {
    if (ready.length > 0) yield* ready.splice(0, ready.length);
  }
  yield* ready.splice(0, ready.length);
  if (!seen.has(parts.sheetPath)) {
    throw unreadable(
      `tệp .xlsx không có trang tính ${parts.sheetPath}`,
      `the .xlsx file has no worksheet ${parts.sheetPath}`,
    );
  }
}
