import type { MedusaContainer } from '@medusajs/framework/types';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import { type MasterRecord, TraceFormatError, validateRecord } from '@nguongoc/trace-core';
import { type Message, bothLanguages } from '@nguongoc/vn-locale';
import { COOPERATIVE_MODULE } from '../../modules/cooperative';
import type CooperativeModuleService from '../../modules/cooperative/service';
import { TRACE_MODULE } from '../../modules/trace';
import type TraceModuleService from '../../modules/trace/service';

// The checks a traced product's workflows make before they write anything: every reference the
// caller sends (household, planting area, category) must be the cooperative's own and exist.

export const invalid = (message: Message) =>
  new MedusaError(MedusaError.Types.INVALID_DATA, bothLanguages(message));

/** The cooperative with its ledger. @throws 400 when it has no ledger (cannot trace). */
export async function tracedCooperative(container: MedusaContainer, id: string) {
  const cooperative = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .retrieveCooperative(id);
  if (!cooperative.trace_origin) {
    throw invalid({
      vi: `Hợp tác xã ${cooperative.name} chưa có sổ truy xuất`,
      en: `cooperative ${cooperative.name} has no trace ledger`,
    });
  }
  return { ...cooperative, trace_origin: cooperative.trace_origin };
}

/** @throws 400 unless `householdId` is a household of the cooperative. */
export async function checkHousehold(
  container: MedusaContainer,
  cooperativeId: string,
  householdId: string | null | undefined,
): Promise<void> {
  if (!householdId) return;
  const [household] = await container
    .resolve<CooperativeModuleService>(COOPERATIVE_MODULE)
    .listHouseholds({ id: householdId, cooperative_id: cooperativeId });
  if (!household) {
    throw invalid({
      vi: `household_id: hộ ${householdId} không thuộc hợp tác xã này`,
      en: `household_id: household ${householdId} is not one of this cooperative's`,
    });
  }
}

/** @throws 400 unless `locationId` is a planting area in the cooperative's ledger. */
export async function checkPlantingArea(
  container: MedusaContainer,
  origin: string,
  locationId: string | null | undefined,
): Promise<void> {
  if (!locationId) return;
  const location = await container
    .resolve<TraceModuleService>(TRACE_MODULE)
    .locationIn(origin, locationId);
  if (location?.kind !== 'planting-area') {
    throw invalid({
      vi: `planting_area_id: ${locationId} không phải vùng trồng trong sổ truy xuất của hợp tác xã`,
      en: `planting_area_id: ${locationId} is not a planting area in the cooperative's trace ledger`,
    });
  }
}

/**
 * @throws 400 naming the GTIN when a variant of any product already carries it (a GTIN names
 * one trade item; Medusa would refuse it in English only).
 */
export async function checkGtinsFree(container: MedusaContainer, gtins: string[]): Promise<void> {
  if (gtins.length === 0) return;
  const [taken] = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ barcode: gtins }, { select: ['barcode'], take: 1 });
  if (taken?.barcode) {
    throw invalid({
      vi: `gtin: mã ${taken.barcode} đã được dùng cho một sản phẩm khác`,
      en: `gtin: ${taken.barcode} is already used by another product`,
    });
  }
}

/** @throws 400 naming the SKUs another product already uses. */
export async function checkSkusFree(container: MedusaContainer, skus: string[]): Promise<void> {
  if (skus.length === 0) return;
  const taken = await container
    .resolve(Modules.PRODUCT)
    .listProductVariants({ sku: skus }, { select: ['sku'] });
  if (taken.length > 0) {
    const list = taken.map((variant) => variant.sku).join(', ');
    throw invalid({
      vi: `sku: SKU đã có sản phẩm dùng: ${list}`,
      en: `sku: SKU already in use: ${list}`,
    });
  }
}

/** The ID of the category with `handle`. @throws 400 when there is none. */
export async function categoryId(container: MedusaContainer, handle: string): Promise<string> {
  const [category] = await container
    .resolve(Modules.PRODUCT)
    .listProductCategories({ handle }, { select: ['id'] });
  if (!category) {
    throw invalid({
      vi: `category_handle: không có danh mục ${handle}`,
      en: `category_handle: there is no category ${handle}`,
    });
  }
  return category.id;
}

/** The record checked as the ledger checks it, before anything is written; 400 in both languages. */
export function checkedRecord<T extends MasterRecord>(record: T): T {
  try {
    return validateRecord(record);
  } catch (error) {
    if (error instanceof TraceFormatError)
      throw invalid({ vi: error.messageVi, en: error.message });
    throw error;
  }
}
