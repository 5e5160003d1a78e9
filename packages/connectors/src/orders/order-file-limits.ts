import type { Message } from '@nguongoc/vn-locale';

// What an order export may be, checked while it is read so that a hostile or broken file is
// refused before it costs memory or time. Each limit is far above what a real export needs and
// far below what hurts the backend; the README's "Limits on order files" says the same.

/** Excel's own grid (ECMA-376 Part 1, 18.3.1.4 and Excel's specifications): column XFD, row 1,048,576. */
export const MAX_COLUMNS = 16_384;
export const MAX_ROW_NUMBER = 1_048_576;

/**
 * Rows of one order export: far above one cooperative's export from one exchange, and still
 * read in seconds (a 100,000-row CSV takes about 8 s on the project's VM).
 */
export const MAX_ROWS = 100_000;

/**
 * Inflated bytes of the sheet. An export row is about 200 bytes of sheet XML (the tests' 3,000-row
 * file has over 600 KiB), so 100,000 rows are about 20 MiB and 64 MiB leaves room for wide rows;
 * a deflate bomb (up to 1,032 bytes out per byte in) stops here.
 */
export const MAX_SHEET_BYTES = 64 * 2 ** 20;

/**
 * Inflated bytes of the shared strings, which are all held in memory for the whole read (as
 * UTF-16, up to twice their UTF-8 size). Exceljs and Excel write each distinct text once, so even
 * 100,000 rows of distinct names and addresses stay under 16 MiB.
 */
export const MAX_SHARED_STRINGS_BYTES = 16 * 2 ** 20;

/** Inflated bytes of the workbook, its relationships and its styles: a few KiB in real files. */
export const MAX_PART_BYTES = 4 * 2 ** 20;

/** Shared strings: at most one per cell of 100,000 rows of about 10 text columns. */
export const MAX_SHARED_STRINGS = 1_000_000;

/** Characters in one cell or one shared string: Excel's own limit on a cell's text. */
export const MAX_CELL_CHARACTERS = 32_767;

/**
 * Characters between two "<" of an XLSX part (a text or a tag with its attributes). saxes holds
 * such a run whole until it ends, so a bomb of one endless text would otherwise be held up to the
 * part's cap (64 MiB, twice that while strings are joined). A cell's text is at most 32,767
 * characters, 163,835 if every one is written as an entity such as `&amp;`.
 */
export const MAX_XML_RUN_CHARACTERS = 1_048_576;

/** Characters of one CSV record (a line, or lines inside quotes): an order row is under 2,000. */
export const MAX_CSV_RECORD_CHARACTERS = 1_048_576;

/**
 * Compressed bytes handed to the inflater at a time. Inflating stops between slices, so a bomb
 * overshoots a cap by at most about 1,032 × this (4 MiB) before it is refused.
 */
export const INFLATE_SLICE_BYTES = 4_096;

const mib = (bytes: number) => `${bytes / 2 ** 20} MiB`;
const count = (n: number) => n.toLocaleString('en-US');
const countVi = (n: number) => n.toLocaleString('en-US').replaceAll(',', '.');

/**
 * An order file that is refused as it is read: too large once inflated, a reference outside
 * Excel's grid, broken XML, a truncated zip. `code` says which (`import.too_large`,
 * `import.out_of_grid`, `import.unreadable`); `reason` says it in Vietnamese and English.
 */
export class OrderFileError extends Error {
  override readonly name = 'OrderFileError';
  constructor(
    readonly code: 'import.too_large' | 'import.out_of_grid' | 'import.unreadable',
    readonly reason: Message,
  ) {
    super(`${reason.vi} / ${reason.en}`);
  }
}

export const tooLarge = {
  inflated: (part: string, limit: number) =>
    new OrderFileError('import.too_large', {
      vi: `phần ${part} của tệp .xlsx giải nén ra hơn ${mib(limit)} (giới hạn cho một tệp đơn hàng)`,
      en: `part ${part} of the .xlsx file inflates to more than ${mib(limit)} (the limit for an order file)`,
    }),
  rows: () =>
    new OrderFileError('import.too_large', {
      vi: `tệp có hơn ${countVi(MAX_ROWS)} dòng; hãy chia thành nhiều tệp`,
      en: `the file has more than ${count(MAX_ROWS)} rows: split it into several files`,
    }),
  sharedStrings: () =>
    new OrderFileError('import.too_large', {
      vi: `tệp .xlsx có hơn ${countVi(MAX_SHARED_STRINGS)} chuỗi dùng chung`,
      en: `the .xlsx file has more than ${count(MAX_SHARED_STRINGS)} shared strings`,
    }),
  cell: (where: Message) =>
    new OrderFileError('import.too_large', {
      vi: `${where.vi} dài hơn ${countVi(MAX_CELL_CHARACTERS)} ký tự (giới hạn của Excel)`,
      en: `${where.en} is longer than ${count(MAX_CELL_CHARACTERS)} characters (Excel's limit)`,
    }),
  xmlRun: () =>
    new OrderFileError('import.too_large', {
      vi: `tệp .xlsx có một đoạn văn bản hoặc thẻ XML dài hơn ${countVi(MAX_XML_RUN_CHARACTERS)} ký tự`,
      en: `the .xlsx file has an XML text or tag longer than ${count(MAX_XML_RUN_CHARACTERS)} characters`,
    }),
  record: (row: number) =>
    new OrderFileError('import.too_large', {
      vi: `dòng CSV ${row} dài hơn ${countVi(MAX_CSV_RECORD_CHARACTERS)} ký tự (có thể thiếu dấu " đóng)`,
      en: `CSV row ${row} is longer than ${count(MAX_CSV_RECORD_CHARACTERS)} characters (a closing " may be missing)`,
    }),
};

export const outOfGrid = (reference: string) =>
  new OrderFileError('import.out_of_grid', {
    vi: `ô "${reference.slice(0, 24)}" nằm ngoài bảng tính của Excel (tối đa cột XFD, dòng ${countVi(MAX_ROW_NUMBER)})`,
    en: `cell "${reference.slice(0, 24)}" lies outside Excel's grid (at most column XFD, row ${count(MAX_ROW_NUMBER)})`,
  });

export const unreadable = (vi: string, en: string) =>
  new OrderFileError('import.unreadable', { vi, en });
