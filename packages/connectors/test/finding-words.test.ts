import { describe, expect, it } from 'vitest';
import {
  ATTRIBUTE_NAMES,
  ATTRIBUTE_WORDS,
  FINDING_WORDS,
  PRODUCT_FIELDS,
  connectors,
  type FindingWords,
} from '../src/index.js';
import { formatVnd } from '@nguongoc/vn-locale';
import { CAM_XA_DOAI } from './_catalogue.js';

// Every finding's words, as a cooperative's office reads them: "what: what to do", Vietnamese
// and English, a product field to go to, and no developer's words.
const DEVELOPER_WORDS =
  /lengthCm|widthCm|heightCm|weightGrams|shelfLife|priceVnd|attributes\.|\[connectors\]|= 0|\b0 cm\b|undefined|NaN/;

function expectPlain(words: FindingWords): void {
  expect(PRODUCT_FIELDS).toContain(words.field);
  for (const text of [words.message.vi, words.message.en]) {
    expect(text).toMatch(/^\p{Lu}[^:]+: \S/u);
    expect(text).not.toMatch(DEVELOPER_WORDS);
  }
}

describe('finding words', () => {
  it('words every finding plainly, in both languages, with its field', () => {
    const all: FindingWords[] = [
      FINDING_WORDS.skuFormat(),
      FINDING_WORDS.titleTooShort(10),
      FINDING_WORDS.titleTooLong(120),
      FINDING_WORDS.descriptionTooShort(50),
      FINDING_WORDS.descriptionTruncated(5000),
      FINDING_WORDS.price(0, 1000, 100_000_000),
      FINDING_WORDS.price(500, 1000, 100_000_000),
      FINDING_WORDS.stock(),
      FINDING_WORDS.netQuantity(),
      FINDING_WORDS.tooFewImages(2, 3),
      FINDING_WORDS.tooManyImages(1, 9),
      FINDING_WORDS.imageFormat(0),
      FINDING_WORDS.imageTooSmall(1, 500),
      FINDING_WORDS.imageTooLarge(2, 2 * 2 ** 20),
      FINDING_WORDS.imageRatio(0),
      FINDING_WORDS.imageUnreadable(0, { vi: 'hết giờ', en: 'timed out' }),
      FINDING_WORDS.weightMissing(),
      FINDING_WORDS.weightTooHeavy(30_000),
      FINDING_WORDS.dimensionsMissing(),
      FINDING_WORDS.dimensionsTooLarge(150),
      ...ATTRIBUTE_NAMES.map((name) => FINDING_WORDS.attributeRequired(name)),
      ...ATTRIBUTE_NAMES.map((name) => FINDING_WORDS.attributeNotTaken(name)),
      FINDING_WORDS.attributeUnknown('mauSac'),
      FINDING_WORDS.categoryFallback('Khác'),
      FINDING_WORDS.ocopDecision(),
      FINDING_WORDS.ocopExpiry(),
      FINDING_WORDS.originUnknown(),
      FINDING_WORDS.traceInvalid(),
      FINDING_WORDS.traceNoLot(),
    ];
    for (const words of all) expectPlain(words);
  });

  it('names the missing brand and shelf life as a person would, with their fields', () => {
    expect(FINDING_WORDS.attributeRequired('brand')).toEqual({
      field: 'brand',
      message: {
        vi: 'Thiếu thương hiệu: nhập thương hiệu của sản phẩm',
        en: 'Brand missing: enter the product’s brand',
      },
    });
    expect(FINDING_WORDS.attributeRequired('shelfLife').field).toBe('shelf_life_days');
    expect(FINDING_WORDS.price(500, 1000, 100_000_000).message.vi).toContain(formatVnd(1000));
    expect(FINDING_WORDS.imageTooSmall(1, 500)).toMatchObject({ field: 'images', index: 1 });
  });

  it('gives the seed’s unfinished product plain findings on every exchange', () => {
    // What the seed's Nghĩa Đàn oranges lack: net content, box, brand and shelf life.
    const unfinished = {
      ...CAM_XA_DOAI,
      net: { quantity: 0, unit: 'KGM' as const },
      package: { weightGrams: 5200, lengthCm: 0, widthCm: 0, heightCm: 0 },
      attributes: {},
    };
    for (const connector of Object.values(connectors)) {
      const result = connector.validate(unfinished);
      expect(result.ready).toBe(false);
      const fields = result.findings.filter((f) => f.severity === 'error').map((f) => f.field);
      const required = connector.rules.requiredAttributes.value.map(
        (name) => ATTRIBUTE_WORDS[name].field,
      );
      expect(fields).toEqual(expect.arrayContaining(['net_quantity', 'dimensions', ...required]));
      expect(fields.filter((field) => field === 'dimensions')).toHaveLength(1);
      for (const finding of result.findings) expectPlain(finding);
    }
  });
});
