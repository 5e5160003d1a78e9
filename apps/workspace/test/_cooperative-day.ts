// What the cooperative's-day suite needs besides the pages: a photo as a phone hands it to the
// file input, the QR code of one label of a rendered PDF sheet, and the page texts of both
// languages the suite looks for.
import { inflateRawSync } from 'node:zlib';
import { createCanvas } from '@napi-rs/canvas';
import jsQRModule from 'jsqr';

// jsqr is CommonJS with a `default` property: the same function either way (as labels.test.ts).
const jsQR = (jsQRModule as unknown as { default?: typeof jsQRModule }).default ?? jsQRModule;

export type Language = 'vi' | 'en';
export type Words = Readonly<Record<Language, string>>;

/**
 * A real PNG photo, 600 × 600: square and at least 500 px a side, as PostMart's rules ask
 * (packages/connectors postmart-rules.ts), so the photo itself never keeps the product off it.
 */
export function photo(colour: string): Buffer {
  const canvas = createCanvas(600, 600);
  const context = canvas.getContext('2d');
  context.fillStyle = colour;
  context.fillRect(0, 0, 600, 600);
  context.fillStyle = '#ffffff';
  context.fillRect(150, 150, 300, 300);
  return canvas.toBuffer('image/png');
}

/** The QR code of the label at (x, y) mm, `width` × `height` mm, of a page rendered at `dpi`. */
export function decodeLabel(
  page: { width: number; height: number; data: Uint8ClampedArray },
  dpi: number,
  box: { x: number; y: number; width: number; height: number },
): string | undefined {
  const scale = dpi / 25.4;
  const left = Math.floor(box.x * scale);
  const top = Math.floor(box.y * scale);
  const width = Math.min(page.width, Math.ceil((box.x + box.width) * scale)) - left;
  const height = Math.min(page.height, Math.ceil((box.y + box.height) * scale)) - top;
  const pixels = new Uint8ClampedArray(width * height * 4);
  for (let row = 0; row < height; row++) {
    const from = ((top + row) * page.width + left) * 4;
    pixels.set(page.data.subarray(from, from + width * 4), row * width * 4);
  }
  return jsQR(pixels, width, height, { inversionAttempts: 'dontInvert' })?.data;
}

/**
 * The text of every file of a ZIP archive (an .xlsx workbook is one), by name, read from its
 * central directory: enough to find a SKU in the exported workbook without a spreadsheet library
 * the workspace does not depend on. Stored and deflated entries only, as every .xlsx writer makes.
 */
export function zipTexts(archive: Buffer): Map<string, string> {
  const end = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  if (end < 0) throw new Error('not a ZIP archive: no end of central directory');
  const texts = new Map<string, string>();
  let at = archive.readUInt32LE(end + 16);
  for (let count = archive.readUInt16LE(end + 10); count > 0; count--) {
    const method = archive.readUInt16LE(at + 10);
    const size = archive.readUInt32LE(at + 20);
    const nameLength = archive.readUInt16LE(at + 28);
    const local = archive.readUInt32LE(at + 42);
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength);
    const start = local + 30 + archive.readUInt16LE(local + 26) + archive.readUInt16LE(local + 28);
    const data = archive.subarray(start, start + size);
    texts.set(name, (method === 8 ? inflateRawSync(data) : data).toString('utf8'));
    at += 46 + nameLength + archive.readUInt16LE(at + 30) + archive.readUInt16LE(at + 32);
  }
  return texts;
}

/** The words of the workspace's and the shop's pages the suite reads or taps, per language. */
export const WORDS = {
  join: { vi: 'Nhận lời mời và đăng nhập', en: 'Accept and sign in' },
  today: { vi: 'Hôm nay', en: 'Today' },
  addHousehold: { vi: 'Thêm hộ', en: 'Add the household' },
  saveProduct: { vi: 'Lưu sản phẩm', en: 'Save the product' },
  productAdded: {
    vi: 'Đã thêm sản phẩm',
    en: 'The product was added and recorded in the trace ledger.',
  },
  openLot: { vi: 'Mở lô', en: 'Open the lot' },
  lotOpened: { vi: 'Đã mở lô.', en: 'The lot was opened.' },
  recordWork: { vi: 'Ghi công việc', en: 'Record work' },
  record: { vi: 'Ghi lại', en: 'Record' },
  recorded: { vi: 'Đã ghi', en: 'Recorded' },
  sowing: { vi: 'Gieo trồng', en: 'Sowing' },
  fertilising: { vi: 'Bón phân', en: 'Fertilising' },
  spraying: { vi: 'Phun thuốc bảo vệ thực vật', en: 'Crop protection spraying' },
  harvest: { vi: 'Thu hoạch', en: 'Harvest' },
  packing: { vi: 'Đóng gói', en: 'Packing' },
  verified: { vi: 'Đã xác minh', en: 'Verified' },
  origin: { vi: 'Nguồn gốc', en: 'Origin' },
  printLabels: { vi: 'In tem', en: 'Print labels' },
  labelsTitle: { vi: 'In tem truy xuất', en: 'Print trace labels' },
  printFile: { vi: 'Đăng ký mã và tải tệp in', en: 'Register the codes and download' },
  ready: { vi: 'Đạt quy định', en: 'Ready' },
  exportPostMart: { vi: 'Xuất cho PostMart', en: 'Export for PostMart' },
  exportResult: { vi: 'Kết quả xuất', en: 'Export result' },
  exportedOne: { vi: 'Đã xuất 1 sản phẩm cho PostMart', en: 'Exported 1 products for PostMart' },
  notExported: { vi: 'Không xuất được', en: 'Not exported' },
  workbook: { vi: 'Tải bảng tính', en: 'Download the workbook' },
} as const satisfies Record<string, Words>;
