import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { api, newMember } from './_accounts.js';
import {
  adminApi,
  backend,
  cartReadyToPay,
  downloaded,
  ok,
  paymentSession,
  storeApi,
  uploadOrders,
} from './_http.js';

interface Listing {
  product_id: string;
  sku: string;
  exchange: string;
  ready: boolean;
  status: string;
  listing_id: string | null;
  stale: boolean;
  findings: {
    severity: string;
    code: string;
    field: string;
    message: { vi: string; en: string };
  }[];
}
interface ImportSummary {
  rows_read: number;
  rows_kept: number;
  lines_created: number;
  lines_updated: number;
  lines_unchanged: number;
  problems: { severity: string; row: number; column: string; code: string; message: string }[];
}
interface SalesLine {
  key: string;
  channel: string;
  sku: string;
  quantity: number;
  amount_vnd: number;
  status: string;
  buyer_province_code: string | null;
  buyer_commune_code: string | null;
}

async function cooperativeId(handle: string): Promise<string> {
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  return cooperatives.find((c) => c.handle === handle)!.id;
}

const channels = async (id: string) =>
  ok<{
    exchanges: { id: string; rules_version: string }[];
    listings: Listing[];
    accounts: { exchange: string; shop_name: string }[];
  }>(await adminApi(`/admin/cooperatives/${id}/channels`));

// A VoSo order export in its own headers: two orders of Cam Nghĩa Đàn's products, one line with
// a SKU of another cooperative, one row with an unreadable quantity.
const vosoOrders = (status: string) =>
  [
    'NGAY TAO;MA DH;MA SKU SAN PHAM;SO LUONG SP;GIA SAN PHAM;TONG TIEN SAN PHAM;PHUONG XA NHAN;TINH THANH NHAN;TRANG THAI DH',
    '02/11/2026 08:15;VS-9001;CAM-5KG;2;250000;500000;Xã Nghĩa Đàn;Nghệ An;Thành công',
    '02/11/2026 08:15;VS-9001;MATONG-500;1;180000;180000;Xã Nghĩa Đàn;Nghệ An;Thành công',
    `03/11/2026 19:40;VS-9002;MUTCAM-300;3;60000;180000;Phường Thành Vinh;Nghệ An;${status}`,
    '04/11/2026 10:05;VS-9003;BUOI-1Q;1;90000;90000;Xã Phúc Trạch;Hà Tĩnh;Thành công',
    '05/11/2026 21:00;VS-9004;CAM-10KG;hai;450000;900000;Xã Nghĩa Đàn;Nghệ An;Thành công',
  ].join('\n');

const importOrders = async (id: string, csv: string, bearer?: string) =>
  uploadOrders(id, 'voso', { name: 'voso-don-hang.csv', content: csv }, bearer);

/** An exchange's order export uploaded by a cooperative's member, to their own cooperative. */
async function uploadAsMember(
  exchange: string,
  file: { name: string; content: string },
  bearer: string,
): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([file.content]), file.name);
  // No JSON content type: fetch writes the multipart one, with its boundary.
  return fetch(`${backend().url}/coop/channels/${exchange}/order-imports`, {
    method: 'POST',
    headers: { authorization: `Bearer ${bearer}` },
    body: form,
  });
}

