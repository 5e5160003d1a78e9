// Each exchange's rules are data, versioned, with the document each one comes from beside it and
// the date it was last checked against that document. `checked: null` means never checked live:
// every rule shipped so far is NguonGoc's belief, not a verified fact (see README and ADR 014).
import type { ExchangeId, NetUnit } from '../types.js';

/** One rule: its value, where it comes from, and when someone last checked it there. */
export interface Rule<T> {
  value: T;
  /** The URL or document the rule would be read from. */
  source: string;
  /** YYYY-MM-DD of the last check against `source`; null when it was never checked. */
  checked: string | null;
  /** Why the value is what it is, when that is not obvious. */
  note?: string;
}

/** NguonGoc's own attribute names; each exchange maps them to its own column. */
export const ATTRIBUTE_NAMES = [
  'brand',
  'shelfLife',
  'storage',
  'ingredients',
  'certification',
] as const;
export type AttributeName = (typeof ATTRIBUTE_NAMES)[number];

/** A node of an exchange's category tree. */
export interface CategoryNode {
  id: string;
  name: string;
  children?: readonly CategoryNode[];
}

export interface ExchangeRules {
  exchange: ExchangeId;
  /** Changes whenever any value below changes; written into every rendered listing. */
  version: string;
  titleLength: Rule<{ min: number; max: number }>;
  descriptionLength: Rule<{ min: number; max: number }>;
  imageCount: Rule<{ min: number; max: number }>;
  /** Shortest side in pixels and largest file in bytes. */
  imageSize: Rule<{ minSidePx: number; maxBytes: number }>;
  /** Width / height, inclusive bounds. */
  imageRatio: Rule<{ min: number; max: number }>;
  imageFormats: Rule<readonly ('jpg' | 'png')[]>;
  /** Packed weight and longest side the exchange's carrier takes. */
  shipping: Rule<{ maxWeightGrams: number; maxSideCm: number; weightUnit: 'g' | 'kg' }>;
  price: Rule<{ minVnd: number; maxVnd: number }>;
  requiredAttributes: Rule<readonly AttributeName[]>;
  /** The exchange's column header for each NguonGoc attribute it takes. */
  attributeColumns: Rule<Readonly<Partial<Record<AttributeName, string>>>>;
  /** How the exchange names a sale unit: "Túi", "Hộp", "Chai"… */
  unitNames: Rule<Readonly<Record<NetUnit, string>>>;
  categoryTree: Rule<readonly CategoryNode[]>;
  /** NguonGoc category key (or its parent key) → exchange category id. */
  categoryMapping: Rule<Readonly<Record<string, string>>>;
  /** The catch-all category used, with a warning, when no mapping is known. */
  fallbackCategory: Rule<string>;
}

/** The rule names that carry a `source`, for listing them (README, admin page). */
export const RULE_NAMES = [
  'titleLength',
  'descriptionLength',
  'imageCount',
  'imageSize',
  'imageRatio',
  'imageFormats',
  'shipping',
  'price',
  'requiredAttributes',
  'attributeColumns',
  'unitNames',
  'categoryTree',
  'categoryMapping',
  'fallbackCategory',
] as const satisfies readonly (keyof ExchangeRules)[];

/** A rule NguonGoc believes but has not checked at its source. */
export function unverified<T>(value: T, source: string, note?: string): Rule<T> {
  return note === undefined
    ? { value, source, checked: null }
    : { value, source, checked: null, note };
}
