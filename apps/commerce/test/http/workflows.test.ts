// The workflows' compensations against the real backend: a later step of each workflow is made
// to fail by the database itself (a trigger that raises, on exactly this test's rows, created
// here and dropped afterwards), and the test shows that nothing the earlier steps wrote remains.
// Nothing in the backend knows of it: the failure is a real one of the step's own write.
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { adminApi, backend, ok, uploadOrders } from './_http.js';
import { query } from '@nguongoc/test-support/database';

/** Where the backend's File Module (local provider) keeps files: `static/` of the build. */
const STATIC = join(
  dirname(createRequire(import.meta.url).resolve('@nguongoc/commerce/package.json')),
  '.medusa/server/static',
);
const files = () => {
  try {
    return readdirSync(STATIC).sort();
  } catch {
    return [];
  }
};

const sql = <T>(statement: string, values: unknown[] = []) =>
  query<T>(backend().databaseUrl, statement, values);

let triggers = 0;

/**
 * Runs `work` while every insert or update of `table` whose row matches `when` fails, as a
 * database failure would (the trigger raises; the statement and its transaction roll back).
 */
async function failing<T>(table: string, when: string, work: () => Promise<T>): Promise<T> {
  const name = `ng_test_failure_${process.pid}_${++triggers}`;
  await sql(
    `CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'failure injected by workflows.test.ts'; END $$`,
  );
  await sql(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON ${table} FOR EACH ROW WHEN (${when}) EXECUTE FUNCTION ${name}()`,
  );
  try {
    return await work();
  } finally {
    await sql(`DROP TRIGGER ${name} ON ${table}`);
    await sql(`DROP FUNCTION ${name}()`);
  }
}

async function cooperativeId(handle: string): Promise<string> {
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  return cooperatives.find((c) => c.handle === handle)!.id;
}

const HANDLE = 'htx-thu-so-cai';
const NEW_COOPERATIVE = {
  handle: HANDLE,
  name: 'Hợp tác xã Thử Sổ Cái',
  tax_code: '2901555777',
  registration_number: '2707G000555',
  // Xã Quế Phong (Nghệ An): a commune no other test counts cooperatives in.
  commune_code: '16738',
  address: 'Xóm 3',
  contact_name: 'Lê Văn Thử',
  phone: '0912555777',
};

describe('workflows: a failed later step leaves nothing half-written', () => {
  // The other test files share this backend and count cooperatives, sales and listings: what
  // these tests wrote for real is taken away again (the sales lines through their trigger).
  const cleanups: (() => Promise<unknown>)[] = [];
  afterAll(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
  });

  it('does not register a cooperative whose ledger cannot be written, and a retry works', async () => {
    cleanups.push(() => sql('DELETE FROM cooperative WHERE handle = $1', [HANDLE]));
    const organisation = `NEW.record_type = 'organisation' AND NEW.record_id = '${HANDLE}'`;
    const failed = await failing('trace.records', organisation, () =>
      adminApi('/admin/cooperatives', { method: 'POST', body: JSON.stringify(NEW_COOPERATIVE) }),
    );
    expect(failed.status).toBe(500);
    // The cooperative was created by the first step, then deleted by its compensation.
    const rows = await sql('SELECT id FROM cooperative WHERE handle = $1', [HANDLE]);
    expect(rows).toEqual([]);

    // Nothing is in the way of doing it again.
    const { cooperative } = await ok<{ cooperative: { id: string; trace_origin: string } }>(
      await adminApi('/admin/cooperatives', {
        method: 'POST',
        body: JSON.stringify(NEW_COOPERATIVE),
      }),
      201,
    );
    expect(cooperative.trace_origin).toBe(`nguongoc.vn/${HANDLE}`);
    const records = await sql(
      "SELECT record_id FROM trace.records WHERE ledger = $1 AND record_type = 'organisation'",
      [cooperative.trace_origin],
    );
    expect(records).toEqual([{ record_id: HANDLE }]);
  });

  it('puts a cooperative back as it was when its new version cannot be written to its ledger', async () => {
    const id = await cooperativeId(HANDLE);
    const before = await ok<{ cooperative: Record<string, unknown> }>(
      await adminApi(`/admin/cooperatives/${id}`),
    );
    const organisation = `NEW.record_type = 'organisation' AND NEW.record_id = '${HANDLE}'`;
    const failed = await failing('trace.records', organisation, () =>
      adminApi(`/admin/cooperatives/${id}`, {
        method: 'POST',
        // Another name, and a commune in another province (the province follows it).
        body: JSON.stringify({ name: 'Hợp tác xã Đổi Tên', commune_code: '18160' }),
      }),
    );
    expect(failed.status).toBe(500);
    const after = await ok<{ cooperative: Record<string, unknown> }>(
      await adminApi(`/admin/cooperatives/${id}`),
    );
    expect(after.cooperative).toMatchObject({
      name: before.cooperative.name,
      commune_code: '16738',
      province_code: before.cooperative.province_code,
    });
  });

  it('puts the sales ledger back when an order import cannot be recorded', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const csv = (status: string) =>
      [
        'NGAY TAO;MA DH;MA SKU SAN PHAM;SO LUONG SP;GIA SAN PHAM;TONG TIEN SAN PHAM;PHUONG XA NHAN;TINH THANH NHAN;TRANG THAI DH',
        '12/11/2026 08:15;VS-7101;CAM-5KG;1;250000;250000;Xã Nghĩa Đàn;Nghệ An;Thành công',
        `13/11/2026 19:40;VS-7102;MATONG-500;2;180000;360000;Phường Thành Vinh;Nghệ An;${status}`,
      ].join('\n');
    const lines = () =>
      sql<{ order_ref: string; status: string; net_amount_vnd: string }>(
        "SELECT order_ref, status, net_amount_vnd FROM sales_line WHERE order_ref IN ('VS-7101', 'VS-7102') ORDER BY order_ref",
      );
    const totals = () =>
      sql(
        "SELECT sum(lines) AS lines, sum(orders) AS orders, sum(quantity) AS quantity, sum(amount_vnd) AS amount FROM sales_half_month WHERE cooperative_id = $1 AND channel = 'voso'",
        [id],
      );
    const imports = async () =>
      (await sql('SELECT id FROM channel_order_import WHERE cooperative_id = $1', [id])).length;
    cleanups.push(async () => {
      await sql("DELETE FROM sales_line WHERE channel = 'voso' AND order_ref LIKE 'VS-71%'");
      await sql("DELETE FROM channel_order_import WHERE file_name LIKE 'voso-lan-%'");
      await sql(
        "DELETE FROM sales_half_month WHERE cooperative_id = $1 AND channel = 'voso' AND lines = 0",
        [id],
      );
    });
    const totalsBefore = await totals();
    const importsBefore = await imports();
    const filesBefore = files();

    // The record of the import fails: the lines written just before are deleted again.
    const first = await failing('channel_order_import', "NEW.file_name = 'voso-lan-1.csv'", () =>
      uploadOrders(id, 'voso', { name: 'voso-lan-1.csv', content: csv('Đang vận chuyển') }),
    );
    expect(first.status).toBe(500);
    expect(await lines()).toEqual([]);
    expect(await totals()).toEqual(totalsBefore);
    expect(await imports()).toBe(importsBefore);
    // The staged upload is gone too.
    expect(files()).toEqual(filesBefore);

    // Imported for real, then a later file cancels VS-7102 but its record fails: the line that
    // the sales step changed gets its earlier status and amounts back.
    await ok(
      await uploadOrders(id, 'voso', { name: 'voso-lan-1.csv', content: csv('Đang vận chuyển') }),
      201,
    );
    const imported = await lines();
    expect(imported).toHaveLength(2);
    expect(imported[1]!.status).not.toBe('cancelled');
    const totalsImported = await totals();
    const cancelled = await failing(
      'channel_order_import',
      "NEW.file_name = 'voso-lan-2.csv'",
      () => uploadOrders(id, 'voso', { name: 'voso-lan-2.csv', content: csv('Hủy') }),
    );
    expect(cancelled.status).toBe(500);
    expect(await lines()).toEqual(imported);
    expect(await totals()).toEqual(totalsImported);
    expect(await imports()).toBe(importsBefore + 1);

    // The sales step itself fails (on one of its lines): nothing of the file is written.
    const refused = await failing('sales_line', "NEW.order_ref = 'VS-7103'", () =>
      uploadOrders(id, 'voso', {
        name: 'voso-lan-3.csv',
        content: `${csv('Hủy')}\n14/11/2026 10:00;VS-7103;CAM-5KG;1;250000;250000;Xã Nghĩa Đàn;Nghệ An;Thành công`,
      }),
    );
    expect(refused.status).toBe(500);
    expect(await lines()).toEqual(imported);
    expect(await imports()).toBe(importsBefore + 1);
    expect(files()).toEqual(filesBefore);
  });

  it('hands out no file for an export whose listings cannot be written', async () => {
    const id = await cooperativeId('htx-nong-san-hoang-hoa');
    const listings = () =>
      sql(
        "SELECT product_id, status, last_export_hash, last_exported_at FROM channel_listing WHERE cooperative_id = $1 AND exchange = 'postmart' ORDER BY product_id",
        [id],
      );
    const exportAll = () =>
      adminApi(`/admin/cooperatives/${id}/channels/postmart/exports`, {
        method: 'POST',
        body: JSON.stringify({ changed_only: false }),
      });
    const mine = `NEW.cooperative_id = '${id}' AND NEW.exchange = 'postmart'`;
    const filesBefore = files();
    const listingsBefore = await listings();
    cleanups.push(() =>
      sql(
        "DELETE FROM channel_listing WHERE cooperative_id = $1 AND exchange = 'postmart' AND NOT (product_id = ANY($2))",
        [id, listingsBefore.map((listing) => (listing as { product_id: string }).product_id)],
      ),
    );

    // The first export would create the listings: the workbook and archive written before are
    // deleted again.
    const failed = await failing('channel_listing', mine, exportAll);
    expect(failed.status).toBe(500);
    expect(files()).toEqual(filesBefore);
    expect(await listings()).toEqual(listingsBefore);

    // A real export, then one whose listings' update fails: its files go, the listings stay.
    const exported = await ok<{ exported: string[]; workbook: { url: string } }>(await exportAll());
    expect(exported.exported.length).toBeGreaterThan(0);
    const filesExported = files();
    expect(filesExported.length).toBe(filesBefore.length + 2);
    const listingsExported = await listings();
    const again = await failing('channel_listing', mine, exportAll);
    expect(again.status).toBe(500);
    expect(files()).toEqual(filesExported);
    expect(await listings()).toEqual(listingsExported);
  });
});