describe('channels: listings on the exchanges and their orders in the sales ledger', () => {
  it("shows each product's readiness per exchange with the failing rules named", async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const { exchanges, listings } = await channels(id);
    expect(exchanges.map((e) => e.id).sort()).toEqual(['37nghean', 'postmart', 'voso']);
    // 4 products × 3 exchanges.
    expect(listings).toHaveLength(12);
    // The seed gives no net content and no box size: no product is ready, and each says why.
    for (const listing of listings) {
      expect(listing.ready).toBe(false);
      expect(listing.status).toBe('draft');
      const errors = listing.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.code)).toEqual(
        expect.arrayContaining(['net.invalid', 'shipping.dimensions']),
      );
      // One finding for the whole box, in words an office reads, with the field that fixes it.
      expect(errors.filter((f) => f.code === 'shipping.dimensions')).toEqual([
        expect.objectContaining({
          field: 'dimensions',
          message: {
            vi: 'Thiếu kích thước hộp đóng gói: nhập chiều dài, rộng, cao của hộp (cm)',
            en: 'Package size missing: enter the box’s length, width and height (cm)',
          },
        }),
      ]);
      for (const error of errors) {
        expect(error.message.vi).not.toMatch(/lengthCm|0 cm|"brand"|\[connectors\]/);
        expect(error.message.en).not.toMatch(/lengthCm|0 cm|"brand"|\[connectors\]/);
      }
    }
  });

  it('has ready listings where the seed filled in the seller facts, and names what VoSo lacks', async () => {
    const id = await cooperativeId('htx-nong-san-hoang-hoa');
    const { listings } = await channels(id);
    const on = (exchange: string) => listings.filter((l) => l.exchange === exchange);
    const all = ['GAO-5KG', 'MAMTEP-200', 'NEM-500', 'NEP-2KG'];
    for (const exchange of ['postmart', '37nghean']) {
      const errors = on(exchange).flatMap((l) => l.findings.filter((f) => f.severity === 'error'));
      expect(errors).toEqual([]);
      expect(
        on(exchange)
          .filter((l) => l.ready)
          .map((l) => l.sku)
          .sort(),
      ).toEqual(all);
    }
    // VoSo takes 3 to 8 images with the QR code; the seed has no product photos.
    for (const listing of on('voso')) {
      expect(listing.ready).toBe(false);
      const errors = listing.findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => f.code)).toEqual(['images.too_few']);
    }
  });

  it('names a missing brand in plain words with its field, and is ready once it is set', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const oranges = async () =>
      (await channels(id)).listings.find((l) => l.sku === 'CAM-10KG' && l.exchange === 'postmart')!;
    const { product_id } = await oranges();
    const { product } = await ok<{ product: { metadata: Record<string, unknown> } }>(
      await adminApi(`/admin/products/${product_id}?fields=metadata`),
    );
    const facts = (attributes: Record<string, string>) =>
      adminApi(`/admin/products/${product_id}`, {
        method: 'POST',
        body: JSON.stringify({
          length: 40,
          width: 30,
          height: 25,
          metadata: {
            ...product.metadata,
            net_quantity: 10,
            net_unit: 'KGM',
            channel_attributes: attributes,
          },
        }),
      });
    // Everything PostMart asks but the brand.
    await ok(await facts({ shelfLife: '20 ngày' }));
    const missing = await oranges();
    expect(missing.ready).toBe(false);
    expect(missing.findings.filter((f) => f.severity === 'error')).toEqual([
      {
        severity: 'error',
        code: 'attribute.required',
        field: 'brand',
        message: {
          vi: 'Thiếu thương hiệu: nhập thương hiệu của sản phẩm',
          en: 'Brand missing: enter the product’s brand',
        },
        rule: 'requiredAttributes',
      },
    ]);
    await ok(await facts({ shelfLife: '20 ngày', brand: 'HTX Cam Nghĩa Đàn' }));
    const ready = await oranges();
    expect(ready.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ready.ready).toBe(true);
    // Back as the seed had it, for the tests below.
    await ok(
      await adminApi(`/admin/products/${product_id}`, {
        method: 'POST',
        body: JSON.stringify({
          length: null,
          width: null,
          height: null,
          metadata: product.metadata,
        }),
      }),
    );
    expect((await oranges()).ready).toBe(false);
  });

  it('exports titles that say the net content once', async () => {
    const id = await cooperativeId('htx-nong-san-hoang-hoa');
    const result = await ok<{ exported: string[]; workbook: { url: string } }>(
      await adminApi(`/admin/cooperatives/${id}/channels/postmart/exports`, {
        method: 'POST',
        body: JSON.stringify({ changed_only: false }),
      }),
    );
    expect(result.exported).toContain('NEM-500');
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(result.workbook.url)) as unknown as ExcelJS.Buffer);
    const cells: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.value)))),
    );
    // The seed's names already say their net content: "Nem chua Thanh Hoá 500 g".
    for (const name of ['Nem chua Thanh Hoá 500 g', 'Mắm tép 200 g']) {
      const titles = cells.filter((cell) => cell.startsWith(name));
      expect(titles, name).toHaveLength(1);
      expect(titles[0]).toMatch(new RegExp(`^${name} – `));
      expect(titles[0]).not.toMatch(/(\d+ g).*\1/);
    }
  });

  it('exports nothing that is not ready, and says what was refused', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    // Other test files share this backend and may have changed a variant's SKU: take the SKUs
    // from the listings rather than from the seed.
    const skus = (await channels(id)).listings
      .filter((l) => l.exchange === 'voso')
      .map((l) => l.sku)
      .sort();
    expect(skus).toHaveLength(4);
    const result = await ok<{
      exported: string[];
      refused: { sku: string }[];
      workbook: { name: string; url: string };
    }>(
      await adminApi(`/admin/cooperatives/${id}/channels/voso/exports`, {
        method: 'POST',
        body: JSON.stringify({ changed_only: false }),
      }),
    );
    expect(result.exported).toEqual([]);
    expect(result.refused.map((r) => r.sku).sort()).toEqual(skus);
    expect(skus).toEqual(expect.arrayContaining(['CAM-5KG', 'MATONG-500', 'MUTCAM-300']));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(result.workbook.url)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.length).toBeGreaterThan(0);
    const { listings } = await channels(id);
    expect(listings.filter((l) => l.exchange === 'voso').map((l) => l.status)).toEqual([
      'error',
      'error',
      'error',
      'error',
    ]);
  });

  it('marks an exported listing stale when its price changes, and exports only it again', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const honey = (await channels(id)).listings.find(
      (l) => l.sku === 'MATONG-500' && l.exchange === 'postmart',
    )!;
    const { product } = await ok<{
      product: { metadata: Record<string, unknown>; variants: { id: string }[] };
    }>(await adminApi(`/admin/products/${honey.product_id}?fields=metadata,variants.id`));
    // What the seed lacks for PostMart: net content, the box and the required attributes.
    await ok(
      await adminApi(`/admin/products/${honey.product_id}`, {
        method: 'POST',
        body: JSON.stringify({
          length: 10,
          width: 10,
          height: 16,
          metadata: {
            ...product.metadata,
            net_quantity: 500,
            net_unit: 'MLT',
            channel_attributes: {
              brand: 'HTX Cam Nghĩa Đàn',
              shelfLife: '24 tháng',
              storage: 'Nơi khô ráo, thoáng mát',
            },
          },
        }),
      }),
    );
    const listing = async () =>
      (await channels(id)).listings.find(
        (l) => l.sku === 'MATONG-500' && l.exchange === 'postmart',
      )!;
    const ready = await listing();
    expect(ready.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(ready).toMatchObject({ ready: true, stale: false });

    const exportPostmart = async (changedOnly: boolean) =>
      ok<{ exported: string[]; unchanged: string[] }>(
        await adminApi(`/admin/cooperatives/${id}/channels/postmart/exports`, {
          method: 'POST',
          body: JSON.stringify({ changed_only: changedOnly }),
        }),
      );
    expect((await exportPostmart(false)).exported).toEqual(['MATONG-500']);
    expect(await listing()).toMatchObject({ status: 'exported', stale: false });
    // Nothing changed: a delta export has nothing to send.
    expect((await exportPostmart(true)).exported).toEqual([]);

    await ok(
      await adminApi(`/admin/products/${honey.product_id}/variants/${product.variants[0]!.id}`, {
        method: 'POST',
        body: JSON.stringify({ prices: [{ currency_code: 'vnd', amount: 195000 }] }),
      }),
    );
    expect(await listing()).toMatchObject({ status: 'exported', stale: true });
    const delta = await exportPostmart(true);
    expect(delta.exported).toEqual(['MATONG-500']);
    expect(await listing()).toMatchObject({ stale: false });
  });

  it('marks the exported listing stale when its stock changes, and exports only it again', async () => {
    // The honey, ready and exported for PostMart by the test above.
    const id = await cooperativeId('htx-cam-nghia-dan');
    const honey = async () =>
      (await channels(id)).listings.find(
        (l) => l.sku === 'MATONG-500' && l.exchange === 'postmart',
      )!;
    expect(await honey()).toMatchObject({ status: 'exported', stale: false });
    const { inventory_items } = await ok<{ inventory_items: { id: string }[] }>(
      await adminApi('/admin/inventory-items?sku=MATONG-500'),
    );
    const item = inventory_items[0]!.id;
    const { inventory_levels } = await ok<{
      inventory_levels: {
        location_id: string;
        stocked_quantity: number;
        reserved_quantity: number;
      }[];
    }>(await adminApi(`/admin/inventory-items/${item}/location-levels`));
    const level = inventory_levels[0]!;
    await ok(
      await adminApi(`/admin/inventory-items/${item}/location-levels/${level.location_id}`, {
        method: 'POST',
        body: JSON.stringify({ stocked_quantity: level.stocked_quantity + 25 }),
      }),
    );
    expect(await honey()).toMatchObject({ status: 'exported', stale: true });
    const delta = await ok<{ exported: string[]; workbook: { url: string } }>(
      await adminApi(`/admin/cooperatives/${id}/channels/postmart/exports`, {
        method: 'POST',
        body: JSON.stringify({ changed_only: true }),
      }),
    );
    expect(delta.exported).toEqual(['MATONG-500']);
    // The new stock is in the workbook the exchange receives.
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await downloaded(delta.workbook.url)) as unknown as ExcelJS.Buffer);
    const cells: unknown[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((c) => cells.push(c.value))));
    // What can be sold: on the shelf, less what orders have reserved.
    expect(cells).toContain(level.stocked_quantity + 25 - level.reserved_quantity);
    // The description states the seed's OCOP recognition in full, never a blank or "undefined".
    const description = cells.find(
      (cell): cell is string => typeof cell === 'string' && cell.includes('Sản phẩm OCOP'),
    );
    expect(description).toContain(
      'Sản phẩm OCOP 3 sao ★★★ (Quyết định 1530/QĐ-UBND, hiệu lực đến 30/09/2027).',
    );
    expect(description).not.toContain('undefined');
    expect(await honey()).toMatchObject({ stale: false });
  });

  it('imports an order export into the sales ledger once, keeping good rows and naming bad ones', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const first = await ok<{ import: ImportSummary }>(
      await importOrders(id, vosoOrders('Đang vận chuyển')),
      201,
    );
    expect(first.import.lines_created).toBe(3);
    const problems = first.import.problems.filter((p) => p.severity === 'error');
    expect(problems.map((p) => p.code)).toContain('order.unknown_sku');
    expect(problems.find((p) => p.code === 'order.unknown_sku')?.message).toContain('BUOI-1Q');
    // The other cooperative's SKU: the row and column of the file it is on.
    expect(problems.find((p) => p.code === 'order.unknown_sku')).toMatchObject({
      row: 5,
      column: 'MA SKU SAN PHAM',
    });
    // The unreadable quantity: its row and column.
    const quantity = problems.find((p) => p.code !== 'order.unknown_sku');
    expect(quantity?.row).toBe(6);
    expect(quantity?.column).toBe('SO LUONG SP');

    // The same file again: nothing new.
    const again = await ok<{ import: ImportSummary }>(
      await importOrders(id, vosoOrders('Đang vận chuyển')),
      201,
    );
    expect(again.import).toMatchObject({ lines_created: 0, lines_updated: 0, lines_unchanged: 3 });

    // A later export where order VS-9002 was cancelled: its line changes, nothing is added.
    const later = await ok<{ import: ImportSummary }>(
      await importOrders(id, vosoOrders('Hủy')),
      201,
    );
    expect(later.import).toMatchObject({ lines_created: 0, lines_updated: 1, lines_unchanged: 2 });

    const { lines } = await ok<{ lines: SalesLine[] }>(
      await adminApi(`/admin/cooperatives/${id}/sales`),
    );
    const voso = lines.filter((line) => line.channel === 'voso');
    expect(voso).toHaveLength(3);
    expect(voso.reduce((sum, line) => sum + Number(line.amount_vnd), 0)).toBe(860_000);
    expect(voso.find((line) => line.sku === 'MUTCAM-300')?.status).toBe('cancelled');
    expect(voso.find((line) => line.sku === 'CAM-5KG')?.buyer_commune_code).toBe('16941');
  });

  it("puts the storefront's own orders in the same ledger, and a cancellation changes them", async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const { cartId, paymentCollectionId } = await cartReadyToPay('mut-cam-300g', 3);
    await paymentSession(paymentCollectionId, 'pp_system_default');
    const placed = await ok<{ type: string; order: { id: string } }>(
      await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
    );
    // The ledger is written by a subscriber of order.placed, a moment after the order.
    const linesOf = async (status: string) => {
      for (let attempt = 0; attempt < 50; attempt++) {
        const { lines } = await ok<{ lines: SalesLine[] }>(
          await adminApi(`/admin/cooperatives/${id}/sales?limit=500`),
        );
        const mine = lines.filter((line) => line.key.startsWith(`storefront:${placed.order.id}:`));
        if (mine.length > 0 && mine.every((line) => line.status === status)) return mine;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      throw new Error(`no ${status} sales line for order ${placed.order.id}`);
    };
    // Cash on delivery: the line waits, outside every total, until the cash is recorded (ADR 033).
    const [waiting, ...alsoWaiting] = await linesOf('awaiting_payment');
    expect(alsoWaiting).toEqual([]);
    expect(waiting).toMatchObject({ channel: 'storefront', sku: 'MUTCAM-300', quantity: 3 });
    await ok(await adminApi(`/admin/orders/${placed.order.id}/cod-received`, { method: 'POST' }));
    const [line, ...others] = await linesOf('placed');
    expect(others).toEqual([]);
    expect(line!.key).toBe(waiting!.key);
    // 3 × 65.000 ₫, VAT included; delivery is not a product's sale. The buyer's commune is
    // Phường Thành Vinh (16681), in Nghệ An (40).
    expect(line).toMatchObject({
      channel: 'storefront',
      sku: 'MUTCAM-300',
      quantity: 3,
      status: 'placed',
      buyer_province_code: '40',
      buyer_commune_code: '16681',
    });
    expect(Number(line!.amount_vnd)).toBe(195_000);

    await ok(await adminApi(`/admin/orders/${placed.order.id}/cancel`, { method: 'POST' }));
    const [cancelled, ...more] = await linesOf('cancelled');
    expect(more).toEqual([]);
    expect(cancelled).toMatchObject({ key: line!.key, quantity: 3 });
  });

  it("keeps a cooperative's staff to their own channels and sales", async () => {
    const buoi = await cooperativeId('htx-buoi-phuc-trach');
    const camNghiaDan = await cooperativeId('htx-cam-nghia-dan');
    const staff = (await newMember(buoi, 'staff')).token;
    // /admin is the operator's alone: a member's token opens none of it, their own cooperative's
    // pages included.
    for (const path of [
      `/admin/cooperatives/${camNghiaDan}/channels`,
      `/admin/cooperatives/${camNghiaDan}/sales`,
      `/admin/cooperatives/${buoi}/channels`,
    ]) {
      expect((await api(path, {}, staff)).status, path).toBe(401);
    }
    const accountsBefore = (await channels(camNghiaDan)).accounts;
    const account = await api(
      `/admin/cooperatives/${camNghiaDan}/channels/voso/account`,
      { method: 'POST', body: JSON.stringify({ shop_name: 'Không phải của tôi' }) },
      staff,
    );
    expect(account.status).toBe(401);
    expect((await channels(camNghiaDan)).accounts).toEqual(accountsBefore);
    const camSales = async () =>
      (
        await ok<{ lines: SalesLine[] }>(
          await adminApi(`/admin/cooperatives/${camNghiaDan}/sales?limit=500`),
        )
      ).lines;
    const camLinesBefore = await camSales();
    // The lines the import test above wrote: what the member must not see.
    expect(camLinesBefore.length).toBeGreaterThan(0);
    expect((await importOrders(camNghiaDan, vosoOrders('Hủy'), staff)).status).toBe(401);

    // On /coop the cooperative is the account's: its listings are Bưởi Phúc Trạch's only.
    const productIds = (listings: Listing[]) => [...new Set(listings.map((l) => l.product_id))];
    const mine = await ok<{ listings: Listing[] }>(await api('/coop/channels', {}, staff));
    const buoiProducts = productIds((await channels(buoi)).listings);
    const camProducts = productIds((await channels(camNghiaDan)).listings);
    expect(buoiProducts.length).toBeGreaterThan(0);
    expect(productIds(mine.listings).sort()).toEqual([...buoiProducts].sort());
    expect(productIds(mine.listings).filter((id) => camProducts.includes(id))).toEqual([]);

    // An export with Cam Nghĩa Đàn's orders and one of Bưởi's, uploaded by the member: only
    // Bưởi's line is written, to Bưởi; Cam Nghĩa Đàn's SKUs are unknown to it.
    const file = [
      ...vosoOrders('Thành công').split('\n').slice(0, 4),
      '06/11/2026 09:00;VS-9101;BUOI-1Q;2;90000;180000;Xã Phúc Trạch;Hà Tĩnh;Thành công',
    ].join('\n');
    const imported = await ok<{ import: ImportSummary }>(
      await uploadAsMember('voso', { name: 'voso-buoi.csv', content: file }, staff),
      201,
    );
    expect(imported.import.lines_created).toBe(1);
    const unknown = imported.import.problems.filter((p) => p.code === 'order.unknown_sku');
    expect(unknown.map((p) => p.row).sort()).toEqual([2, 3, 4]);
    expect(await camSales()).toEqual(camLinesBefore);

    const { lines } = await ok<{
      lines: (SalesLine & { cooperative_id: string; order_ref: string })[];
    }>(await api('/coop/sales?limit=500', {}, staff));
    expect(lines.filter((line) => line.order_ref === 'VS-9101')).toEqual([
      expect.objectContaining({ sku: 'BUOI-1Q', quantity: 2, cooperative_id: buoi }),
    ]);
    expect(lines.every((line) => line.cooperative_id === buoi)).toBe(true);
    const camKeys = new Set(camLinesBefore.map((line) => line.key));
    expect(lines.filter((line) => camKeys.has(line.key))).toEqual([]);

    expect((await api('/coop/channels')).status).toBe(401);
  });

  it("records the cooperative's shop on an exchange once, and updates it", async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const save = (body: Record<string, unknown>) =>
      adminApi(`/admin/cooperatives/${id}/channels/37nghean/account`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
    const created = await ok<{ account: { id: string } }>(
      await save({ shop_name: 'Cam Nghĩa Đàn', shop_url: 'https://37nghean.com/shop/cam-nd' }),
      201,
    );
    const updated = await ok<{ account: { id: string; shop_name: string } }>(
      await save({ shop_name: 'HTX Cam Nghĩa Đàn', shop_url: 'https://37nghean.com/shop/cam-nd' }),
    );
    expect(updated.account).toMatchObject({
      id: created.account.id,
      shop_name: 'HTX Cam Nghĩa Đàn',
    });
    const { accounts } = await ok<{ accounts: { exchange: string; shop_name: string }[] }>(
      await adminApi(`/admin/cooperatives/${id}/channels`),
    );
    expect(accounts.filter((a) => a.exchange === '37nghean')).toEqual([
      expect.objectContaining({ shop_name: 'HTX Cam Nghĩa Đàn' }),
    ]);
    const plain = await save({ shop_name: 'X', shop_url: 'http://37nghean.com/shop/x' });
    expect(plain.status).toBe(400);
    expect(((await plain.json()) as { message: string }).message).toContain('https://');
    expect((await save({ shop_url: 'https://37nghean.com/shop/x' })).status).toBe(400);
  });

  it('maps a category to one the exchange has, and refuses one it has not', async () => {
    const buoi = await cooperativeId('htx-buoi-phuc-trach');
    const candy = async () =>
      (await channels(buoi)).listings.find(
        (l) => l.sku === 'CUDO-250' && l.exchange === 'postmart',
      )!;
    expect((await candy()).findings.map((f) => f.code)).toContain('category.fallback');
    const map = (body: Record<string, string>) =>
      adminApi('/admin/channel-category-mappings', { method: 'POST', body: JSON.stringify(body) });

    const unknown = await map({
      exchange: 'postmart',
      category_key: 'dac-san-che-bien',
      exchange_category_id: 'pm-khong-co',
    });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { message: string }).message).toContain('pm-khong-co');
    const notCategory = await map({
      exchange: 'postmart',
      category_key: 'khong-co-danh-muc',
      exchange_category_id: 'pm-thuc-pham',
    });
    expect(notCategory.status).toBe(400);
    expect((await candy()).findings.map((f) => f.code)).toContain('category.fallback');

    await ok(
      await map({
        exchange: 'postmart',
        category_key: 'dac-san-che-bien',
        exchange_category_id: 'pm-thuc-pham',
      }),
    );
    expect((await candy()).findings.map((f) => f.code)).not.toContain('category.fallback');
  });

  it('refuses an unknown exchange and a file that is not a spreadsheet', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const unknown = await uploadOrders(id, 'shopee', { name: 'x.csv', content: 'x' });
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { message: string }).message).toContain('shopee');
    const pdf = await uploadOrders(id, 'voso', { name: 'don-hang.pdf', content: 'x' });
    expect(pdf.status).toBe(400);
  });

  it('takes the order export as a file of at most 15 MiB, and nothing in JSON', async () => {
    const id = await cooperativeId('htx-cam-nghia-dan');
    const large = await uploadOrders(id, 'voso', {
      name: 'qua-lon.csv',
      content: new Uint8Array(15 * 2 ** 20 + 1).fill(0x41),
    });
    expect(large.status).toBe(413);
    expect(((await large.json()) as { message: string }).message).toContain('15 MiB');
    const json = await adminApi(`/admin/cooperatives/${id}/channels/voso/order-imports`, {
      method: 'POST',
      body: JSON.stringify({ file_name: 'don-hang.csv', data_base64: 'eA==' }),
    });
    expect(json.status).toBe(400);
    expect(((await json.json()) as { message: string }).message).toContain('multipart/form-data');
    // The route's JSON limit is Medusa's default again (it was 20 MB for base64 files).
    const base64 = await adminApi(`/admin/cooperatives/${id}/channels/voso/order-imports`, {
      method: 'POST',
      body: JSON.stringify({ file_name: 'don-hang.csv', data_base64: 'QQ=='.repeat(30_000) }),
    });
    expect(base64.status).toBe(413);
  });
});
