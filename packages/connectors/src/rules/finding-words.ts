// What each finding says to a cooperative's office staff, beside the rules it enforces (ADR 014):
// what is missing or wrong, then what to do, in Vietnamese and English, and the product field
// that fixes it. No internal names (`lengthCm`, attribute keys) and no raw values ("0 cm"): a
// person reads these on the exchanges page and follows the field's link to the product form.
import { type Message, formatVnd } from '@nguongoc/vn-locale';
import type { ProductField } from '../product-fields.js';
import type { AttributeName } from './rule-types.js';

export { PRODUCT_FIELDS, type ProductField } from '../product-fields.js';

/** A finding's words and where to fix it; `index` is the image's position for image findings. */
export interface FindingWords {
  field: ProductField;
  message: Message;
  index?: number;
}

/** `Thiếu thương hiệu: nhập thương hiệu của sản phẩm` from its two halves in each language. */
function words(
  field: ProductField,
  vi: [problem: string, action: string],
  en: [problem: string, action: string],
): FindingWords {
  return { field, message: { vi: `${vi[0]}: ${vi[1]}`, en: `${en[0]}: ${en[1]}` } };
}

/** The words of a finding about the image at `index` (0-based), which the finding carries. */
function imageWords(
  index: number,
  vi: [problem: string, action: string],
  en: [problem: string, action: string],
): FindingWords {
  return { ...words('images', vi, en), index };
}

/** Each NguonGoc attribute: its product field and how a person names it. */
export const ATTRIBUTE_WORDS: Readonly<
  Record<AttributeName, { field: ProductField; label: Message; enter: Message }>
> = {
  brand: {
    field: 'brand',
    label: { vi: 'thương hiệu', en: 'brand' },
    enter: { vi: 'nhập thương hiệu của sản phẩm', en: 'enter the product’s brand' },
  },
  shelfLife: {
    field: 'shelf_life_days',
    label: { vi: 'hạn sử dụng', en: 'shelf life' },
    enter: {
      vi: 'nhập số ngày sản phẩm dùng được kể từ ngày sản xuất',
      en: 'enter how many days the product keeps from the day it is made',
    },
  },
  storage: {
    field: 'storage',
    label: { vi: 'cách bảo quản', en: 'storage instructions' },
    enter: { vi: 'nhập cách bảo quản sản phẩm', en: 'enter how to store the product' },
  },
  ingredients: {
    field: 'ingredients',
    label: { vi: 'thành phần', en: 'ingredients' },
    enter: { vi: 'nhập thành phần của sản phẩm', en: 'enter what the product is made of' },
  },
  certification: {
    field: 'certification',
    label: { vi: 'chứng nhận', en: 'certification' },
    enter: {
      vi: 'nhập chứng nhận của sản phẩm (VietGAP, hữu cơ…)',
      en: 'enter the product’s certification (VietGAP, organic…)',
    },
  },
};

const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const kg = (grams: number) => `${Math.round(grams / 100) / 10}`.replace('.', ',');
const kgEn = (grams: number) => `${Math.round(grams / 100) / 10}`;

