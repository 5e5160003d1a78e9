import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { type StoreProductOriginAnswer, readProductMetadata } from '@nguongoc/contracts';
import {
  STORE_COOPERATIVE_FIELDS,
  storeCooperative,
  storeSalesChannels,
} from '#api/store/cooperatives/_store-cooperative';
import { storeLot } from './_store-lot';
import { originCacheTags } from '#api/store-catalogue-cache';
import { TRACE_MODULE } from '#modules/trace/index';
import { ledgerFacts, ledgerRef, storeProductFacts } from '#modules/trace/product-facts';
import type TraceModuleService from '#modules/trace/service';

/**
 * GET /store/products/:id/origin: who made a product this storefront sells, and its traced
 * lots, newest first (what each lot's trace page shows, in short), and its OCOP rating and
 * planting area from the cooperative's ledger (ADR 039). One query for the product, its
 * cooperative and the cooperative's products; one bundle read per lot.
 */
export async function GET(req: MedusaStoreRequest, res: MedusaResponse): Promise<void> {
  const id = req.params.id!;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product',
    fields: [
      'id',
      'metadata',
      'sales_channels.id',
      'cooperative.trace_origin',
      ...STORE_COOPERATIVE_FIELDS.map((field) => `cooperative.${field}`),
    ],
    filters: { id, status: 'published' },
  });
  const product = data[0];
  const salesChannels = storeSalesChannels(req);
  if (
    !product?.sales_channels?.some((channel) => !!channel && salesChannels.includes(channel.id))
  ) {
    throw new MedusaError(
      MedusaError.Types.NOT_FOUND,
      `Không tìm thấy sản phẩm ${id} / product ${id} not found`,
    );
  }
  const cooperative = product.cooperative ?? null;
  const traceProductId = readProductMetadata(product.metadata).trace_product_id;
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const [lots, [facts]] = await Promise.all([
    cooperative?.trace_origin && traceProductId !== undefined
      ? trace.publishedLots(cooperative.trace_origin, traceProductId)
      : [],
    ledgerFacts(trace, cooperative?.trace_origin, [ledgerRef(product.metadata)]),
  ]);
  res.locals.cacheTags = originCacheTags(
    product.id,
    cooperative?.id,
    traceProductId,
    facts?.plantingArea?.id,
  );
  res.json({
    cooperative: cooperative && storeCooperative(cooperative, salesChannels),
    lots: lots.map(({ lot, bundle }) => storeLot(lot, bundle)),
    facts: storeProductFacts(facts),
  } satisfies StoreProductOriginAnswer);
}
