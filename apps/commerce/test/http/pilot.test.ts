import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pdfText } from '@nguongoc/test-support/pdf';
import { communeHouseholdsAnswer } from '@nguongoc/contracts';
import { COUNTED_ORDERS, reportPeriod } from '@nguongoc/pilot-report';
import type { Product } from '@nguongoc/trace-core';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { api, newMember, newOfficer } from './_accounts.js';
import { ledgerRecord, putLedgerRecord } from './_ledger.js';
import {
  adminApi,
  backend,
  cartReadyToPay,
  ok,
  paymentSession,
  storeApi,
  uploadOrders,
} from './_http.js';

// The commune e-commerce pilot over Hợp tác xã Nông sản Hoằng Hoá (commune 15865, Thanh Hoá),
// which no other test sells for in March and April 2026. Other test files share the backend and
// may place storefront orders "now": figures of the current month are compared before and after.

const COMMUNE = '15865';
const YEAR = 2026;

interface Totals {
  orders: number;
  lines: number;
  corrected_lines: number;
  quantity: number;
  amount_vnd: number;
  gross_amount_vnd: number;
}
interface Indicators {
  scope: { commune_code: string | null; cooperative_id: string | null; commune_name: string };
  catalogue: {
    cooperatives: number;
    households: number;
    by_exchange: { exchange: string; cooperatives: number; households: number }[];
    on_exchanges: { cooperatives: number; households: number };
    products: { total: number; traceable: number; ocop: number };
  };
  sales: {
    totals: Totals & { households: number };
    series: (Totals & { period: string; channel: string })[];
    by_channel: (Totals & { channel: string })[];
    by_product: (Totals & { product_id: string })[];
    ocop: Totals;
    traceable: Totals;
    scans: { total: number; series: { period: string; scans: number }[] };
    awaiting_payment: AwaitingPayment;
  };
}
interface AwaitingPayment {
  orders: number;
  quantity: number;
  amount_vnd: number;
}
/** What `GET /store/communes/:code/figures` publishes, as far as these tests read it. */
interface OpenFigures {
  generated_at: string;
  totals: { orders: number; quantity: number; amount_vnd: number };
  months: { month: string; channel: string; orders: number; amount_vnd: number }[];
  awaiting_payment: AwaitingPayment;
  counted_orders: { vi: string; en: string };
}
interface Line {
  key: string;
  order_ref: string;
  status: string;
  household_id: string | null;
  net_amount_vnd: number;
  amount_vnd: number;
  order_head: boolean;
  ocop_stars: number | null;
  traceable: boolean;
}

const indicators = async (query: string, bearer?: string) =>
  ok<Indicators>(await adminApi(`/admin/pilot/indicators?${query}`, {}, bearer));

// A VoSo order export (its own headers): a two-line order in the last minutes of the first
// quarter's reporting period (14 March, local time), one just after it, one cancelled, one open.
const vosoFile = (lastStatus: string) =>
  [
    'Ngày tạo;Mã ĐH;Mã SKU sản phẩm;Số lượng SP;Giá sản phẩm;Tổng tiền sản phẩm;Phường/Xã nhận;Tỉnh/Thành nhận;Trạng thái ĐH',
    '14/03/2026 23:30;VS-7001;NEM-500;2;70000;140000;Phường Hạc Thành;Thanh Hoá;Thành công',
    '14/03/2026 23:30;VS-7001;GAO-5KG;1;135000;135000;Phường Hạc Thành;Thanh Hoá;Thành công',
    '15/03/2026 00:10;VS-7002;NEP-2KG;1;95000;95000;Phường Hạc Thành;Thanh Hoá;Thành công',
    '20/03/2026 09:00;VS-7003;MAMTEP-200;3;40000;120000;Phường Hạc Thành;Thanh Hoá;Hủy',
    `02/04/2026 10:00;VS-7004;MAMTEP-200;1;40000;40000;Phường Hạc Thành;Thanh Hoá;${lastStatus}`,
  ].join('\n');

/** The figures once the ledger's subscriber has written an order's lines (a moment after it). */
async function settle(query: string, amount: number): Promise<Indicators> {
  let figures = await indicators(query);
  for (let attempt = 0; attempt < 50 && figures.sales.totals.amount_vnd !== amount; attempt++) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    figures = await indicators(query);
  }
  if (figures.sales.totals.amount_vnd !== amount) {
    throw new Error(`expected ${amount} ₫, the figures say ${figures.sales.totals.amount_vnd} ₫`);
  }
  return figures;
}

/** The figures once the ledger holds `amount` ₫ of storefront orders awaiting payment. */
async function settleAwaiting(query: string, amount: number): Promise<Indicators> {
  await expect
    .poll(async () => (await indicators(query)).sales.awaiting_payment.amount_vnd, {
      timeout: 10_000,
    })
    .toBe(amount);
  return indicators(query);
}

