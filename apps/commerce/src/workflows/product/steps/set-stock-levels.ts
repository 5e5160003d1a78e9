import { ContainerRegistrationKeys, Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';

/**
 * Puts each new variant's stock at the store's stock location (its inventory item, made by
 * Medusa's product or variant workflow, keyed here by SKU: the product's variants whose SKU
 * `stock` names). Undone by deleting the levels it made.
 */
export const setStockLevelsStep = createStep(
  'set-traced-product-stock',
  async (
    input: { product_id: string; location_id: string; stock: Record<string, number> },
    { container },
  ) => {
    const query = container.resolve(ContainerRegistrationKeys.QUERY);
    const { data: variants } = await query.graph({
      entity: 'variant',
      fields: ['sku', 'inventory_items.inventory_item_id'],
      filters: { product_id: input.product_id, sku: Object.keys(input.stock) },
    });
    const levels = variants.flatMap((variant) =>
      (variant.inventory_items ?? []).flatMap((entry: { inventory_item_id: string } | null) =>
        entry
          ? [
              {
                inventory_item_id: entry.inventory_item_id,
                location_id: input.location_id,
                stocked_quantity: input.stock[variant.sku ?? ''] ?? 0,
              },
            ]
          : [],
      ),
    );
    const created = await container.resolve(Modules.INVENTORY).createInventoryLevels(levels);
    return new StepResponse(
      created.map((level) => level.id),
      created.map((level) => level.id),
    );
  },
  async (ids, { container }) => {
    if (!ids?.length) return;
    await container.resolve(Modules.INVENTORY).deleteInventoryLevels(ids);
  },
);
