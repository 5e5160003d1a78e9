import type { MedusaResponse, MedusaStoreRequest } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import {
  type CooperativeRow,
  STORE_COOPERATIVE_FIELDS,
  storeCooperative,
  storeSalesChannels,
} from '../../../../../lib/store-cooperative';
import { storeLot } from '../../../../../lib/store-lot';
import { originCacheTags } from '../../../../store-catalogue-cache';
import { TRACE_MODULE } from '../../../../../modules/trace';
import type TraceModuleService from '../../../../../modules/trace/service';

interface ProductRow {
  id: string;
  metadata: Record<string, unknown> | null;
  sales_channels?: ({ id: string } | null)[];
  cooperative?: (CooperativeRow & { trace_origin: string | null }) | null;
}

/**
 * GET /store/products/:id/origin: who made a product this storefront sells, and its traced
 * lots, newest first (what each lot's trace page shows, in short). One query for the product,
 * its cooperative and the cooperative's products; one bundle read per lot.
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
  const product = data[0] as ProductRow | undefined;
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
  const traceProductId = product.metadata?.trace_product_id;
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const lots =
    cooperative?.trace_origin && typeof traceProductId === 'string'
      ? await trace.publishedLots(cooperative.trace_origin, traceProductId)
      : [];
  res.locals.cacheTags = originCacheTags(
    product.id,
    cooperative?.id,
    typeof traceProductId === 'string' ? traceProductId : undefined,
  );
  res.json({
    cooperative: cooperative && storeCooperative(cooperative, salesChannels),
    lots: lots.map(({ lot, bundle }) => storeLot(lot, bundle)),
  });
}