/** A report file's answer: the name to save it as and the URL the File Module gives for it. */
async function reportFile(path: string): Promise<{ url: string; filename: string }> {
  return (await ok<{ file: { url: string; filename: string } }>(await adminApi(path))).file;
}

/** Today in Vietnam, `YYYY-MM-DD`. */
const localToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

/** The Hoằng Hoá cooperative's figures for today, where the storefront orders fall. */
const todayQuery = () =>
  `cooperative_id=${cooperative}&commune_code=${COMMUNE}&from=${localToday()}&to=${localToday()}`;

/** A storefront order of the sour pork rolls (70.000 ₫ each), cash on delivery. */
async function placeOrder(quantity: number) {
  const { cartId, paymentCollectionId } = await cartReadyToPay('nem-chua-500g', quantity);
  await paymentSession(paymentCollectionId, 'pp_system_default');
  const { order } = await ok<{ order: { id: string; items: { id: string }[] } }>(
    await storeApi(`/store/carts/${cartId}/complete`, { method: 'POST' }),
  );
  return order;
}

/** Part of an order's captured payment given back. */
async function refund(orderId: string, amount: number) {
  const { order } = await ok<{
    order: { payment_collections: { payments: { id: string }[] }[] };
  }>(await adminApi(`/admin/orders/${orderId}?fields=*payment_collections.payments`));
  await ok(
    await adminApi(`/admin/payments/${order.payment_collections[0]!.payments[0]!.id}/refund`, {
      method: 'POST',
      body: JSON.stringify({ amount }),
    }),
  );
}

let cooperative: string;
let products: Record<string, { id: string; metadata: Record<string, unknown> }>;
/** The sticky rice's ledger record before its rating expired, put back afterwards. */
let expiredRecord: Product | undefined;
const HOANG_HOA_LEDGER = 'nguongoc.vn/htx-nong-san-hoang-hoa';
let households: string[];

async function importVoso(csv: string) {
  const { import: summary } = await ok<{
    import: { lines_created: number; lines_updated: number; lines_unchanged: number };
  }>(await uploadOrders(cooperative, 'voso', { name: 'voso-hoang-hoa.csv', content: csv }), 201);
  return summary;
}

async function setMetadata(productId: string, metadata: Record<string, unknown>) {
  await ok(
    await adminApi(`/admin/products/${productId}`, {
      method: 'POST',
      body: JSON.stringify({ metadata }),
    }),
  );
}

beforeAll(async () => {
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  cooperative = cooperatives.find((c) => c.handle === 'htx-nong-san-hoang-hoa')!.id;
  const { listings } = await ok<{ listings: { product_id: string; sku: string }[] }>(
    await adminApi(`/admin/cooperatives/${cooperative}/channels`),
  );
  products = {};
  for (const { product_id, sku } of listings) {
    if (products[sku]) continue;
    const { product } = await ok<{ product: { id: string; metadata: Record<string, unknown> } }>(
      await adminApi(`/admin/products/${product_id}?fields=id,metadata`),
    );
    products[sku] = product;
  }
});

afterAll(async () => {
  for (const product of Object.values(products ?? {})) {
    await setMetadata(product.id, product.metadata);
  }
  if (expiredRecord) await putLedgerRecord(HOANG_HOA_LEDGER, expiredRecord);
});

