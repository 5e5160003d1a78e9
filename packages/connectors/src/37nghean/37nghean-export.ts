import { attributeColumns, imageColumns, type SheetLayout } from '../export/export-columns.js';
import { formatNumber } from '../render/listing-style.js';
import { NGHEAN37_RULES } from './37nghean-rules.js';

/** 37nghean's product import sheet: one title line, dimensions in one "D x R x C" cell. */
export const NGHEAN37_LAYOUT: SheetLayout = {
  sheetName: 'Sản phẩm',
  preamble: ['Danh sách sản phẩm – 37nghean.com'],
  columns: [
    { header: 'Mã sản phẩm', value: (l) => l.sku },
    { header: 'Tên sản phẩm', width: 48, value: (l) => l.title },
    { header: 'Danh mục', width: 32, value: (l) => l.category.path },
    { header: 'Giá (đ)', value: (l) => l.priceVnd },
    { header: 'Số lượng', value: (l) => l.stock },
    { header: 'Đơn vị', value: (l) => l.unitLabel },
    { header: 'Trọng lượng (gr)', value: (l) => l.weight },
    {
      header: 'D x R x C (cm)',
      value: (l) =>
        [l.dimensionsCm.length, l.dimensionsCm.width, l.dimensionsCm.height]
          .map(formatNumber)
          .join(' x '),
    },
    { header: 'Mô tả', width: 80, value: (l) => l.description },
    { header: 'Nơi sản xuất', width: 32, value: (l) => l.origin },
    ...attributeColumns(Object.values(NGHEAN37_RULES.attributeColumns.value)),
    { header: 'Truy xuất nguồn gốc', width: 40, value: (l) => l.traceUrl },
    ...imageColumns(NGHEAN37_RULES.imageCount.value.max),
  ],
};
