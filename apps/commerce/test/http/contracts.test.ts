// The routes' answers against @nguongoc/contracts, over HTTP: what the storefront, the admin
// pages and the label printer parse must parse. The routes are typed by the contracts when they
// compile; this checks what JSON makes of them (dates as text, nothing left out), and that the
// public store answers carry no field beyond their contract.
import {
  adminCooperativesAnswer,
  categoryMappingsAnswer,
  channelsAnswer,
  communesAnswer,
  householdsAnswer,
  lotDetailAnswer,
  orderImportsAnswer,
  pilotDueReportsAnswer,
  pilotSalesLinesAnswer,
  productLotsAnswer,
  provincesAnswer,
  readAnswer,
  storeCooperativeAnswer,
  storeCooperativesAnswer,
  storeGs1LotAnswer,
  storeProductOriginAnswer,
} from '@nguongoc/contracts';
import { beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { adminApi, ok, storeApi } from './_http.js';

const SAMPLE_LOT = '3KX9T2M7QAH';

/** The answer of `path`, read with `schema`: throws a ContractError naming a wrong field. */
async function answerOf<Schema extends z.ZodType>(
  schema: Schema,
  response: Response,
  path: string,
): Promise<{ json: unknown; read: z.output<Schema> }> {
  const json = await ok<unknown>(response);
  return { json, read: readAnswer(schema, json, `GET ${path}`) };
}

describe('the store API keeps to its contracts', () => {
  let productId: string;

  beforeAll(async () => {
    const { products } = await ok<{ products: { id: string; handle: string }[] }>(
      await storeApi('/store/products?limit=100&fields=id,handle'),
    );
    productId = products.find((product) => product.handle === 'cam-vinh-hop-5kg')!.id;
  });

  it('answers exactly the contract: nothing more reaches a public page', async () => {
    const paths = [
      ['/store/cooperatives', storeCooperativesAnswer],
      ['/store/cooperatives?province=40', storeCooperativesAnswer],
      ['/store/cooperatives/htx-cam-nghia-dan', storeCooperativeAnswer],
      [`/store/products/${productId}/origin`, storeProductOriginAnswer],
      ['/store/trace/gs1/8938600000019/CAM-2611-A', storeGs1LotAnswer],
    ] as const;
    for (const [path, schema] of paths) {
      const { json, read } = await answerOf(schema, await storeApi(path), path);
      expect(read, path).toEqual(json);
    }
  });
});

describe('the admin API keeps to the contracts the admin pages and the label printer read', () => {
  let cooperativeId: string;
  let productId: string;

  beforeAll(async () => {
    const { read } = await answerOf(
      adminCooperativesAnswer,
      await adminApi('/admin/cooperatives'),
      '/admin/cooperatives',
    );
    cooperativeId = read.cooperatives.find((c) => c.handle === 'htx-cam-nghia-dan')!.id;
    const { products } = await ok<{ products: { id: string; handle: string }[] }>(
      await adminApi('/admin/products?limit=100&fields=id,handle'),
    );
    productId = products.find((product) => product.handle === 'cam-vinh-hop-5kg')!.id;
  });

  it('answers what the pages parse', async () => {
    const paths = [
      ['/admin/administrative-units', provincesAnswer],
      ['/admin/administrative-units?province=40', communesAnswer],
      [`/admin/products/${productId}/lots`, productLotsAnswer],
      [`/admin/trace/lots/${SAMPLE_LOT}`, lotDetailAnswer],
      [`/admin/cooperatives/${cooperativeId}/channels`, channelsAnswer],
      [`/admin/cooperatives/${cooperativeId}/channels/voso/order-imports`, orderImportsAnswer],
      [`/admin/cooperatives/${cooperativeId}/households`, householdsAnswer],
      ['/admin/channel-category-mappings', categoryMappingsAnswer],
      ['/admin/pilot/sales-lines?from=2024-01-01&to=2026-12-31', pilotSalesLinesAnswer],
      ['/admin/pilot/reports/due', pilotDueReportsAnswer],
    ] as const;
    for (const [path, schema] of paths) {
      await expect(answerOf(schema, await adminApi(path), path), path).resolves.toBeDefined();
    }
  });

  it("sends a lot with its trace page and the workspace's label page", async () => {
    const path = `/admin/products/${productId}/lots`;
    const { read } = await answerOf(productLotsAnswer, await adminApi(path), path);
    expect(read.lots.find((lot) => lot.id === SAMPLE_LOT)).toMatchObject({
      code: 'CAM-2611-A',
      trace_url: expect.stringContaining(SAMPLE_LOT),
      labels_url: expect.stringMatching(
        new RegExp(`^http://localhost:3001/lots/${SAMPLE_LOT}/labels$`),
      ),
    });
  });
});
