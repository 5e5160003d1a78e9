import { attributeColumns, imageColumns, type SheetLayout } from '../export/export-columns.js';
import { VOSO_RULES } from './voso-rules.js';

/** VoSo's bulk-upload sheet: two lines of title above the header, weight in kg, up to 8 images. */
export const VOSO_LAYOUT: SheetLayout = {
  sheetName: 'DangSanPham',
  preamble: [
    'MẪU ĐĂNG SẢN PHẨM HÀNG LOẠT – VOSO.VN',
    'Không sửa dòng tiêu đề bên dưới. (*) là bắt buộc.',
  ],
  columns: [
    { header: 'SKU (*)', value: (l) => l.sku },
    { header: 'Tên sản phẩm (*)', width: 48, value: (l) => l.title },
    { header: 'Ngành hàng (*)', width: 32, value: (l) => l.category.path },
    { header: 'Giá niêm yết (*)', value: (l) => l.priceVnd },
    { header: 'Tồn kho (*)', value: (l) => l.stock },
    { header: 'Đơn vị tính', value: (l) => l.unitLabel },
    { header: 'Cân nặng (kg) (*)', value: (l) => l.weight },
    { header: 'Chiều dài (cm)', value: (l) => l.dimensionsCm.length },
    { header: 'Chiều rộng (cm)', value: (l) => l.dimensionsCm.width },
    { header: 'Chiều cao (cm)', value: (l) => l.dimensionsCm.height },
    { header: 'Mô tả chi tiết (*)', width: 80, value: (l) => l.description },
    { header: 'Nơi sản xuất', width: 32, value: (l) => l.origin },
    ...attributeColumns(Object.values(VOSO_RULES.attributeColumns.value)),
    { header: 'Link truy xuất', width: 40, value: (l) => l.traceUrl },
    ...imageColumns(VOSO_RULES.imageCount.value.max, (n) => `Hình ảnh ${n}`),
  ],
};
