import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, upstreamSource } from '../scripts/generate.mjs';
import { communeLabel, findCommune, findProvince, provinces } from '../src/index.js';

describe('administrative units', () => {
  it('holds exactly the published file, compacted', () => {
    const committed: unknown = JSON.parse(
      readFileSync(new URL('../data/units.json', import.meta.url), 'utf8'),
    );
    expect(committed).toEqual((compact as (s: unknown) => unknown)(upstreamSource()));
  });

  it('has the 34 provinces and 3,321 communes of the 2025 reform', () => {
    expect(provinces()).toHaveLength(34);
    expect(provinces().reduce((n, p) => n + p.communes.length, 0)).toBe(3321);
    expect(new Set(provinces().flatMap((p) => p.communes.map((c) => c.code))).size).toBe(3321);
  });

  it('finds a commune and names it commune first, then province', () => {
    expect(findProvince('40')?.name).toBe('Nghệ An');
    expect(findCommune('16681')).toMatchObject({ name: 'Thành Vinh', provinceCode: '40' });
    expect(communeLabel('16681')).toBe('Phường Thành Vinh, Tỉnh Nghệ An');
    expect(communeLabel('16681', 'en')).toMatch(/^Thanh Vinh Ward, Nghe An/);
    expect(findCommune('99999')).toBeUndefined();
  });
});
