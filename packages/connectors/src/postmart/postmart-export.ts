import { attributeColumns, imageColumns, type SheetLayout } from '../export/export-columns.js';
import { POSTMART_RULES } from './postmart-rules.js';

/** PostMart's bulk-upload sheet: header on row 1, weight in grams, up to 9 images. */
export const POSTMART_LAYOUT: SheetLayout = {
  sheetName: 'SanPham',
  preamble: [],
  columns: [
    { header: 'Mã SKU', value: (l) => l.sku },
    { header: 'Tên sản phẩm', width: 48, value: (l) => l.title },
    { header: 'Danh mục', width: 32, value: (l) => l.category.path },
    { header: 'Giá bán (VNĐ)', value: (l) => l.priceVnd },
    { header: 'Số lượng tồn kho', value: (l) => l.stock },
    { header: 'Quy cách', value: (l) => l.unitLabel },
    { header: 'Khối lượng (gram)', value: (l) => l.weight },
    { header: 'Dài (cm)', value: (l) => l.dimensionsCm.length },
    { header: 'Rộng (cm)', value: (l) => l.dimensionsCm.width },
    { header: 'Cao (cm)', value: (l) => l.dimensionsCm.height },
    { header: 'Mô tả sản phẩm', width: 80, value: (l) => l.description },
    { header: 'Xuất xứ', width: 32, value: (l) => l.origin },
    ...attributeColumns(Object.values(POSTMART_RULES.attributeColumns.value)),
    { header: 'Link truy xuất nguồn gốc', width: 40, value: (l) => l.traceUrl },
    ...imageColumns(POSTMART_RULES.imageCount.value.max),
  ],
};