describe('commune e-commerce pilot: indicators from the sales ledger', () => {
  it('counts households and their shops, and the products with traceability and OCOP', async () => {
    const before = await indicators(`commune_code=${COMMUNE}`);
    expect(before.scope.commune_name).toBe('Xã Hoằng Hoá');
    expect(before.catalogue).toMatchObject({
      cooperatives: 1,
      products: { total: 4, traceable: 4, ocop: 4 },
    });
    households = [];
    for (const head_name of ['Lê Văn Tám', 'Phạm Thị Hoa']) {
      const { household } = await ok<{ household: { id: string } }>(
        await adminApi(`/admin/cooperatives/${cooperative}/households`, {
          method: 'POST',
          body: JSON.stringify({ head_name, phone: '0912345670', commune_code: COMMUNE }),
        }),
        201,
      );
      households.push(household.id);
    }
    const badCommune = await adminApi(`/admin/cooperatives/${cooperative}/households`, {
      method: 'POST',
      body: JSON.stringify({ head_name: 'Không Có Xã', commune_code: '99999' }),
    });
    expect(badCommune.status).toBe(400);
    expect(((await badCommune.json()) as { message: string }).message).toContain('99999');
    const badPhone = await adminApi(`/admin/cooperatives/${cooperative}/households`, {
      method: 'POST',
      body: JSON.stringify({ head_name: 'Số Sai', phone: '12345', commune_code: COMMUNE }),
    });
    expect(badPhone.status).toBe(400);
    expect(((await badPhone.json()) as { message: string }).message).toContain('phone');
    await ok(
      await adminApi(`/admin/cooperatives/${cooperative}/channels/voso/account`, {
        method: 'POST',
        body: JSON.stringify({ shop_name: 'Gạo nếp nhà Tám', household_id: households[0] }),
      }),
      201,
    );
    await ok(
      await adminApi(`/admin/cooperatives/${cooperative}/channels/postmart/account`, {
        method: 'POST',
        body: JSON.stringify({ shop_name: 'HTX Nông sản Hoằng Hoá' }),
      }),
      201,
    );
    // The household's shop is not the cooperative's own: that one is still to be made.
    await ok(
      await adminApi(`/admin/cooperatives/${cooperative}/channels/voso/account`, {
        method: 'POST',
        body: JSON.stringify({ shop_name: 'HTX Hoằng Hoá trên Vỏ Sò' }),
      }),
      201,
    );
    // The sticky rice is the first household's; the shrimp paste loses its trace link, and with
    // it its OCOP rating, which only its ledger record holds; the sticky rice's rating, in its
    // ledger, has expired (ADR 039: the stars the metadata still types are read by nothing).
    const { NEP: nep, MAMTEP: mamtep } = {
      NEP: products['NEP-2KG']!,
      MAMTEP: products['MAMTEP-200']!,
    };
    await setMetadata(nep.id, { ...nep.metadata, household_id: households[0] });
    const nepRecord = (await ledgerRecord('product', String(nep.metadata.trace_product_id)))!;
    expiredRecord = nepRecord;
    await putLedgerRecord(HOANG_HOA_LEDGER, {
      ...nepRecord,
      ocop: { ...nepRecord.ocop!, expiresOn: '2024-12-31' },
    });
    await setMetadata(mamtep.id, { ...mamtep.metadata, trace_product_id: '' });

    const after = await indicators(`commune_code=${COMMUNE}`);
    expect(after.catalogue.households).toBe(before.catalogue.households + 2);
    expect(after.catalogue.on_exchanges).toEqual({
      cooperatives: before.catalogue.on_exchanges.cooperatives + 1,
      households: before.catalogue.on_exchanges.households + 1,
    });
    const voso = (i: Indicators) => i.catalogue.by_exchange.find((e) => e.exchange === 'voso')!;
    expect(voso(after).households).toBe(voso(before).households + 1);
    expect(voso(after).cooperatives).toBe(voso(before).cooperatives + 1);
    expect(after.catalogue.products).toEqual({ total: 4, traceable: 3, ocop: 2 });
  });

  it('reconciles imported orders exactly, with a cancellation, a re-import and a return', async () => {
    const period = `commune_code=${COMMUNE}&from=2026-03-01&to=2026-04-30`;
    const before = await indicators(period);
    expect(before.sales.totals.lines).toBe(0);

    expect(await importVoso(vosoFile('Đang vận chuyển'))).toMatchObject({ lines_created: 5 });
    const first = await indicators(period);
    // Orders VS-7001 (2 lines), VS-7002, VS-7004 count; VS-7003 was cancelled.
    expect(first.sales.totals).toMatchObject({
      orders: 3,
      lines: 5,
      corrected_lines: 1,
      quantity: 5,
      amount_vnd: 410_000,
      gross_amount_vnd: 530_000,
      households: 1,
    });
    // Neither the sticky rice (expired) nor the untraced shrimp paste counts as OCOP.
    expect(first.sales.ocop.amount_vnd).toBe(410_000 - 95_000 - 40_000);
    expect(first.sales.traceable.amount_vnd).toBe(410_000 - 40_000);
    expect(first.sales.series.map((s) => [s.period, s.channel, s.orders, s.amount_vnd])).toEqual([
      ['2026-03', 'voso', 2, 370_000],
      ['2026-04', 'voso', 1, 40_000],
    ]);
    const nem = first.sales.by_product.find((p) => p.product_id === products['NEM-500']!.id);
    expect(nem).toMatchObject({ quantity: 2, amount_vnd: 140_000 });

    // The same file again adds nothing.
    expect(await importVoso(vosoFile('Đang vận chuyển'))).toMatchObject({
      lines_created: 0,
      lines_updated: 0,
      lines_unchanged: 5,
    });
    expect((await indicators(period)).sales.totals).toEqual(first.sales.totals);

    // A later export says VS-7004 came back: it no longer counts, once.
    expect(await importVoso(vosoFile('Chuyển hoàn'))).toMatchObject({ lines_updated: 1 });
    const returned = await indicators(period);
    expect(returned.sales.totals).toMatchObject({
      orders: 2,
      lines: 5,
      corrected_lines: 2,
      amount_vnd: 370_000,
      gross_amount_vnd: 530_000,
    });

    // A period whose ends cut half months reads those ends from the lines: the same figures.
    const ragged = await indicators(`commune_code=${COMMUNE}&from=2026-03-14&to=2026-04-02`);
    expect(ragged.sales.totals).toEqual(returned.sales.totals);
    // 15 March to 1 April: VS-7002 and the cancelled VS-7003 only.
    const middle = await indicators(`commune_code=${COMMUNE}&from=2026-03-15&to=2026-04-01`);
    expect(middle.sales.totals).toMatchObject({ orders: 1, lines: 2, amount_vnd: 95_000 });

    // The lines behind the figure add up to it.
    const { lines, count } = await ok<{ lines: Line[]; count: number }>(
      await adminApi(`/admin/pilot/sales-lines?${period}&channel=voso&limit=500`),
    );
    expect(count).toBe(5);
    expect(lines.reduce((sum, line) => sum + Number(line.net_amount_vnd), 0)).toBe(370_000);
    expect(
      lines
        .filter((line) => line.order_head)
        .map((line) => line.order_ref)
        .sort(),
    ).toEqual(['VS-7001', 'VS-7002', 'VS-7003', 'VS-7004']);
    const sticky = lines.find((line) => line.order_ref === 'VS-7002')!;
    expect(sticky).toMatchObject({ household_id: households[0], ocop_stars: null });
    const ocop = await ok<{ count: number }>(
      await adminApi(`/admin/pilot/sales-lines?${period}&ocop=false`),
    );
    // The sticky rice's line and the shrimp paste's two (no ledger link, so no rating).
    expect(ocop.count).toBe(3);
    const untraced = await ok<{ count: number }>(
      await adminApi(`/admin/pilot/sales-lines?${period}&traceable=false`),
    );
    expect(untraced.count).toBe(2);
  });

  it('splits the quarters at the reporting cut-off and writes the report files', async () => {
    const q1 = `kind=quarter&year=${YEAR}&quarter=1&commune_code=${COMMUNE}`;
    const { report } = await ok<{
      report: {
        period: { from: string; to: string };
        due_by: string;
        indicators: { code: string; value: number }[];
      };
    }>(await adminApi(`/admin/pilot/reports?${q1}&format=json`));
    expect(report.period).toEqual({ from: '2025-12-15', to: '2026-03-14' });
    expect(report.due_by).toBe('2026-03-15');
    const value = (code: string) => report.indicators.find((i) => i.code === code)?.value;
    // Only VS-7001 falls on or before 14 March, local time.
    expect(value('sales_amount')).toBe(275_000);
    expect(value('orders')).toBe(1);
    expect(value('traceable_products_share')).toBe(75);

    const xlsxFile = await reportFile(`/admin/pilot/reports?${q1}&format=xlsx`);
    // Written through the File Module (the local provider's /static), downloaded by its URL.
    expect(new URL(xlsxFile.url).pathname).toMatch(
      new RegExp(`^/static/private-\\d+-bao-cao-tmdt-${COMMUNE}-${YEAR}-q1-[0-9a-f-]{36}\\.xlsx$`),
    );
    const xlsx = await fetch(xlsxFile.url);
    expect(xlsx.status).toBe(200);
    expect(xlsxFile.filename).toContain(`bao-cao-tmdt-${COMMUNE}-${YEAR}-q1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('Báo cáo')!;
    const cells: unknown[] = [];
    sheet.eachRow((row) => row.eachCell((cell) => cells.push(cell.value)));
    expect(cells).toContain('Xã Hoằng Hoá (mã 15865)');
    expect(cells).toContain(275_000);

    const pdf = await fetch((await reportFile(`/admin/pilot/reports?${q1}&format=pdf`)).url);
    expect(pdf.headers.get('content-type')).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'pilot-report-'));
    try {
      writeFileSync(join(dir, 'report.pdf'), Buffer.from(await pdf.arrayBuffer()));
      const text = await pdfText(join(dir, 'report.pdf'));
      expect(text).toContain('Xã Hoằng Hoá');
      expect(text).toContain('275.000 ₫');
      expect(text).toContain('15/12/2025 – 14/03/2026');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }

    const bad = await adminApi(`/admin/pilot/reports?kind=quarter&year=${YEAR}&quarter=5`);
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { message: string }).message).toMatch(/quý.*quarter/);
    const due = await ok<{ reports: { kind: string; due_by: string; days_left: number }[] }>(
      await adminApi('/admin/pilot/reports/due'),
    );
    expect(due.reports.map((r) => r.kind)).toEqual(['quarter', 'year']);
    expect(due.reports.every((r) => r.days_left >= 0 && r.due_by.endsWith('-15'))).toBe(true);
  });

  it('counts storefront orders, takes a cancellation out, and counts trace-page scans', async () => {
    const now = todayQuery();
    const before = await indicators(now);
    const placed = await placeOrder(2);
    // The ledger is written by a subscriber, a moment after the order: cash on delivery, not yet
    // paid, so awaiting payment and in no other figure (ADR 033).
    const unpaid = await settleAwaiting(now, before.sales.awaiting_payment.amount_vnd + 140_000);
    expect(unpaid.sales.totals).toEqual(before.sales.totals);
    await ok(await adminApi(`/admin/orders/${placed.id}/cancel`, { method: 'POST' }));
    const cancelled = await settleAwaiting(now, before.sales.awaiting_payment.amount_vnd);
    expect(cancelled.sales.totals.amount_vnd).toBe(before.sales.totals.amount_vnd);
    expect(cancelled.sales.totals.orders).toBe(before.sales.totals.orders);
    expect(cancelled.sales.totals.corrected_lines).toBe(before.sales.totals.corrected_lines + 1);

    const { products: sold2 } = await ok<{ products: { id: string }[] }>(
      await storeApi('/store/products?handle=nem-chua-500g'),
    );
    const { lots } = await ok<{ lots: { id: string }[] }>(
      await storeApi(`/store/products/${sold2[0]!.id}/origin`),
    );
    // Distinct scanners a day (issue #22): two scans by one phone count once, another phone once.
    for (const address of ['198.51.100.21', '198.51.100.21', '198.51.100.22']) {
      await ok(
        await storeApi(`/store/trace/${lots[0]!.id}/scans`, {
          method: 'POST',
          headers: { 'x-forwarded-for': address },
        }),
        201,
      );
    }
    expect((await indicators(now)).sales.scans.total).toBe(before.sales.scans.total + 2);
  });

  it('takes a refund without a return off a paid storefront order, once', async () => {
    const now = todayQuery();
    const before = await indicators(now);
    const placed = await placeOrder(2);
    const settled = (expected: number) => settle(now, expected);
    await settleAwaiting(now, before.sales.awaiting_payment.amount_vnd + 140_000);
    await ok(await adminApi(`/admin/orders/${placed.id}/cod-received`, { method: 'POST' }));
    await settled(before.sales.totals.amount_vnd + 140_000);
    await refund(placed.id, 40_000);
    // 2 × 70.000 ₫ paid, 40.000 ₫ given back: 100.000 ₫ counts, the order still does.
    const refunded = await settled(before.sales.totals.amount_vnd + 100_000);
    expect(refunded.sales.totals.orders).toBe(before.sales.totals.orders + 1);
    expect(refunded.sales.totals.gross_amount_vnd).toBe(
      before.sales.totals.gross_amount_vnd + 140_000,
    );
    expect(refunded.sales.totals.corrected_lines).toBe(before.sales.totals.corrected_lines + 1);
  });

  it('takes a received return off at its share, and its refund not again', async () => {
    const now = todayQuery();
    const before = await indicators(now);
    const placed = await placeOrder(3);
    const orderId = placed.id;
    const settled = (expected: number) => settle(now, expected);
    await settleAwaiting(now, before.sales.awaiting_payment.amount_vnd + 210_000);
    await ok(await adminApi(`/admin/orders/${orderId}/cod-received`, { method: 'POST' }));
    await settled(before.sales.totals.amount_vnd + 210_000);
    const post = async (path: string, body: unknown = {}) =>
      ok<Record<string, unknown>>(
        await adminApi(path, { method: 'POST', body: JSON.stringify(body) }),
      );
    const item = placed.items[0]!.id;
    // Goods go back only after they went out.
    await post(`/admin/orders/${orderId}/fulfillments`, { items: [{ id: item, quantity: 3 }] });
    const { stock_locations } = await ok<{ stock_locations: { id: string }[] }>(
      await adminApi('/admin/stock-locations'),
    );
    const { return: opened } = (await post('/admin/returns', {
      order_id: orderId,
      location_id: stock_locations[0]!.id,
    })) as { return: { id: string } };
    await post(`/admin/returns/${opened.id}/request-items`, { items: [{ id: item, quantity: 1 }] });
    await post(`/admin/returns/${opened.id}/request`);
    await post(`/admin/returns/${opened.id}/receive`);
    await post(`/admin/returns/${opened.id}/receive-items`, { items: [{ id: item, quantity: 1 }] });
    await post(`/admin/returns/${opened.id}/receive/confirm`);
    // One box of three back: 140.000 ₫ counts.
    await settled(before.sales.totals.amount_vnd + 140_000);
    await refund(orderId, 70_000);
    // The refund pays for the returned box: once the ledger has handled its event, nothing more
    // has come off.
    await expect
      .poll(() => readFileSync(backend().logFiles[0]!, 'utf8'), { timeout: 10_000 })
      .toContain(`[sales] payment.refunded ${orderId}: 0 created`);
    const after = await settled(before.sales.totals.amount_vnd + 140_000);
    expect(after.sales.totals.quantity).toBe(before.sales.totals.quantity + 2);
    expect(after.sales.totals.gross_amount_vnd).toBe(
      before.sales.totals.gross_amount_vnd + 210_000,
    );
  });

  it("records a COD order's cash for the staff of its own cooperative only", async () => {
    const now = todayQuery();
    const before = await indicators(now);
    const placed = await placeOrder(1);
    // The ledger's line written (awaiting payment), before its cash is recorded.
    await settleAwaiting(now, before.sales.awaiting_payment.amount_vnd + 70_000);
    const cod = async () => {
      const { order } = await ok<{
        order: { payment_collections: { payments: { captured_at: string | null }[] }[] };
      }>(await adminApi(`/admin/orders/${placed.id}?fields=*payment_collections.payments`));
      return order.payment_collections[0]!.payments[0]!;
    };
    const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
      await adminApi('/admin/cooperatives'),
    );
    const elsewhere = cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!.id;
    const outsider = (await newMember(elsewhere, 'staff')).token;
    const refused = await api(
      `/coop/orders/${placed.id}/cod-received`,
      { method: 'POST' },
      outsider,
    );
    expect(refused.status).toBe(404);
    expect((await cod()).captured_at).toBeNull();

    const staff = (await newMember(cooperative, 'staff')).token;
    const recorded = await ok<{
      payment: { captured_at: string | null };
      already_recorded: boolean;
    }>(await api(`/coop/orders/${placed.id}/cod-received`, { method: 'POST' }, staff));
    expect(recorded.already_recorded).toBe(false);
    expect(recorded.payment.captured_at).not.toBeNull();
    expect((await cod()).captured_at).not.toBeNull();
    // Paid now: it counts, so that the figures of later tests start from a settled day.
    await settle(now, before.sales.totals.amount_vnd + 70_000);
  });

  it('counts an unpaid cash-on-delivery order only once its cash is recorded, alike in the report and the open data', async () => {
    const today = localToday();
    const year = today.slice(0, 4);
    const published = async () =>
      ok<OpenFigures>(await storeApi(`/store/communes/${COMMUNE}/figures?year=${year}`));
    const dashboard = async () =>
      indicators(`commune_code=${COMMUNE}&from=${year}-01-01&to=${today}`);
    // The reporting quarter that holds today (Decree 09/2019/NĐ-CP: the 15th to the 14th).
    const quarter = ([1, 2, 3, 4] as const)
      .flatMap((q) => [Number(year), Number(year) + 1].map((y) => ({ y, q })))
      .find(({ y, q }) => {
        const period = reportPeriod('quarter', y, q);
        return period.from <= today && today <= period.to;
      })!;
    const reported = async () => {
      const { report } = await ok<{ report: { indicators: { code: string; value: number }[] } }>(
        await adminApi(
          `/admin/pilot/reports?kind=quarter&year=${quarter.y}&quarter=${quarter.q}&commune_code=${COMMUNE}&format=json`,
        ),
      );
      const value = (code: string) => report.indicators.find((i) => i.code === code)!.value;
      return { sales: value('sales_amount'), awaiting: value('awaiting_payment_amount') };
    };
    /** The open data and the dashboard (the reports' indicators) say the same of the year. */
    const agreeing = async () => {
      const [open, admin] = [await published(), await dashboard()];
      expect(open.totals).toMatchObject({
        orders: admin.sales.totals.orders,
        quantity: admin.sales.totals.quantity,
        amount_vnd: admin.sales.totals.amount_vnd,
      });
      expect(open.awaiting_payment).toEqual(admin.sales.awaiting_payment);
      expect(open.counted_orders).toEqual(COUNTED_ORDERS);
      return open;
    };

    const before = await agreeing();
    const reportBefore = await reported();
    // An anonymous shopper's order, cash on delivery: nobody has paid anything yet.
    const placed = await placeOrder(2);
    await expect
      .poll(async () => (await published()).awaiting_payment.amount_vnd, { timeout: 10_000 })
      .toBe(before.awaiting_payment.amount_vnd + 140_000);
    const unpaid = await agreeing();
    expect(unpaid.totals).toEqual(before.totals);
    expect(unpaid.months).toEqual(before.months);
    expect(unpaid.awaiting_payment.orders).toBe(before.awaiting_payment.orders + 1);
    expect(await reported()).toEqual({
      sales: reportBefore.sales,
      awaiting: reportBefore.awaiting + 140_000,
    });
    // The officer checks what is published in the commune's name: the same.
    const officer = (await newOfficer(COMMUNE)).token;
    const checked = await ok<OpenFigures>(
      await api(`/commune/open-data?year=${year}`, {}, officer),
    );
    expect({ ...checked, generated_at: '' }).toEqual({ ...unpaid, generated_at: '' });

    // The cooperative records the cash: from then on the order counts, once.
    await ok(await adminApi(`/admin/orders/${placed.id}/cod-received`, { method: 'POST' }));
    await expect
      .poll(async () => (await published()).totals.amount_vnd, { timeout: 10_000 })
      .toBe(before.totals.amount_vnd + 140_000);
    const paid = await agreeing();
    expect(paid.totals.orders).toBe(before.totals.orders + 1);
    expect(paid.awaiting_payment).toEqual(before.awaiting_payment);
    expect(await reported()).toEqual({
      sales: reportBefore.sales + 140_000,
      awaiting: reportBefore.awaiting,
    });
  });

  it('keeps a commune officer to their commune and a cooperative to its own figures', async () => {
    expect((await fetch(`${backend().url}/commune/pilot/indicators`)).status).toBe(401);
    const officer = (await newOfficer(COMMUNE)).token;
    const own = await ok<Indicators>(
      await api('/commune/pilot/indicators?from=2026-03-01&to=2026-04-30', {}, officer),
    );
    expect(own.scope).toMatchObject({ commune_code: COMMUNE, cooperative_id: null });
    expect(own.sales.totals.amount_vnd).toBe(370_000);
    // Naming their own commune is allowed; another commune's figures are as if they did not exist.
    const named = await ok<Indicators>(
      await api(
        `/commune/pilot/indicators?commune_code=${COMMUNE}&from=2026-03-01&to=2026-04-30`,
        {},
        officer,
      ),
    );
    expect(named.sales.totals).toEqual(own.sales.totals);
    for (const path of [
      '/commune/pilot/indicators?commune_code=16941',
      '/commune/pilot/sales-lines?commune_code=16941',
      `/commune/pilot/reports?kind=year&year=${YEAR}&commune_code=16941`,
    ]) {
      expect((await api(path, {}, officer)).status, path).toBe(404);
    }
    // Their commune's report, without naming it: only VS-7001 falls in the first quarter.
    const { report } = await ok<{ report: { indicators: { code: string; value: number }[] } }>(
      await api(
        `/commune/pilot/reports?kind=quarter&year=${YEAR}&quarter=1&format=json`,
        {},
        officer,
      ),
    );
    expect(report.indicators.find((i) => i.code === 'sales_amount')?.value).toBe(275_000);
    const due = await ok<{ reports: { kind: string }[] }>(
      await api('/commune/pilot/reports/due', {}, officer),
    );
    expect(due.reports.map((r) => r.kind)).toEqual(['quarter', 'year']);
    const { cooperatives } = await ok<{ cooperatives: { id: string; commune_code: string }[] }>(
      await api('/commune/cooperatives', {}, officer),
    );
    expect(cooperatives.map((c) => [c.id, c.commune_code])).toEqual([[cooperative, COMMUNE]]);
    const { lines } = await ok<{ lines: { commune_code: string }[] }>(
      await api('/commune/pilot/sales-lines?from=2026-01-01&limit=500', {}, officer),
    );
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.every((line) => line.commune_code === COMMUNE)).toBe(true);
    // The drill-down names the cooperative's households (the head's name and commune, never the
    // phone); another commune's cooperative, and this one to another commune's officer, are 404.
    const answer = await ok<{ households: Record<string, unknown>[] }>(
      await api(`/commune/cooperatives/${cooperative}/households`, {}, officer),
    );
    expect(communeHouseholdsAnswer.safeParse(answer).error).toBeUndefined();
    const listed = answer.households;
    const registered = listed.filter((household) => households.includes(household.id as string));
    expect(registered).toEqual(
      ['Lê Văn Tám', 'Phạm Thị Hoa'].map((head_name, index) => ({
        id: households[index],
        cooperative_id: cooperative,
        head_name,
        commune_code: COMMUNE,
        province_code: '38',
        commune_label: {
          vi: 'Xã Hoằng Hoá, Tỉnh Thanh Hoá',
          en: 'Hoang Hoa Commune, Thanh Hoa Province',
        },
      })),
    );
    expect(listed.every((household) => household.cooperative_id === cooperative)).toBe(true);
    expect(listed.every((household) => !('phone' in household))).toBe(true);
    const { cooperatives: all } = await ok<{
      cooperatives: { id: string; commune_code: string }[];
    }>(await adminApi('/admin/cooperatives'));
    const elsewhere = all.find((c) => c.commune_code !== COMMUNE)!;
    const foreign = await api(`/commune/cooperatives/${elsewhere.id}/households`, {}, officer);
    expect(foreign.status).toBe(404);
    expect(await foreign.text()).not.toContain('head_name');
    const otherOfficer = (await newOfficer(elsewhere.commune_code)).token;
    expect(
      (await api(`/commune/cooperatives/${cooperative}/households`, {}, otherOfficer)).status,
    ).toBe(404);
    // An officer reads figures: neither the operator's admin nor a cooperative's pages.
    for (const path of [`/admin/cooperatives/${cooperative}/sales`, '/coop/sales']) {
      expect((await api(path, {}, officer)).status, path).toBe(401);
    }

    const staff = (await newMember(cooperative, 'staff')).token;
    const mine = await ok<Indicators>(
      await api('/coop/pilot/indicators?from=2026-03-01&to=2026-04-30', {}, staff),
    );
    expect(mine.scope).toMatchObject({ commune_code: COMMUNE, cooperative_id: cooperative });
    expect(mine.sales.totals.amount_vnd).toBe(370_000);
    for (const path of [
      '/coop/pilot/indicators?commune_code=16941',
      '/coop/pilot/sales-lines?commune_code=16941',
      `/coop/pilot/reports?kind=year&year=${YEAR}&commune_code=16941`,
    ]) {
      expect((await api(path, {}, staff)).status, path).toBe(404);
    }
    const { lines: ours } = await ok<{ lines: { cooperative_id: string }[] }>(
      await api('/coop/pilot/sales-lines?from=2026-01-01&limit=500', {}, staff),
    );
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.every((line) => line.cooperative_id === cooperative)).toBe(true);
    expect((await api('/commune/pilot/indicators', {}, staff)).status).toBe(401);
    expect((await api('/admin/pilot/indicators', {}, staff)).status).toBe(401);
  });

  it('answers bad periods and communes with what is wrong', async () => {
    for (const [query, words] of [
      ['granularity=week', 'granularity'],
      ['from=2026-02-30', 'from'],
      ['from=2026-05-01&to=2026-04-01', 'after'],
      ['commune_code=99999', '99999'],
    ] as const) {
      const response = await adminApi(`/admin/pilot/indicators?${query}`);
      expect(response.status, query).toBe(400);
      expect(((await response.json()) as { message: string }).message).toContain(words);
    }
  });
});

describe('open data: the commune figures for everyone', () => {
  it('publishes the aggregates, equal to the dashboard, without personal data', async () => {
    const response = await storeApi(`/store/communes/${COMMUNE}/figures?year=${YEAR}`);
    const text = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('public');
    const figures = JSON.parse(text) as {
      commune: Record<string, string>;
      licence: { id: string };
      totals: { amount_vnd: number; orders: number };
      months: { month: string; channel: string; amount_vnd: number }[];
      awaiting_payment: AwaitingPayment;
    };
    const admin = await indicators(`commune_code=${COMMUNE}&from=${YEAR}-01-01&to=${localToday()}`);
    expect(figures.commune).toMatchObject({ code: COMMUNE, name: 'Xã Hoằng Hoá' });
    expect(figures.licence.id).toBe('CC-BY-4.0');
    expect(figures.totals.amount_vnd).toBe(admin.sales.totals.amount_vnd);
    expect(figures.totals.orders).toBe(admin.sales.totals.orders);
    expect(figures.awaiting_payment).toEqual(admin.sales.awaiting_payment);
    expect(figures.months).toContainEqual(
      expect.objectContaining({ month: '2026-03', channel: 'voso', amount_vnd: 370_000 }),
    );

    // Nothing that names or reaches a person: no household, phone, order, buyer or address.
    for (const secret of [
      'Lê Văn Tám',
      'Phạm Thị Hoa',
      '0912345670',
      'VS-7001',
      'Hạc Thành',
      households[0]!,
      'khach@example.vn',
    ]) {
      expect(text).not.toContain(secret);
    }
    const keys = new Set<string>();
    const walk = (value: unknown) => {
      if (Array.isArray(value)) value.forEach(walk);
      else if (value && typeof value === 'object') {
        for (const [key, inner] of Object.entries(value)) {
          keys.add(key);
          walk(inner);
        }
      }
    };
    walk(figures);
    expect([...keys].sort()).toEqual(
      [
        'amount_vnd',
        'awaiting_payment',
        'by_exchange',
        'channel',
        'code',
        'commune',
        'cooperatives',
        'counted_orders',
        'en',
        'exchange',
        'generated_at',
        'households',
        'id',
        'licence',
        'month',
        'months',
        'name',
        'ocop',
        'ocop_amount_vnd',
        'orders',
        'products',
        'province_code',
        'province_name',
        'quantity',
        'registration',
        'scans',
        'total',
        'totals',
        'traceable',
        'traceable_amount_vnd',
        'url',
        'vi',
        'year',
      ].sort(),
    );
    expect((await storeApi('/store/communes/99999/figures')).status).toBe(404);
    expect((await storeApi(`/store/communes/${COMMUNE}/figures?year=1999`)).status).toBe(400);
  });
});
