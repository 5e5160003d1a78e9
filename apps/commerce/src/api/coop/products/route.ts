import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import {
  type CoopProductAnswer,
  type CoopProductBody,
  type CoopProductsAnswer,
  readProductMetadata,
} from '@nguongoc/contracts';
import { cooperativeFor, productsOf } from '#api/_scope/cooperative-scope';
import { createTracedProductWorkflow } from '#workflows/product/create-traced-product';
import { coopProductOf } from './_coop-product';

/**
 * GET /coop/products: the cooperative's products (a household member: their household's), to
 * open lots and record field work on, each with its first image and whether it is traceable.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, undefined);
  const products = await productsOf(req, cooperative.id);
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data: pictures } = products.length
    ? await query.graph({
        entity: 'product',
        fields: ['id', 'thumbnail'],
        filters: { id: products.map((product) => product.id) },
      })
    : { data: [] };
  const thumbnails = new Map(pictures.map((product) => [product.id, product.thumbnail ?? null]));
  res.json({
    products: products.map(({ id, title, handle, metadata }) => ({
      id,
      title,
      handle,
      thumbnail: thumbnails.get(id) ?? null,
      traced: readProductMetadata(metadata).trace_product_id !== undefined,
    })),
  } satisfies CoopProductsAnswer);
}

/**
 * POST /coop/products (manager, staff): a new product of the member's cooperative, created in
 * Medusa and recorded in the cooperative's ledger by one workflow (ADR 037); 201 with the product.
 */
export async function POST(
  req: AuthenticatedMedusaRequest<CoopProductBody>,
  res: MedusaResponse,
): Promise<void> {
  const cooperative = await cooperativeFor(req, undefined);
  const { result } = await createTracedProductWorkflow(req.scope).run({
    input: { ...req.validatedBody, cooperative_id: cooperative.id },
  });
  res
    .status(201)
    .json({ product: await coopProductOf(req.scope, result.id) } satisfies CoopProductAnswer);
}
