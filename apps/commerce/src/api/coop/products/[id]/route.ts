import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { CoopProductAnswer, CoopProductUpdateBody } from '@nguongoc/contracts';
import { productFor } from '#api/_scope/cooperative-scope';
import { clearLedgerRecordCache } from '#api/store-catalogue-cache';
import { updateTracedProductWorkflow } from '#workflows/product/update-traced-product';
import { coopProductOf } from '../_coop-product';

/**
 * GET /coop/products/:id: the product with its variants, prices, stock, images, facts and the
 * current version of its ledger record; 404 for a product of another cooperative (a household
 * member: of another household).
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const product = await productFor(req, req.params.id!);
  res.json({ product: await coopProductOf(req.scope, product.id) } satisfies CoopProductAnswer);
}

/**
 * POST /coop/products/:id (manager, staff): changes the product; its ledger record gets a new
 * version only when what it holds changed (ADR 037).
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CoopProductUpdateBody>,
  res: MedusaResponse,
): Promise<void> {
  const product = await productFor(req, req.params.id!);
  await updateTracedProductWorkflow(req.scope).run({
    input: {
      product_id: product.id,
      cooperative_id: product.cooperative.id,
      update: req.validatedBody,
    },
  });
  // The shop's cached answers that carry the ledger's facts of this product (ADR 039).
  const answer = await coopProductOf(req.scope, product.id);
  if (answer.trace_product_id) {
    await clearLedgerRecordCache(req.scope, { type: 'product', id: answer.trace_product_id });
  }
  res.json({ product: answer } satisfies CoopProductAnswer);
}
