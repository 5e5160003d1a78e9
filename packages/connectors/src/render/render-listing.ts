import { createHash } from 'node:crypto';
import { imageSize } from 'image-size';
import { charLength, cleanText, truncateWords } from '../_text.js';
import { FINDING_WORDS as WORDS, type FindingWords } from '../rules/finding-words.js';
import { ATTRIBUTE_NAMES, type AttributeName, type ExchangeRules } from '../rules/rule-types.js';
import type { CatalogueProduct, RenderedListing, RuleFinding } from '../types.js';
import { categoryPaths, chooseCategory } from './category.js';
import { formatNumber, type ListingStyle } from './listing-style.js';
import { ocopLine } from './ocop-line.js';
import { originNames } from './origin.js';
import { titleParts } from './title-parts.js';
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
    words: FindingWords,
    rule?: string,
  ) => findings.push({ severity, code, ...words, ...(rule === undefined ? {} : { rule }) });

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
    finding('error', 'origin.unknown_commune', WORDS.originUnknown());
  }
  let traceUrl: string | undefined;
  try {
    traceUrl = traceUrlOf(product.trace);
  } catch {
    finding('error', 'trace.invalid', WORDS.traceInvalid());
  }
  if (!origin || traceUrl === undefined) return { listing: undefined, findings, images };

  const name = cleanText(product.name);
  const unitNames = rules.unitNames.value;
  const net = style.net(product.net.quantity, product.net.unit, unitNames);
  // One rule for every exchange: the title adds only what the name does not already say.
  const candidates = style
    .titles(
      titleParts({
        name,
        net,
        quantity: product.net.quantity,
        unit: product.net.unit,
        communeName: origin.communeName,
        provinceName: origin.provinceName,
        ...(product.ocop ? { ocopStars: product.ocop.stars } : {}),
      }),
    )
    .map(cleanText); // an empty net leaves a double space in the styles' templates
  const { max: titleMax } = rules.titleLength.value;
  const title = candidates.find((t) => charLength(t) <= titleMax) ?? candidates.at(-1) ?? name;

  const category = chooseCategory(product.category, rules, pathsOf(rules), categoryMappings);
  if (category.kind === 'fallback') {
    finding(
      'warning',
      'category.fallback',
      WORDS.categoryFallback(category.path),
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
      finding('warning', 'attribute.unknown', WORDS.attributeUnknown(key));
    } else if (column === undefined) {
      finding(
        'warning',
        'attribute.not_taken',
        WORDS.attributeNotTaken(key as AttributeName),
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
      finding('error', 'ocop.decision', WORDS.ocopDecision());
    }
    if (missing.includes('expiresOn')) {
      finding('error', 'ocop.expiry', WORDS.ocopExpiry());
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
      WORDS.descriptionTruncated(descriptionMax),
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
