import type { Message } from '@nguongoc/vn-locale';
import { connectorMessage } from '../errors.js';
import { charLength } from '../_text.js';
import type { ExchangeRules } from '../rules/rule-types.js';
import type { CatalogueProduct, RuleFinding, ValidationResult } from '../types.js';
import type { RenderOutcome } from './render-listing.js';

const SKU = /^[A-Za-z0-9._-]{1,40}$/;
const MB = 1024 * 1024;

/**
 * Checks a rendered product against the exchange's rules. Every finding names the field, the rule
 * (whose source and date are in the rules) and what to do, in Vietnamese and English.
 */
export function validateWithRules(
  product: CatalogueProduct,
  rules: ExchangeRules,
  outcome: RenderOutcome,
): ValidationResult {
  const findings: RuleFinding[] = [];
  const error = (code: string, field: string, reason: Message, rule?: keyof ExchangeRules) =>
    findings.push({
      severity: 'error',
      code,
      field,
      message: connectorMessage(rules.exchange, {
        vi: `${product.sku}: ${reason.vi}`,
        en: `${product.sku}: ${reason.en}`,
      }),
      ...(rule === undefined ? {} : { rule }),
    });

  if (!SKU.test(product.sku)) {
    error('sku.format', 'sku', {
      vi: 'SKU chỉ gồm chữ không dấu, số, . _ - (tối đa 40)',
      en: 'an SKU is letters without diacritics, digits, . _ - (up to 40)',
    });
  }
  const listing = outcome.listing;
  if (listing) {
    const { min, max } = rules.titleLength.value;
    const length = charLength(listing.title);
    if (length < min || length > max) {
      error(
        length < min ? 'title.too_short' : 'title.too_long',
        'name',
        {
          vi: `tiêu đề có ${length} ký tự, sàn yêu cầu ${min}–${max}; hãy sửa tên sản phẩm`,
          en: `the title has ${length} characters; the exchange takes ${min}–${max}: change the name`,
        },
        'titleLength',
      );
    }
    const description = rules.descriptionLength.value;
    if (charLength(listing.description) < description.min) {
      error(
        'description.too_short',
        'description',
        {
          vi: `mô tả cần ít nhất ${description.min} ký tự; hãy viết thêm về sản phẩm`,
          en: `the description needs at least ${description.min} characters: say more about the product`,
        },
        'descriptionLength',
      );
    }
  }

  const price = rules.price.value;
  if (
    !Number.isSafeInteger(product.priceVnd) ||
    product.priceVnd < price.minVnd ||
    product.priceVnd > price.maxVnd
  ) {
    error(
      'price.range',
      'priceVnd',
      {
        vi: `giá ${product.priceVnd} không hợp lệ: cần là số nguyên đồng từ ${price.minVnd} đến ${price.maxVnd}`,
        en: `price ${product.priceVnd} is not valid: whole đồng from ${price.minVnd} to ${price.maxVnd}`,
      },
      'price',
    );
  }
  if (!Number.isSafeInteger(product.stock) || product.stock < 0) {
    error('stock.invalid', 'stock', {
      vi: `tồn kho ${product.stock} phải là số nguyên ≥ 0`,
      en: `stock ${product.stock} must be a whole number ≥ 0`,
    });
  }
  if (!(product.net.quantity > 0)) {
    error('net.invalid', 'net.quantity', {
      vi: 'khối lượng/thể tích tịnh phải lớn hơn 0',
      en: 'the net quantity must be above 0',
    });
  }

  const count = rules.imageCount.value;
  const withQr = product.images.length + 1;
  if (withQr < count.min || withQr > count.max) {
    error(
      withQr < count.min ? 'images.too_few' : 'images.too_many',
      'images',
      {
        vi: `có ${product.images.length} ảnh và 1 ảnh mã QR; sàn nhận ${count.min}–${count.max} ảnh (kể cả mã QR)`,
        en: `${product.images.length} images and 1 QR image; the exchange takes ${count.min}–${count.max} (the QR included)`,
      },
      'imageCount',
    );
  }
  const size = rules.imageSize.value;
  const ratio = rules.imageRatio.value;
  const formats = rules.imageFormats.value as readonly string[];
  for (const image of outcome.images) {
    const field = `images[${image.index}]`;
    const named = `ảnh "${image.fileName}"`;
    const namedEn = `image "${image.fileName}"`;
    if (image.type === undefined || !formats.includes(image.type)) {
      error(
        'image.format',
        field,
        {
          vi: `${named} không phải ${formats.join('/')} (đọc được: ${image.type ?? 'không rõ'})`,
          en: `${namedEn} is not ${formats.join('/')} (found: ${image.type ?? 'unreadable'})`,
        },
        'imageFormats',
      );
      continue;
    }
    if (Math.min(image.width, image.height) < size.minSidePx) {
      error(
        'image.too_small',
        field,
        {
          vi: `${named} ${image.width}×${image.height} px, cạnh ngắn cần ≥ ${size.minSidePx} px`,
          en: `${namedEn} is ${image.width}×${image.height} px; the short side must be ≥ ${size.minSidePx} px`,
        },
        'imageSize',
      );
    }
    if (image.bytes > size.maxBytes) {
      error(
        'image.too_large',
        field,
        {
          vi: `${named} nặng ${(image.bytes / MB).toFixed(1)} MB, tối đa ${(size.maxBytes / MB).toFixed(0)} MB`,
          en: `${namedEn} is ${(image.bytes / MB).toFixed(1)} MB; at most ${(size.maxBytes / MB).toFixed(0)} MB`,
        },
        'imageSize',
      );
    }
    const actual = image.width / image.height;
    if (actual < ratio.min || actual > ratio.max) {
      error(
        'image.ratio',
        field,
        {
          vi: `${named} có tỉ lệ rộng/cao ${actual.toFixed(2)}, sàn nhận ${ratio.min}–${ratio.max}`,
          en: `${namedEn} has width/height ${actual.toFixed(2)}; the exchange takes ${ratio.min}–${ratio.max}`,
        },
        'imageRatio',
      );
    }
  }

  const shipping = rules.shipping.value;
  const { weightGrams, lengthCm, widthCm, heightCm } = product.package;
  if (!(weightGrams > 0) || weightGrams > shipping.maxWeightGrams) {
    error(
      'shipping.weight',
      'package.weightGrams',
      {
        vi: `khối lượng đóng gói ${weightGrams} g, cần lớn hơn 0 và tối đa ${shipping.maxWeightGrams} g`,
        en: `packed weight ${weightGrams} g; it must be above 0 and at most ${shipping.maxWeightGrams} g`,
      },
      'shipping',
    );
  }
  for (const [field, value] of [
    ['lengthCm', lengthCm],
    ['widthCm', widthCm],
    ['heightCm', heightCm],
  ] as const) {
    if (!(value > 0) || value > shipping.maxSideCm) {
      error(
        'shipping.dimensions',
        `package.${field}`,
        {
          vi: `kích thước ${field} = ${value} cm, cần lớn hơn 0 và tối đa ${shipping.maxSideCm} cm`,
          en: `${field} = ${value} cm; it must be above 0 and at most ${shipping.maxSideCm} cm`,
        },
        'shipping',
      );
    }
  }
  for (const name of rules.requiredAttributes.value) {
    if ((product.attributes[name] ?? '').trim() === '') {
      error(
        'attribute.required',
        `attributes.${name}`,
        {
          vi: `sàn bắt buộc thuộc tính "${name}"; hãy điền nó`,
          en: `the exchange requires attribute "${name}": fill it in`,
        },
        'requiredAttributes',
      );
    }
  }

  const all = [...outcome.findings, ...findings];
  return {
    exchange: rules.exchange,
    sku: product.sku,
    ready: outcome.listing !== undefined && !all.some((f) => f.severity === 'error'),
    findings: all,
  };
}