/** The words of every finding the connectors report, by code. */
export const FINDING_WORDS = {
  skuFormat: () =>
    words(
      'sku',
      [
        'Mã SKU có ký tự sàn không nhận',
        'chỉ dùng chữ không dấu, chữ số và dấu . _ - (tối đa 40 ký tự)',
      ],
      [
        'The SKU has characters the exchange refuses',
        'use letters without accents, digits and . _ - (up to 40 characters)',
      ],
    ),
  titleTooShort: (min: number) =>
    words(
      'title',
      ['Tên sản phẩm quá ngắn', `viết tên đầy đủ hơn (sàn cần ít nhất ${min} ký tự)`],
      ['Product name too short', `write a fuller name (the exchange needs ${min} characters)`],
    ),
  titleTooLong: (max: number) =>
    words(
      'title',
      ['Tên sản phẩm quá dài', `rút gọn tên (sàn nhận tối đa ${max} ký tự)`],
      ['Product name too long', `shorten the name (the exchange takes at most ${max} characters)`],
    ),
  descriptionTooShort: (min: number) =>
    words(
      'description',
      ['Mô tả quá ngắn', `viết thêm vài câu về sản phẩm (sàn cần ít nhất ${min} ký tự)`],
      [
        'Description too short',
        `add a few sentences about the product (the exchange needs ${min} characters)`,
      ],
    ),
  descriptionTruncated: (max: number) =>
    words(
      'description',
      ['Mô tả dài quá', `phần cuối đã bị cắt để vừa ${max} ký tự; nên viết gọn lại`],
      ['Description too long', `its end was cut to fit ${max} characters; consider shortening it`],
    ),
  price: (price: number, min: number, max: number) =>
    Number.isFinite(price) && price > 0
      ? words(
          'price',
          [
            'Giá bán không hợp lệ',
            `nhập giá là số đồng chẵn, từ ${formatVnd(min)} đến ${formatVnd(max)}`,
          ],
          ['Price not accepted', `enter whole đồng from ${formatVnd(min)} to ${formatVnd(max)}`],
        )
      : words(
          'price',
          ['Chưa có giá bán', 'nhập giá bán (đồng)'],
          ['Price missing', 'enter the price in đồng'],
        ),
  stock: () =>
    words(
      'stock',
      ['Số lượng tồn kho không hợp lệ', 'nhập số nguyên từ 0 trở lên'],
      ['Stock not valid', 'enter a whole number, 0 or more'],
    ),
  netQuantity: () =>
    words(
      'net_quantity',
      ['Thiếu khối lượng tịnh', 'nhập khối lượng hoặc thể tích của một sản phẩm (ví dụ 500 g)'],
      ['Net content missing', 'enter what one item weighs or holds (e.g. 500 g)'],
    ),
  tooFewImages: (missing: number, min: number) =>
    words(
      'images',
      [
        'Thiếu ảnh sản phẩm',
        `thêm ${missing} ảnh nữa (sàn cần ít nhất ${min} ảnh, kể cả ảnh mã QR NguonGoc tự thêm)`,
      ],
      [
        'Not enough photos',
        `add ${missing} more (the exchange needs ${min}, counting the QR image NguonGoc adds)`,
      ],
    ),
  tooManyImages: (extra: number, max: number) =>
    words(
      'images',
      ['Quá nhiều ảnh', `bỏ bớt ${extra} ảnh (sàn nhận tối đa ${max} ảnh, kể cả ảnh mã QR)`],
      ['Too many photos', `remove ${extra} (the exchange takes ${max}, counting the QR image)`],
    ),
  imageFormat: (index: number) =>
    imageWords(
      index,
      [`Ảnh thứ ${index + 1} không phải ảnh JPG hoặc PNG`, 'thay bằng ảnh JPG hoặc PNG'],
      [`Photo ${index + 1} is not a JPG or PNG`, 'replace it with a JPG or PNG photo'],
    ),
  imageTooSmall: (index: number, minSide: number) =>
    imageWords(
      index,
      [`Ảnh thứ ${index + 1} quá nhỏ`, `thay bằng ảnh có cạnh ngắn từ ${minSide} điểm ảnh trở lên`],
      [`Photo ${index + 1} is too small`, `replace it with one at least ${minSide} pixels a side`],
    ),
  imageTooLarge: (index: number, maxBytes: number) =>
    imageWords(
      index,
      [`Ảnh thứ ${index + 1} quá nặng`, `thay bằng ảnh dưới ${Math.round(maxBytes / 2 ** 20)} MB`],
      [
        `Photo ${index + 1} is too large`,
        `replace it with one under ${Math.round(maxBytes / 2 ** 20)} MB`,
      ],
    ),
  imageRatio: (index: number) =>
    imageWords(
      index,
      [`Ảnh thứ ${index + 1} quá dài hoặc quá rộng`, 'thay bằng ảnh gần vuông'],
      [`Photo ${index + 1} is too tall or too wide`, 'replace it with a squarer photo'],
    ),
  imageUnreadable: (index: number, reason: Message) =>
    imageWords(
      index,
      [`Không tải được ảnh thứ ${index + 1} (${reason.vi})`, 'tải ảnh lên lại'],
      [`Photo ${index + 1} could not be read (${reason.en})`, 'upload it again'],
    ),
  weightMissing: () =>
    words(
      'weight',
      ['Thiếu khối lượng đóng gói', 'nhập khối lượng cả gói hàng khi gửi đi (gam)'],
      ['Packed weight missing', 'enter the weight of the parcel as shipped (grams)'],
    ),
  weightTooHeavy: (maxGrams: number) =>
    words(
      'weight',
      ['Gói hàng quá nặng để gửi qua sàn này', `đóng gói nhỏ hơn, tối đa ${kg(maxGrams)} kg`],
      ['Parcel too heavy for this exchange', `pack it smaller, at most ${kgEn(maxGrams)} kg`],
    ),
  dimensionsMissing: () =>
    words(
      'dimensions',
      ['Thiếu kích thước hộp đóng gói', 'nhập chiều dài, rộng, cao của hộp (cm)'],
      ['Package size missing', 'enter the box’s length, width and height (cm)'],
    ),
  dimensionsTooLarge: (maxSide: number) =>
    words(
      'dimensions',
      [
        'Hộp đóng gói quá lớn',
        `mỗi cạnh tối đa ${maxSide} cm: sửa kích thước hoặc đóng hộp nhỏ hơn`,
      ],
      [
        'Package too large',
        `each side at most ${maxSide} cm: correct the size or use a smaller box`,
      ],
    ),
  attributeRequired: (name: AttributeName) => {
    const attribute = ATTRIBUTE_WORDS[name];
    return words(
      attribute.field,
      [`Thiếu ${attribute.label.vi}`, attribute.enter.vi],
      [`${capital(attribute.label.en)} missing`, attribute.enter.en],
    );
  },
  attributeNotTaken: (name: AttributeName) => {
    const attribute = ATTRIBUTE_WORDS[name];
    return words(
      attribute.field,
      [
        `Sàn này không có chỗ ghi ${attribute.label.vi}`,
        'thông tin này không được xuất, không cần làm gì',
      ],
      [`This exchange has no place for the ${attribute.label.en}`, 'it is left out; nothing to do'],
    );
  },
  attributeUnknown: (name: string) =>
    words(
      'attributes',
      [`Thông tin thêm "${name}" không sàn nào nhận`, 'thông tin này không được xuất, có thể xoá'],
      [`No exchange takes the extra detail "${name}"`, 'it is left out; it can be removed'],
    ),
  categoryFallback: (path: string) =>
    words(
      'category',
      [
        'Chưa có danh mục trên sàn cho nhóm hàng của sản phẩm',
        `sản phẩm sẽ nằm ở mục "${path}"; chọn đúng nhóm hàng, hoặc nhờ quản trị viên ghép danh mục`,
      ],
      [
        'No exchange category for the product’s group',
        `it will be listed under "${path}"; pick the right group, or ask the operator to map it`,
      ],
    ),
  ocopDecision: () =>
    words(
      'ocop',
      ['Thiếu số quyết định công nhận OCOP', 'nhập số quyết định (ví dụ 1234/QĐ-UBND)'],
      [
        'OCOP decision number missing',
        'enter the recognition decision’s number (e.g. 1234/QĐ-UBND)',
      ],
    ),
  ocopExpiry: () =>
    words(
      'ocop',
      ['Ngày hết hạn chứng nhận OCOP không đúng', 'nhập ngày hết hạn ghi trên giấy chứng nhận'],
      ['OCOP expiry date not valid', 'enter the expiry date printed on the certificate'],
    ),
  originUnknown: () =>
    words(
      'origin',
      [
        'Xã của hợp tác xã không có trong danh sách xã, phường từ 1/7/2025',
        'chọn lại xã trong hồ sơ hợp tác xã',
      ],
      [
        'The cooperative’s commune is not one of the units since 1 July 2025',
        'choose it again in the cooperative’s profile',
      ],
    ),
  traceInvalid: () =>
    words(
      'trace',
      ['Mã truy xuất của lô không đọc được', 'mở một lô mới cho sản phẩm'],
      ['The lot’s trace code cannot be read', 'open a new lot for the product'],
    ),
  traceNoLot: () =>
    words(
      'trace',
      ['Sản phẩm chưa có lô truy xuất', 'mở một lô cho sản phẩm trước khi đăng sàn'],
      ['The product has no traced lot yet', 'open a lot for it before listing it'],
    ),
} as const;
