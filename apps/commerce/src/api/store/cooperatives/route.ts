import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import type { StoreCooperativesAnswer } from '@nguongoc/contracts';
import { findProvince } from '@nguongoc/vn-admin-units';
import {
  PRODUCT_FACTS_FIELDS,
  STORE_COOPERATIVE_FIELDS,
  storeCooperative,
  storeSalesChannels,
  withProductFacts,
} from './_store-cooperative';

/**
 * GET /store/cooperatives: the cooperatives of the store by name, each with its commune and
 * province in both languages and the products this storefront sells, with their OCOP rating and
 * planting area from its trace ledger; `?province=40` keeps one province's (a 2-digit code of the
 * 2025 units).
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const province = req.query.province;
  if (province !== undefined && (typeof province !== 'string' || !findProvince(province))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `province: không có tỉnh mã ${String(province)} (mã gồm 2 chữ số, ví dụ 40) / no province ${String(province)} (a 2-digit code, e.g. 40)`,
    );
  }
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'cooperative',
    fields: [...STORE_COOPERATIVE_FIELDS, ...PRODUCT_FACTS_FIELDS],
    filters: province === undefined ? {} : { province_code: province },
    pagination: { order: { name: 'ASC' } },
  });
  const salesChannels = storeSalesChannels(req);
  res.json({
    cooperatives: await Promise.all(
      data.map((row) => withProductFacts(req, row, storeCooperative(row, salesChannels))),
    ),
  } satisfies StoreCooperativesAnswer);
}
