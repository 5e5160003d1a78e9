import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldForSearch, removeDiacritics } from '../src/index.js';

// Every Vietnamese letter with a diacritic, lower and upper case (the 67 of Unicode's Vietnamese
// set: a ă â e ê i o ô ơ u ư y with five tones, and đ).
const LOWER = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
const BARE = 'aaaaaaaaaaaaaaaaaeeeeeeeeeeeiiiiiooooooooooooooooouuuuuuuuuuuyyyyyd';

describe('removeDiacritics', () => {
  it('maps every Vietnamese letter to its Latin letter, đ to d, keeping case', () => {
    expect(removeDiacritics(LOWER)).toBe(BARE);
    expect(removeDiacritics(LOWER.toUpperCase())).toBe(BARE.toUpperCase());
    expect(removeDiacritics('Đặc sản Nghệ An, 500 g.')).toBe('Dac san Nghe An, 500 g.');
  });

  it('reads decomposed input (NFD, as some keyboards type) the same', () => {
    expect(removeDiacritics('Bánh đậu xanh'.normalize('NFD'))).toBe('Banh dau xanh');
  });

  it('leaves ASCII as it is', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary-ascii' }), (text) => {
        expect(removeDiacritics(text)).toBe(text);
      }),
    );
  });

  it('refuses what is not a string', () => {
    expect(() => removeDiacritics(undefined as never)).toThrow(TypeError);
  });
});

describe('foldForSearch', () => {
  it('gives one key for the ways people write a name', () => {
    expect(foldForSearch('Tỉnh Nghệ  An')).toBe('tinh nghe an');
    expect(foldForSearch('tinh nghe-an')).toBe('tinh nghe an');
    expect(foldForSearch('  ĐÀ NẴNG ')).toBe('da nang');
    expect(foldForSearch('Phường Bến Thành')).toBe(foldForSearch('phuong ben thanh'));
    expect(foldForSearch('')).toBe('');
    expect(foldForSearch('— ; —')).toBe('');
  });

  it('is idempotent and only holds a–z, 0–9 and single spaces', () => {
    fc.assert(
      fc.property(fc.string(), (text) => {
        const key = foldForSearch(text);
        expect(foldForSearch(key)).toBe(key);
        expect(key).toMatch(/^(?:[a-z0-9]+(?: [a-z0-9]+)*)?$/);
      }),
    );
  });
});
