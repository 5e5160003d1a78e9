// Vietnamese without its diacritics, for what cannot carry them (VNPay's order text, file names)
// and for matching what people type (a search, a province in an order file). Vietnamese letters
// decompose under Unicode NFD into a Latin letter and combining marks (U+0300–U+036F: the five
// tone marks, the circumflex, the breve and the horn of ơ and ư), all removed here. đ and Đ are
// letters of their own with no decomposition, so they are mapped to d and D by hand.
import { astring } from './_assert.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;

/**
 * The text with every diacritic removed and đ → d, Đ → D; case, spaces and punctuation kept:
 * `removeDiacritics('Đặc sản Nghệ An')` is `Dac san Nghe An`. The result is NFC.
 * @throws TypeError when `text` is not a string.
 */
export function removeDiacritics(text: string): string {
  astring(text, 'text');
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/**
 * A key for comparing, never for display: no diacritics, lower case, every run of characters
 * other than a–z and 0–9 one space, trimmed. `foldForSearch('Tỉnh Nghệ  An')` and
 * `foldForSearch('tinh nghe-an')` are both `tinh nghe an`.
 * @throws TypeError when `text` is not a string.
 */
export function foldForSearch(text: string): string {
  return removeDiacritics(text)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
