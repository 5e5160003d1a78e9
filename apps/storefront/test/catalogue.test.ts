import { describe, expect, it } from 'vitest';
import { loader as homeLoader } from '../app/routes/_shop._index/route';
import { loader as catalogueLoader } from '../app/routes/_shop.products._index/route';
import { loaderArgs, outcome } from './remix';

type Page = Awaited<ReturnType<typeof catalogueLoader>>;

async function catalogue(query = '') {
  return (await outcome<Page>(await catalogueLoader(loaderArgs(`/products${query}`)))).data;
}

const handles = (page: { products: { handle: string }[] }) => page.products.map((p) => p.handle);

describe('home page', () => {
  it('features the products with the most OCOP stars first, with their cooperatives and places', async () => {
    const home = await homeLoader();
    expect(home.featured.map((p) => [p.handle, p.ocopStars])).toEqual([
      ['keo-cu-do-250g', 5],
      ['buoi-phuc-trach-qua', 4],
      ['cam-vinh-hop-5kg', 4],
      ['mat-ong-hoa-cam-500ml', 3],
      ['mut-cam-300g', 3],
    ]);
    expect(home.featured[2]).toMatchObject({
      price: 250000,
      titleEn: 'Vinh oranges, 5 kg box',
      cooperative: { handle: 'htx-cam-nghia-dan', province: { vi: 'Nghệ An' } },
    });
    expect(home.cooperatives.map((c) => [c.handle, c.productCount])).toEqual([
      ['htx-cam-nghia-dan', 3],
      ['htx-buoi-phuc-trach', 2],
    ]);
    expect(home.places.map((p) => [p.province.vi, p.communes.map((c) => c.name.vi)])).toEqual([
      ['Hà Tĩnh', ['Xã Phúc Trạch']],
      ['Nghệ An', ['Xã Nghĩa Đàn']],
    ]);
  });
});

describe('catalogue filters (a plain GET form, filtered in the loader)', () => {
  it('lists every product without filters, with the filter choices', async () => {
    const page = await catalogue();
    expect(page.products).toHaveLength(5);
    expect(page.filters).toEqual({ category: null, stars: null, province: null });
    expect(page.categories.map((c) => c.value)).toEqual([
      'dac-san-che-bien',
      'do-uong',
      'trai-cay',
    ]);
    expect(page.categories.find((c) => c.value === 'trai-cay')?.name).toEqual({
      vi: 'Trái cây',
      en: 'Fruit',
    });
    expect(page.provinces).toEqual([
      { value: '42', name: { vi: 'Hà Tĩnh', en: 'Ha Tinh' } },
      { value: '40', name: { vi: 'Nghệ An', en: 'Nghe An' } },
    ]);
  });

  it('filters by category', async () => {
    expect(handles(await catalogue('?category=trai-cay'))).toEqual([
      'buoi-phuc-trach-qua',
      'cam-vinh-hop-5kg',
    ]);
  });

  it('filters by OCOP stars', async () => {
    expect(handles(await catalogue('?stars=3'))).toEqual(['mat-ong-hoa-cam-500ml', 'mut-cam-300g']);
    expect(handles(await catalogue('?stars=5'))).toEqual(['keo-cu-do-250g']);
  });

  it("filters by the cooperative's province", async () => {
    expect(handles(await catalogue('?province=42'))).toEqual([
      'keo-cu-do-250g',
      'buoi-phuc-trach-qua',
    ]);
  });

  it('combines filters, as the form sends them (empty ones mean all)', async () => {
    expect(handles(await catalogue('?category=trai-cay&stars=4&province=40'))).toEqual([
      'cam-vinh-hop-5kg',
    ]);
    expect(handles(await catalogue('?category=&stars=&province=40'))).toHaveLength(3);
    expect(handles(await catalogue('?category=do-uong&province=42'))).toEqual([]);
  });

  it('ignores a star rating that OCOP does not have', async () => {
    const page = await catalogue('?stars=2');
    expect(page.filters.stars).toBeNull();
    expect(page.products).toHaveLength(5);
  });
});
