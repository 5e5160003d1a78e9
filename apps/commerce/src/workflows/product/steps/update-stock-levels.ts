import { Modules } from '@medusajs/framework/utils';
import { StepResponse, createStep } from '@medusajs/framework/workflows-sdk';

export interface StockChange {
  inventory_item_id: string;
  location_id: string;
  stocked_quantity: number;
}

/**
 * Sets the stock of variants at the store's stock location, making the level where a variant has
 * none there yet. Undone by writing back the quantities it had and deleting the levels it made.
 */
export const updateStockLevelsStep = createStep(
  'update-traced-product-stock',
  async (changes: StockChange[], { container }) => {
    const inventory = container.resolve(Modules.INVENTORY);
    const existing = await inventory.listInventoryLevels({
      inventory_item_id: changes.map((change) => change.inventory_item_id),
    });
    const levelOf = (change: StockChange) =>
      existing.find(
        (level) =>
          level.inventory_item_id === change.inventory_item_id &&
          level.location_id === change.location_id,
      );
    const updates = changes.filter((change) => levelOf(change));
    const before = updates.map((change) => ({
      ...change,
      stocked_quantity: levelOf(change)!.stocked_quantity,
    }));
    if (updates.length > 0) await inventory.updateInventoryLevels(updates);
    const created = await inventory.createInventoryLevels(
      changes.filter((change) => !levelOf(change)),
    );
    return new StepResponse(null, { before, created: created.map((level) => level.id) });
  },
  async (undo, { container }) => {
    if (!undo) return;
    const inventory = container.resolve(Modules.INVENTORY);
    if (undo.created.length > 0) await inventory.deleteInventoryLevels(undo.created);
    if (undo.before.length > 0) await inventory.updateInventoryLevels(undo.before);
  },
);
