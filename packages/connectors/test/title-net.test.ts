import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { nghean37, titleHasNet } from '../src/index.js';
import { GAO_THO_XUAN } from './_catalogue.js';

const HOANG_HOA = '15865';

describe('titleHasNet', () => {
  it('finds the net content however it is written', () => {
    for (const name of [
      'Nem chua Thanh Hoá 500 g',
      'Nem chua Thanh Hoá 500g',
      'Nem chua Thanh Hoá 500 gr',
      'Nem chua Thanh Hoá 500 gam',
      'Nem chua Thanh Hoá 0,5 kg',
      'Nem chua Thanh Hoá 0.5kg',
      'NEM CHUA THANH HOÁ 500 G',
      'Nem chua (500 g) Thanh Hoá',
    ]) {
      expect(titleHasNet(name, 500, 'GRM'), name).toBe(true);
      expect(titleHasNet(name, 0.5, 'KGM'), name).toBe(true);
    }
    expect(titleHasNet('Mật ong 1 lít', 1000, 'MLT')).toBe(true);
    expect(titleHasNet('Mật ong 1 lít', 1, 'LTR')).toBe(true);
    expect(titleHasNet('Gạo 1.200 g', 1.2, 'KGM')).toBe(true);
    expect(titleHasNet('Trứng vịt 10 quả', 10, 'H87')).toBe(true);
  });

  it('does not take another quantity, unit or a number inside a word for the net content', () => {
    expect(titleHasNet('Gạo thơm Hoằng Hoá 5 kg', 2, 'KGM')).toBe(false);
    expect(titleHasNet('Nem chua 500 g', 500, 'MLT')).toBe(false);
    expect(titleHasNet('Nem chua 1500 g', 500, 'GRM')).toBe(false);
    expect(titleHasNet('Giống lúa BC15 kg', 15, 'KGM')).toBe(false);
    expect(titleHasNet('Nem chua Thanh Hoá', 500, 'GRM')).toBe(false);
    expect(titleHasNet('Nem chua 500 gói', 500, 'GRM')).toBe(false);
    expect(titleHasNet('Nem chua 500 g', 0, 'GRM')).toBe(false);
  });

  it('finds any whole number of grams written after any name', () => {
    fc.assert(
      fc.property(
        fc.stringMatching(/^[A-Za-zÀ-ỹ ]{0,30}$/),
        fc.integer({ min: 1, max: 99_999 }),
        (name, grams) => titleHasNet(`${name} ${grams} g`, grams, 'GRM'),
      ),
    );
  });

  it('does not name the commune twice in a 37nghean title', () => {
    const named = {
      ...GAO_THO_XUAN,
      name: 'Gạo thơm Hoằng Hoá 5 kg',
      origin: { ...GAO_THO_XUAN.origin, communeCode: HOANG_HOA },
    };
    expect(nghean37.render(named).title).toBe('Gạo thơm Hoằng Hoá 5 kg – Thanh Hoá');
  });
});
