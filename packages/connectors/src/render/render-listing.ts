import { createHash } from 'node:crypto';
import type { Message } from '@nguongoc/vn-locale';
import { imageSize } from 'image-size';
import { connectorMessage } from '../errors.js';
import { charLength, cleanText, truncateWords } from '../_text.js';
import { ATTRIBUTE_NAMES, type ExchangeRules } from '../rules/rule-types.js';
import type { CatalogueProduct, RenderedListing, RuleFinding } from '../types.js';
import { categoryPaths, chooseCategory } from './category.js';
import { formatNumber, type ListingStyle } from './listing-style.js';
import { ocopLine } from './ocop-line.js';
import { originNames } from './origin.js';
import { traceUrlOf } from './trace-url.js';

/** What the renderer learnt about a product's images, for validation. */
export interface ImageFacts {
  index: number;
  fileName: string;
  type: string | undefined;
  width: number;
  height: number;
  bytes: number;
}

/** A rendered listing, the findings met while rendering, and the facts validation checks. */
export interface RenderOutcome {
  listing: RenderedListing | undefined;
  findings: RuleFinding[];
  images: ImageFacts[];
}

const pathCache = new WeakMap<ExchangeRules, Map<string, string>>();

function pathsOf(rules: ExchangeRules): Map<string, string> {
  let paths = pathCache.get(rules);
  if (!paths) pathCache.set(rules, (paths = categoryPaths(rules.categoryTree.value)));
  return paths;
}

/**
 * Renders a product for one exchange. Deterministic: the same product and rules give the same
 * listing, byte for byte. Returns no listing (and error findings) when there is nothing sound to
 * render: an unknown origin commune or a trace code that does not parse.
 */
