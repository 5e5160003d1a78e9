import { describe, expect, it } from 'vitest';
import { categoryName } from '../../src/api/coop/categories/_category-name.js';

describe('categoryName: a shop category named in both languages', () => {
  it('splits the seed’s "Vietnamese / English" name', () => {
    expect(categoryName('Trái cây / Fruit', null)).toEqual({ vi: 'Trái cây', en: 'Fruit' });
  });

  it('prefers metadata.name_en, and falls back to the Vietnamese name', () => {
    expect(categoryName('Rau / Greens', { name_en: ' Vegetables ' })).toEqual({
      vi: 'Rau',
      en: 'Vegetables',
    });
    expect(categoryName('Rau củ', { name_en: '' })).toEqual({ vi: 'Rau củ', en: 'Rau củ' });
    expect(categoryName('Rau củ', { name_en: 7 })).toEqual({ vi: 'Rau củ', en: 'Rau củ' });
  });
});
