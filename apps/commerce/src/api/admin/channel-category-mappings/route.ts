import type { AuthenticatedMedusaRequest, MedusaResponse } from '@medusajs/framework/http';
import { ContainerRegistrationKeys, MedusaError } from '@medusajs/framework/utils';
import { CATEGORY_KEYS, EXCHANGE_IDS, categoryPaths, connectors } from '@nguongoc/connectors';
import type {
  CategoryMappingAnswer,
  CategoryMappingBody,
  CategoryMappingsAnswer,
} from '@nguongoc/contracts';
import { CHANNEL_MODULE } from '#modules/channel/index';
import type ChannelModuleService from '#modules/channel/service';

/**
 * GET /admin/channel-category-mappings: what people mapped (NguonGoc or shop category → each
 * exchange's category), the categories a product can be in, and each exchange's tree with the
 * rules' own mapping and catch-all: what the operator's category-mapping page shows.
 */
export async function GET(req: AuthenticatedMedusaRequest, res: MedusaResponse): Promise<void> {
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const [mappings, { data: shop }] = await Promise.all([
    channel.listCategoryMappings({}),
    query.graph({ entity: 'product_category', fields: ['handle', 'name'] }),
  ]);
  const own = Object.entries(CATEGORY_KEYS).map(([key, name]) => ({
    key,
    name,
    kind: 'nguongoc' as const,
  }));
  const shopOnly = shop
    .filter((category) => !Object.hasOwn(CATEGORY_KEYS, category.handle))
    .map((category) => ({ key: category.handle, name: category.name, kind: 'shop' as const }))
    .sort((a, b) => a.key.localeCompare(b.key));
  res.json({
    mappings,
    categories: [...own, ...shopOnly],
    exchanges: EXCHANGE_IDS.map((id) => {
      const { rules, name } = connectors[id];
      return {
        id,
        name,
        rules_version: rules.version,
        categories: [...categoryPaths(rules.categoryTree.value)].map(([node, path]) => ({
          id: node,
          path,
        })),
        defaults: { ...rules.categoryMapping.value },
        fallback: rules.fallbackCategory.value,
      };
    }),
  } satisfies CategoryMappingsAnswer);
}

/** POST /admin/channel-category-mappings: sets one mapping (the operator's, as every /admin route: ADR 031). */
export async function POST(
  req: AuthenticatedMedusaRequest<CategoryMappingBody>,
  res: MedusaResponse,
): Promise<void> {
  const { exchange, category_key, exchange_category_id } = req.validatedBody;
  // A mapping the exchange's tree does not have would be passed over without a word when
  // listings are rendered: refuse it here.
  const connector = connectors[exchange];
  if (!categoryPaths(connector.rules.categoryTree.value).has(exchange_category_id)) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `${connector.name} không có danh mục "${exchange_category_id}" (quy định bản ${connector.rules.version}) / ${connector.name} has no category "${exchange_category_id}" (rules version ${connector.rules.version})`,
    );
  }
  if (!(await isCategoryKey(req, category_key))) {
    throw new MedusaError(
      MedusaError.Types.INVALID_DATA,
      `"${category_key}" không phải danh mục NguonGoc hay danh mục sản phẩm nào / "${category_key}" is neither a NguonGoc category nor a product category's handle`,
    );
  }
  const channel = req.scope.resolve<ChannelModuleService>(CHANNEL_MODULE);
  const [existing] = await channel.listCategoryMappings({ exchange, category_key });
  const mapping = existing
    ? await channel.updateCategoryMappings({ id: existing.id, exchange_category_id })
    : await channel.createCategoryMappings({ exchange, category_key, exchange_category_id });
  res.json({ mapping } satisfies CategoryMappingAnswer);
}

/** A NguonGoc category (or a sub-key of one), or the handle of one of the shop's categories. */
async function isCategoryKey(req: AuthenticatedMedusaRequest, key: string): Promise<boolean> {
  if (Object.hasOwn(CATEGORY_KEYS, key.split('/')[0]!)) return true;
  const query = req.scope.resolve(ContainerRegistrationKeys.QUERY);
  const { data } = await query.graph({
    entity: 'product_category',
    fields: ['id'],
    filters: { handle: key },
  });
  return data.length > 0;
}
