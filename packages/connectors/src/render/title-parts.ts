import type { NetUnit } from '@nguongoc/vn-locale';
import type { TitleParts } from './listing-style.js';
import { nameMentions, titleHasNet } from './title-net.js';

// The one title rule of the three exchanges: a title adds to the product's name only what the name
// does not already say. "Nem chua Thanh Hoá 500 g" from Hoằng Hoá, Thanh Hoá gives "Nem chua
// Thanh Hoá 500 g – OCOP 4 sao – Hoằng Hoá", never "… 500 g 500 g …" or "… – Hoằng Hoá, Thanh Hoá".

/** What render knows of a product before its title is written. */
export interface TitleFacts {
  /** The product's name, already cleaned (NFC, single spaces). */
  name: string;
  /** The net content in the exchange's words ("500 g", "0,5 kg"), and as a quantity. */
  net: string;
  quantity: number;
  unit: NetUnit;
  communeName: string;
  provinceName: string;
  ocopStars?: 3 | 4 | 5;
}

/**
 * The parts of a title that the name does not hold: the net content only when the name does not
 * say it in any unit (`titleHasNet`), the commune and the province only when the name does not
 * name them as whole words without diacritics or case (`nameMentions`), and a commune named like
 * its province (or inside its name) once, as the province.
 */
export function titleParts(facts: TitleFacts): TitleParts {
  const { name, communeName, provinceName } = facts;
  const province = nameMentions(name, provinceName) ? undefined : provinceName;
  const commune =
    nameMentions(name, communeName) || nameMentions(provinceName, communeName)
      ? undefined
      : communeName;
  return {
    name,
    net: titleHasNet(name, facts.quantity, facts.unit) ? '' : facts.net,
    ...(commune ? { communeName: commune } : {}),
    ...(province ? { provinceName: province } : {}),
    ...(facts.ocopStars ? { ocopStars: facts.ocopStars } : {}),
  };
}

/** "Hoằng Hoá, Thanh Hoá", or the one of them a title still says, or '' for neither. */
export function placeOf(parts: Pick<TitleParts, 'communeName' | 'provinceName'>): string {
  return [parts.communeName, parts.provinceName].filter(Boolean).join(', ');
}

/** `text – tail`, or `text` alone when there is no tail. */
export function withTail(text: string, tail: string | undefined): string {
  return tail ? `${text} – ${tail}` : text;
}
