import { describe, expect, it } from 'vitest';
// The corpus is the connectors' own (generated in code), exported for this test only.
import { hostileFiles } from '@nguongoc/connectors/hostile-order-files';
import { adminApi, backend, ok, uploadOrders } from './_http.js';

// Issue #22: an order file once killed the backend (a cell past column XFD) or held it for
// seconds and a gigabyte (a zip bomb), and what did not crash answered 500. Each file of the
// connectors' hostile corpus is uploaded here to the running backend: a 400 that names the
// problem in both languages, and the backend still up and importing afterwards.

async function cooperativeId(handle: string): Promise<string> {
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  return cooperatives.find((c) => c.handle === handle)!.id;
}

describe('hostile order files uploaded to the backend', () => {
  it.each(hostileFiles().map((file) => [file.label, file] as const))(
    'answers %s with a 400 in both languages and stays up',
    async (_label, file) => {
      const id = await cooperativeId('htx-cam-nghia-dan');
      const response = await uploadOrders(id, 'voso', {
        name: file.name,
        content: new Uint8Array(file.data),
      });
      const body = (await response.json()) as { type?: string; message: string };
      expect({ status: response.status, type: body.type }).toEqual({
        status: 400,
        type: 'invalid_data',
      });
      expect(body.message).toContain(file.says.vi);
      expect(body.message).toContain(file.says.en);
      expect(body.message).toMatch(/^\[connectors\] \[voso\] .+ \(tệp .+\) \/ .+ \(file .+\)$/);
      expect((await fetch(`${backend().url}/health`)).status).toBe(200);
    },
    60_000,
  );

  it('still imports a good file after all of them', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    // A SKU of no cooperative: the file is read whole, and the ledger is left as it was.
    const csv = [
      'NGAY TAO;MA DH;MA SKU SAN PHAM;SO LUONG SP;GIA SAN PHAM;TONG TIEN SAN PHAM;PHUONG XA NHAN;TINH THANH NHAN;TRANG THAI DH',
      '02/11/2026 08:15;VS-FUZZ-1;KHONG-CO-1KG;2;65000;130000;Xã Nghĩa Đàn;Nghệ An;Thành công',
    ].join('\n');
    const { import: summary } = await ok<{
      import: {
        rows_read: number;
        rows_kept: number;
        lines_created: number;
        problems: { code: string }[];
      };
    }>(await uploadOrders(id, 'voso', { name: 'voso-sau-fuzz.csv', content: csv }), 201);
    expect(summary).toMatchObject({ rows_read: 1, rows_kept: 1, lines_created: 0 });
    expect(summary.problems.map((problem) => problem.code)).toEqual(['order.unknown_sku']);
  });
});
