import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import type { MemberProductsAnswer } from '@nguongoc/contracts';
import { cooperativeFor, productsOf } from '#api/_scope/cooperative-scope';

/**
 * GET /coop/products: the cooperative's products (a household member: their household's), to
 * open lots and record field work on.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const cooperative = await cooperativeFor(req, undefined);
  const products = await productsOf(req, cooperative.id);
  res.json({
    products: products.map(({ id, title, handle }) => ({ id, title, handle })),
  } satisfies MemberProductsAnswer);
}
