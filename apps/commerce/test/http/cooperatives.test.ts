import { describe, expect, it } from 'vitest';
import { adminApi, backend, ok } from './_http.js';

interface Named {
  code: string;
  name: string;
  full_name: string;
}

describe('cooperatives and the administrative units behind their addresses', () => {
  it('lists the cooperatives with their commune named commune, province, in both languages', async () => {
    const { cooperatives } = await ok<{
      cooperatives: { handle: string; commune_label: { vi: string; en: string } }[];
    }>(await adminApi('/admin/cooperatives'));
    const buoi = cooperatives.find((c) => c.handle === 'htx-buoi-phuc-trach');
    expect(buoi?.commune_label.vi).toBe('Xã Phúc Trạch, Tỉnh Hà Tĩnh');
    expect(buoi?.commune_label.en).toMatch(/Phuc Trach.*Ha Tinh/);
  });

  it('serves the 34 provinces, then one province communes, for address forms', async () => {
    const { provinces } = await ok<{ provinces: Named[] }>(
      await adminApi('/admin/administrative-units'),
    );
    expect(provinces).toHaveLength(34);
    expect(provinces.find((p) => p.code === '40')?.name).toBe('Nghệ An');
    const { communes } = await ok<{ communes: Named[] }>(
      await adminApi('/admin/administrative-units?province=40'),
    );
    expect(communes).toHaveLength(130);
    expect(communes.find((c) => c.code === '16941')?.full_name).toBe('Xã Nghĩa Đàn');
  });

  it('answers an unknown province with 404 and what a code looks like', async () => {
    const response = await adminApi('/admin/administrative-units?province=99');
    expect(response.status).toBe(404);
    expect(((await response.json()) as { message: string }).message).toContain('2 chữ số');
  });

  it('needs an admin login', async () => {
    expect((await fetch(`${backend().url}/admin/administrative-units`)).status).toBe(401);
  });
});
