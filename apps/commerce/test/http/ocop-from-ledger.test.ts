// One source of truth (issue #23, ADR 039): the shop's store answers and the exchanges' exports
// take a product's OCOP rating and planting area from its cooperative's trace ledger, never from
// its metadata; a rating past its last day shows no stars and refuses the product in an export,
// naming the product, the decision and the date, while the others are exported.
import type { Product } from '@nguongoc/trace-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { adminApi, ok, storeApi } from './_http.js';
import { ledgerRecord, plantIn, productByHandle, putLedgerRecord } from './_ledger.js';

interface Facts {
  ocop: { stars: number; decision_number: string; expires_on: string; status: string } | null;
  planting_area: { id: string; code: string; name: string } | null;
}

const BUOI = 'htx-buoi-phuc-trach';
const LEDGER = `nguongoc.vn/${BUOI}`;
const CANDY = 'keo-cu-do-250g';
const OIL = 'tinh-dau-buoi-50ml';

let cooperativeId: string;
let candy: { id: string; metadata: Record<string, unknown> };
let oil: { id: string; metadata: Record<string, unknown> };
let candyRecord: Product;

const factsOf = async (productId: string): Promise<Facts> =>
  (
    await ok<{ cooperative: { product_facts: Record<string, Facts> } }>(
      await storeApi(`/store/cooperatives/${BUOI}`),
    )
  ).cooperative.product_facts[productId]!;

beforeAll(async () => {
  const { cooperatives } = await ok<{ cooperatives: { id: string; handle: string }[] }>(
    await adminApi('/admin/cooperatives'),
  );
  cooperativeId = cooperatives.find((c) => c.handle === BUOI)!.id;
  candy = await productByHandle(CANDY);
  oil = await productByHandle(OIL);
  candyRecord = (await ledgerRecord('product', CANDY))!;
});

afterAll(async () => {
  await putLedgerRecord(LEDGER, candyRecord);
  for (const product of [candy, oil]) {
    await adminApi(`/admin/products/${product.id}`, {
      method: 'POST',
      body: JSON.stringify({ metadata: product.metadata }),
    });
  }
});

describe('OCOP and planting areas from the ledger', () => {
  it("answers the ledger's rating, whatever the metadata types", async () => {
    // The deprecated metadata keys say otherwise: nothing reads them.
    await ok(
      await adminApi(`/admin/products/${candy.id}`, {
        method: 'POST',
        body: JSON.stringify({
          metadata: {
            ...candy.metadata,
            ocop_stars: 5,
            ocop_decision: '9999/QĐ-SAI',
            planting_area: 'VN-SAI-0000',
          },
        }),
      }),
    );
    expect(await factsOf(candy.id)).toEqual({
      ocop: {
        stars: candyRecord.ocop!.stars,
        decision_number: candyRecord.ocop!.decisionNumber,
        expires_on: candyRecord.ocop!.expiresOn,
        status: 'valid',
      },
      planting_area: null,
    });
  });

  it('answers the planting area the product points to, with its code and name', async () => {
    await plantIn(BUOI, OIL, {
      id: 'vung-buoi-tinh-dau-0031',
      code: 'VN-HT-PT-0032',
      name: 'Vùng bưởi Tinh Dầu',
      communeCode: '18547',
    });
    expect((await factsOf(oil.id)).planting_area).toEqual({
      id: 'vung-buoi-tinh-dau-0031',
      code: 'VN-HT-PT-0032',
      name: 'Vùng bưởi Tinh Dầu',
    });
    const origin = await ok<{ facts: Facts }>(await storeApi(`/store/products/${oil.id}/origin`));
    expect(origin.facts.planting_area?.code).toBe('VN-HT-PT-0032');
  });

  it('shows an expired rating as expired, and refuses it in an export by name, decision and date', async () => {
    await putLedgerRecord(LEDGER, {
      ...candyRecord,
      ocop: { ...candyRecord.ocop!, expiresOn: '2024-12-31' },
    });
    expect((await factsOf(candy.id)).ocop).toMatchObject({
      expires_on: '2024-12-31',
      status: 'expired',
    });
    const origin = await ok<{ facts: Facts }>(await storeApi(`/store/products/${candy.id}/origin`));
    expect(origin.facts.ocop?.status).toBe('expired');

    const answer = await ok<{
      exported: string[];
      refused: { sku: string; findings: { code: string; message: { vi: string; en: string } }[] }[];
    }>(
      await adminApi(`/admin/cooperatives/${cooperativeId}/channels/postmart/exports`, {
        method: 'POST',
        body: JSON.stringify({ changed_only: false }),
      }),
    );
    const refusal = answer.refused.find((r) => r.sku === 'CUDO-250');
    const expired = refusal?.findings.find((finding) => finding.code === 'ocop.expired');
    const decision = candyRecord.ocop!.decisionNumber;
    expect(expired?.message).toEqual({
      vi: `Không xuất "Kẹo cu đơ 250 g": xếp hạng OCOP ${candyRecord.ocop!.stars} sao (Quyết định ${decision}) đã hết hạn ngày 31/12/2024; gia hạn xếp hạng trong sổ truy xuất rồi xuất lại`,
      en: `"Kẹo cu đơ 250 g" is not exported: its ${candyRecord.ocop!.stars}-star OCOP rating (decision ${decision}) expired on 2024-12-31; renew the rating in the trace ledger, then export again`,
    });
    // The others are judged on their own: none is refused for the candy's rating.
    for (const other of answer.refused.filter((r) => r.sku !== 'CUDO-250')) {
      expect(other.findings.map((finding) => finding.code)).not.toContain('ocop.expired');
    }
    expect(answer.exported).not.toContain('CUDO-250');
  });
});
