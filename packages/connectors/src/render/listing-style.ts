import { type NetUnit, formatNumber as vietnameseNumber } from '@nguongoc/vn-locale';

/** What a title is made of, already in the exchange's terms. */
export interface TitleParts {
  name: string;
  /** "1 kg", "500 gram": net content in the exchange's unit words; '' when the name says it. */
  net: string;
  ocopStars?: 3 | 4 | 5;
  /** Where it comes from; each absent when the name already says it (`titleParts`). */
  communeName?: string;
  provinceName?: string;
}

/** How one exchange words a listing. Each adapter has its own (`voso-render.ts`…). */
export interface ListingStyle {
  /**
   * Title candidates, richest first, from the parts the name does not already hold; the first
   * that fits the exchange's length rule is used.
   */
  titles(parts: TitleParts): string[];
  /** Net content as the exchange writes it, e.g. `0,5 kg` or `500 gram`. */
  net(quantity: number, unit: NetUnit, unitNames: Readonly<Record<NetUnit, string>>): string;
}

/** A quantity as Vietnamese writes it, up to 3 decimals: `1.200`, `0,5`. */
export function formatNumber(value: number): string {
  return vietnameseNumber(value, 'vi', { fractionDigits: 3 });
}

/** "500 g", "1 kg", "10 cái": the quantity and the exchange's own unit word. */
export function plainNet(
  quantity: number,
  unit: NetUnit,
  unitNames: Readonly<Record<NetUnit, string>>,
): string {
  return `${formatNumber(quantity)} ${unitNames[unit]}`;
}