export function renderWithRules(
  product: CatalogueProduct,
  rules: ExchangeRules,
  style: ListingStyle,
  categoryMappings?: Readonly<Record<string, string>>,
): RenderOutcome {
  const exchange = rules.exchange;
  const findings: RuleFinding[] = [];
  const finding = (
    severity: RuleFinding['severity'],
    code: string,
    field: string,
    reason: Message,
    rule?: string,
  ) =>
    findings.push({
      severity,
      code,
      field,
      message: connectorMessage(exchange, {
        vi: `${product.sku}: ${reason.vi}`,
        en: `${product.sku}: ${reason.en}`,
      }),
      ...(rule === undefined ? {} : { rule }),
    });

  const images: ImageFacts[] = product.images.map((image, index) => {
    let facts: Omit<ImageFacts, 'index' | 'fileName' | 'bytes'> = {
      type: undefined,
      width: 0,
      height: 0,
    };
    try {
      const size = imageSize(image.data);
      facts = { type: size.type, width: size.width, height: size.height };
    } catch {
      // not an image: validation reports the format
    }
    return { index, fileName: image.fileName, bytes: image.data.byteLength, ...facts };
  });

  const origin = originNames(product.origin.communeCode);
  if (!origin) {
    finding('error', 'origin.unknown_commune', 'origin.communeCode', {
      vi: `mã xã "${product.origin.communeCode}" không có trong danh mục đơn vị hành chính 2025`,
      en: `commune code "${product.origin.communeCode}" is not a 2025 administrative unit`,
    });
  }
  let traceUrl: string | undefined;
  try {
    traceUrl = traceUrlOf(product.trace);
  } catch (error) {
    finding('error', 'trace.invalid', 'trace', {
      vi: `mã truy xuất không hợp lệ: ${(error as Error).message}`,
      en: `the trace code is not valid: ${(error as Error).message}`,
    });
  }
  if (!origin || traceUrl === undefined) return { listing: undefined, findings, images };

  const name = cleanText(product.name);
  const unitNames = rules.unitNames.value;
  const net = style.net(product.net.quantity, product.net.unit, unitNames);
  const candidates = style.titles({
    name,
    net,
    communeName: origin.communeName,
    provinceName: origin.provinceName,
    ...(product.ocop ? { ocopStars: product.ocop.stars } : {}),
  });
  const { max: titleMax } = rules.titleLength.value;
  const title = candidates.find((t) => charLength(t) <= titleMax) ?? candidates.at(-1) ?? name;

  const category = chooseCategory(product.category, rules, pathsOf(rules), categoryMappings);
  if (category.kind === 'fallback') {
    finding(
      'warning',
      'category.fallback',
      'category',
      {
        vi: `${category.reason.split(' / ')[0]}; tạm xếp vào "${category.path}", cần chọn lại`,
        en: `${category.reason.split(' / ')[1]}; put under "${category.path}" until someone maps it`,
      },
      'categoryMapping',
    );
  }

  const columns = rules.attributeColumns.value;
  const attributes: Record<string, string> = {};
  for (const [key, value] of Object.entries(product.attributes).sort(([a], [b]) =>
    a < b ? -1 : a > b ? 1 : 0,
  )) {
    const column = (columns as Record<string, string | undefined>)[key];
    if (!(ATTRIBUTE_NAMES as readonly string[]).includes(key)) {
      finding('warning', 'attribute.unknown', `attributes.${key}`, {
        vi: `thuộc tính "${key}" không phải thuộc tính NguonGoc, không được xuất`,
        en: `attribute "${key}" is not a NguonGoc attribute and is not exported`,
      });
    } else if (column === undefined) {
      finding(
        'warning',
        'attribute.not_taken',
        `attributes.${key}`,
        {
          vi: `sàn này không có cột cho thuộc tính "${key}", không được xuất`,
          en: `this exchange has no column for attribute "${key}"; it is not exported`,
        },
        'attributeColumns',
      );
    } else if (cleanText(value) !== '') {
      attributes[column] = cleanText(value);
    }
  }

  const lines: string[] = [];
  if (product.ocop) {
    const { line, missing } = ocopLine(product.ocop);
    lines.push(line);
    if (missing.includes('decisionNumber')) {
      finding('error', 'ocop.decision', 'ocop.decisionNumber', {
        vi: 'sản phẩm OCOP cần số quyết định công nhận (ví dụ 1234/QĐ-UBND)',
        en: 'an OCOP product needs the number of its recognition decision (e.g. 1234/QĐ-UBND)',
      });
    }
    if (missing.includes('expiresOn')) {
      finding('error', 'ocop.expiry', 'ocop.expiresOn', {
        vi: `ngày hết hiệu lực của chứng nhận OCOP "${product.ocop.expiresOn}" phải là ngày có thật, dạng YYYY-MM-DD`,
        en: `the OCOP certificate's expiry "${product.ocop.expiresOn}" must be a real date, YYYY-MM-DD`,
      });
    }
  }
  lines.push(`Xuất xứ: ${origin.communeFullName}, ${origin.provinceFullName}.`);
  if (product.origin.plantingAreaCode !== undefined) {
    lines.push(`Mã số vùng trồng: ${product.origin.plantingAreaCode}.`);
  }
  lines.push(`Đơn vị sản xuất: ${cleanText(product.origin.cooperativeName)}.`);
  const weight =
    rules.shipping.value.weightUnit === 'kg'
      ? product.package.weightGrams / 1000
      : product.package.weightGrams;
  lines.push(
    `Quy cách: ${net}. Khối lượng đóng gói: ${formatNumber(weight)} ${rules.shipping.value.weightUnit}.`,
  );
  lines.push(`Truy xuất nguồn gốc: quét mã QR trong ảnh sản phẩm hoặc mở ${traceUrl}`);
  const facts = lines.join('\n');

  const own = product.description
    .normalize('NFC')
    .split(/\n\s*\n/)
    .map(cleanText)
    .filter((paragraph) => paragraph !== '')
    .join('\n\n');
  const { max: descriptionMax } = rules.descriptionLength.value;
  const room = descriptionMax - charLength(facts) - 2;
  let body = own;
  if (charLength(own) > room) {
    body = room > 20 ? truncateWords(own, room) : '';
    finding(
      'warning',
      'description.truncated',
      'description',
      {
        vi: `mô tả dài quá ${descriptionMax} ký tự, đã cắt bớt phần mô tả riêng`,
        en: `the description is over ${descriptionMax} characters; the producer's text was shortened`,
      },
      'descriptionLength',
    );
  }
  const description = body === '' ? facts : `${body}\n\n${facts}`;

  const imageNames = product.images.map((image, index) => {
    const type = images[index]?.type;
    const extension = type === 'jpg' || type === 'png' ? type : 'bin';
    return {
      name: `${product.sku}-${index + 1}.${extension}`,
      sha256: createHash('sha256').update(image.data).digest('hex'),
    };
  });

  const listing: RenderedListing = {
    exchange,
    rulesVersion: rules.version,
    sku: product.sku,
    title,
    description,
    category,
    priceVnd: product.priceVnd,
    stock: product.stock,
    unitLabel: net,
    weight,
    weightUnit: rules.shipping.value.weightUnit,
    dimensionsCm: {
      length: product.package.lengthCm,
      width: product.package.widthCm,
      height: product.package.heightCm,
    },
    attributes,
    origin: `${origin.communeFullName}, ${origin.provinceFullName}`,
    traceUrl,
    images: imageNames,
    qrImage: `${product.sku}-qr.png`,
  };
  return { listing, findings, images };
}
