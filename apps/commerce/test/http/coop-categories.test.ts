// GET /coop/categories (issue #23): the shop's categories a member's product form offers, each
// with its handle and its name in both languages (the naming rules: unit/category-name.test.ts).
import { beforeAll, describe, expect, it } from 'vitest';
import { type Account, api, newMember } from './_accounts.js';
import { adminApi, ok } from './_http.js';

interface CategoriesAnswer {
  categories: { handle: string; name: { vi: string; en: string } }[];
}

describe('GET /coop/categories', () => {
  let staff: Account;

  beforeAll(async () => {
    const { cooperatives } = await ok<{ cooperatives: { id: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    staff = await newMember(cooperatives[0]!.id, 'staff');
  });

  it('lists the seeded categories by Vietnamese name, each named in both languages', async () => {
    const { categories } = await ok<CategoriesAnswer>(
      await api('/coop/categories', {}, staff.token),
    );
    const seeded = categories.filter((c) =>
      ['trai-cay', 'dac-san-che-bien', 'do-uong', 'gao-ngu-coc'].includes(c.handle),
    );
    expect(seeded).toEqual([
      {
        handle: 'dac-san-che-bien',
        name: { vi: 'Đặc sản chế biến', en: 'Processed specialities' },
      },
      { handle: 'do-uong', name: { vi: 'Đồ uống và mật ong', en: 'Drinks and honey' } },
      { handle: 'gao-ngu-coc', name: { vi: 'Gạo và ngũ cốc', en: 'Rice and grains' } },
      { handle: 'trai-cay', name: { vi: 'Trái cây', en: 'Fruit' } },
    ]);
  });
});
