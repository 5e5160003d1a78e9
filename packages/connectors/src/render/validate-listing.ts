import { charLength } from '../_text.js';
import { FINDING_WORDS as WORDS, type FindingWords } from '../rules/finding-words.js';
import type { ExchangeRules } from '../rules/rule-types.js';
import type { CatalogueProduct, RuleFinding, ValidationResult } from '../types.js';
import type { RenderOutcome } from './render-listing.js';

const SKU = /^[A-Za-z0-9._-]{1,40}$/;

/**
 * Checks a rendered product against the exchange's rules. Every finding names the product field
 * that fixes it, the rule (whose source and date are in the rules) and, in plain Vietnamese and
 * English, what is missing or wrong and what to do (`FINDING_WORDS`).
 */
export function validateWithRules(
  product: CatalogueProduct,
  rules: ExchangeRules,
  outcome: RenderOutcome,
): ValidationResult {
  const findings: RuleFinding[] = [];
  const error = (code: string, words: FindingWords, rule?: keyof ExchangeRules) =>
    findings.push({ severity: 'error', code, ...words, ...(rule === undefined ? {} : { rule }) });

  if (!SKU.test(product.sku)) error('sku.format', WORDS.skuFormat());
  const listing = outcome.listing;
  if (listing) {
    const { min, max } = rules.titleLength.value;
    const length = charLength(listing.title);
    if (length < min) error('title.too_short', WORDS.titleTooShort(min), 'titleLength');
    if (length > max) error('title.too_long', WORDS.titleTooLong(max), 'titleLength');
    const description = rules.descriptionLength.value;
    if (charLength(listing.description) < description.min) {
      error(
        'description.too_short',
        WORDS.descriptionTooShort(description.min),
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
    error('price.range', WORDS.price(product.priceVnd, price.minVnd, price.maxVnd), 'price');
  }
  if (!Number.isSafeInteger(product.stock) || product.stock < 0) {
    error('stock.invalid', WORDS.stock());
  }
  if (!(product.net.quantity > 0)) error('net.invalid', WORDS.netQuantity());

  const count = rules.imageCount.value;
  const withQr = product.images.length + 1;
  if (withQr < count.min) {
    error('images.too_few', WORDS.tooFewImages(count.min - withQr, count.min), 'imageCount');
  } else if (withQr > count.max) {
    error('images.too_many', WORDS.tooManyImages(withQr - count.max, count.max), 'imageCount');
  }
  const size = rules.imageSize.value;
  const ratio = rules.imageRatio.value;
  const formats = rules.imageFormats.value as readonly string[];
  for (const image of outcome.images) {
    if (image.type === undefined || !formats.includes(image.type)) {
      error('image.format', WORDS.imageFormat(image.index), 'imageFormats');
      continue;
    }
    if (Math.min(image.width, image.height) < size.minSidePx) {
      error('image.too_small', WORDS.imageTooSmall(image.index, size.minSidePx), 'imageSize');
    }
    if (image.bytes > size.maxBytes) {
      error('image.too_large', WORDS.imageTooLarge(image.index, size.maxBytes), 'imageSize');
    }
    const actual = image.width / image.height;
    if (actual < ratio.min || actual > ratio.max) {
      error('image.ratio', WORDS.imageRatio(image.index), 'imageRatio');
    }
  }

  const shipping = rules.shipping.value;
  const { weightGrams, lengthCm, widthCm, heightCm } = product.package;
  if (!(weightGrams > 0)) error('shipping.weight', WORDS.weightMissing(), 'shipping');
  else if (weightGrams > shipping.maxWeightGrams) {
    error('shipping.weight', WORDS.weightTooHeavy(shipping.maxWeightGrams), 'shipping');
  }
  // One finding for the box, not one per side: a person fills in the three together.
  const sides = [lengthCm, widthCm, heightCm];
  if (sides.some((side) => !(side > 0))) {
    error('shipping.dimensions', WORDS.dimensionsMissing(), 'shipping');
  } else if (sides.some((side) => side > shipping.maxSideCm)) {
    error('shipping.dimensions', WORDS.dimensionsTooLarge(shipping.maxSideCm), 'shipping');
  }
  for (const name of rules.requiredAttributes.value) {
    if ((product.attributes[name] ?? '').trim() === '') {
      error('attribute.required', WORDS.attributeRequired(name), 'requiredAttributes');
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
