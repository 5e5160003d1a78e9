import type { RenderedListing } from '../types.js';

/** One column of an exchange's bulk-upload sheet. */
export interface ExportColumn {
  header: string;
  width?: number;
  value(listing: RenderedListing): string | number | null;
}

/** The layout of an exchange's bulk-upload workbook. */
export interface SheetLayout {
  sheetName: string;
  /** Rows above the header (a title, instructions), as the exchange's template has them. */
  preamble: readonly string[];
  columns: readonly ExportColumn[];
}

/** `Ảnh 1`…`Ảnh n` columns: the product's images, then the QR image, then blanks. */
export function imageColumns(count: number, header = (n: number) => `Ảnh ${n}`): ExportColumn[] {
  return Array.from({ length: count }, (_, index) => ({
    header: header(index + 1),
    width: 18,
    value: (listing: RenderedListing) => {
      const names = [...listing.images.map((image) => image.name), listing.qrImage];
      return names[index] ?? null;
    },
  }));
}

/** One attribute column per header, read from the listing's exported attributes. */
export function attributeColumns(headers: readonly string[]): ExportColumn[] {
  return headers.map((header) => ({
    header,
    width: 24,
    value: (listing: RenderedListing) => listing.attributes[header] ?? null,
  }));
}
