import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { MedusaError } from '@medusajs/framework/utils';
import {
  type CreateLotBody,
  type CreatedLotAnswer,
  type ProductLotsAnswer,
  type ProductMetadataKey,
  readProductMetadata,
} from '@nguongoc/contracts';
import { productFor } from '#api/_scope/cooperative-scope';
import { lotOrigin } from '#workflows/place/lot-origin';
import { clearStoreCache, traceLotsTag } from '#api/store-catalogue-cache';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/** The product's trace identity: its ledger and its product record's ID. */
async function traced(req: AuthenticatedMedusaRequest) {
  const product = await productFor(req, req.params.id!);
  const traceProductId = readProductMetadata(product.metadata).trace_product_id;
  if (traceProductId === undefined || !product.cooperative.trace_origin) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `Sản phẩm ${product.title} chưa gắn với sổ truy xuất / product ${product.title} is not linked to a trace ledger (metadata.${'trace_product_id' satisfies ProductMetadataKey})`,
    );
  }
  return {
    product,
    origin: product.cooperative.trace_origin,
    traceProductId,
    organisationId: product.cooperative.handle,
  };
}

/**
 * GET /admin/products/:id/lots: the product's lots, newest first, each with its trace page and
 * label links, and the cooperative's places (where field work on them can be recorded).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const { origin, traceProductId } = await traced(req);
  const [lots, locations] = await Promise.all([
    trace.listLots(origin, traceProductId),
    trace.listLocations(origin),
  ]);
  res.json({
    lots: lots.map((lot) => ({ ...lot, ...trace.linksOf(lot.id) })),
    locations,
  } satisfies ProductLotsAnswer);
}

/**
 * POST /admin/products/:id/lots: opens a lot, whose ID is the short code of its QR, naming where
 * (`location_id`), by which household (`household_id`) and in which season of the place
 * (`season_id`) it was grown, each checked against the cooperative's ledger and households.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CreateLotBody>,
  res: MedusaResponse,
): Promise<void> {
  const trace = req.scope.resolve<TraceModuleService>(TRACE_MODULE);
  const { product, origin, traceProductId, organisationId } = await traced(req);
  const grown = await lotOrigin(req.scope, product.cooperative, req.validatedBody);
  const lot = await trace.createLot(origin, {
    productId: traceProductId,
    code: req.validatedBody.code,
    organisationId,
    ...grown,
  });
  await clearStoreCache(req.scope, [traceLotsTag(traceProductId)]);
  res.status(201).json({ lot } satisfies CreatedLotAnswer);
}
