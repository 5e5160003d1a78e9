import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys } from '@medusajs/framework/utils';
import { type CoopCategory, categoryName } from './_category-name';

/**
 * GET /coop/categories: the shop's active, public product categories, for a member's product
 * form (issue #23): the catalogue is the operator's, the same for every cooperative.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product_category',
    fields: ['handle', 'name', 'metadata'],
    filters: { is_active: true, is_internal: false },
  });
  const categories: CoopCategory[] = data
    .map((category) => ({
      handle: category.handle,
      name: categoryName(category.name, category.metadata),
    }))
    .sort((a, b) => a.name.vi.localeCompare(b.name.vi, 'vi'));
  res.json({ categories });
}
