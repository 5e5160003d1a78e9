import { type NetUnit, foldForSearch, removeDiacritics } from '@nguongoc/vn-locale';

// Whether a product's name already says its net content ("Nem chua Thanh Hoá 500 g"), so that a
// title does not repeat it ("… 500 g 500 g"). Quantities are compared in one base unit (grams,
// millilitres, pieces), so "500g", "500 gr", "0,5 kg" and "0.5kg" all say 500 g.

/** Unit words as people write them after a number, folded (no diacritics, lower case). */
const UNIT_WORDS: Readonly<Record<string, { unit: 'mass' | 'volume' | 'count'; factor: number }>> =
  {
    g: { unit: 'mass', factor: 1 },
    gr: { unit: 'mass', factor: 1 },
    gam: { unit: 'mass', factor: 1 },
    gram: { unit: 'mass', factor: 1 },
    grams: { unit: 'mass', factor: 1 },
    kg: { unit: 'mass', factor: 1000 },
    ky: { unit: 'mass', factor: 1000 },
    ki: { unit: 'mass', factor: 1000 },
    ml: { unit: 'volume', factor: 1 },
    l: { unit: 'volume', factor: 1000 },
    lit: { unit: 'volume', factor: 1000 },
    litre: { unit: 'volume', factor: 1000 },
    liter: { unit: 'volume', factor: 1000 },
    cai: { unit: 'count', factor: 1 },
    chiec: { unit: 'count', factor: 1 },
    qua: { unit: 'count', factor: 1 },
  };

const NET_BASE: Readonly<Record<NetUnit, { unit: 'mass' | 'volume' | 'count'; factor: number }>> = {
  GRM: { unit: 'mass', factor: 1 },
  KGM: { unit: 'mass', factor: 1000 },
  MLT: { unit: 'volume', factor: 1 },
  LTR: { unit: 'volume', factor: 1000 },
  H87: { unit: 'count', factor: 1 },
};

// A number (1.200 / 0,5 / 0.5 / 500) then an optional space and a unit word ending the word.
const QUANTITY = /(?<![\d.,a-z])(\d+(?:[.,]\d+)*)\s*([a-z]+)\b/g;

/** "1.200" is 1200 (Vietnamese thousands), "0,5" and "0.5" are one half. */
function readNumber(text: string): number {
  if (/^\d{1,3}(?:\.\d{3})+$/.test(text)) return Number(text.replaceAll('.', ''));
  return Number(text.replace(',', '.'));
}

/**
 * True when `name` holds a quantity equal to `quantity` `unit`, after folding diacritics and
 * case: `titleHasNet('Nem chua Thanh Hoá 500 g', 500, 'GRM')` and `titleHasNet('Gạo 0,5kg', 500,
 * 'GRM')` are true, `titleHasNet('Gạo 5 kg', 2, 'KGM')` is false.
 */
export function titleHasNet(name: string, quantity: number, unit: NetUnit): boolean {
  if (!(quantity > 0)) return false;
  const wanted = NET_BASE[unit];
  const base = quantity * wanted.factor;
  const folded = removeDiacritics(name.normalize('NFC')).toLowerCase();
  for (const match of folded.matchAll(QUANTITY)) {
    const word = UNIT_WORDS[match[2]!];
    if (!word || word.unit !== wanted.unit) continue;
    if (Math.abs(readNumber(match[1]!) * word.factor - base) < 1e-6 * Math.max(1, base)) {
      return true;
    }
  }
  return false;
}

/** True when `name` holds `words` as whole words, without diacritics or case: a place name. */
export function nameMentions(name: string, words: string): boolean {
  const fold = (text: string) => ` ${foldForSearch(text)} `;
  return words.trim() !== '' && fold(name).includes(fold(words));
}
