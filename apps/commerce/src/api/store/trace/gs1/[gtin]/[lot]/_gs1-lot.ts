import type { MedusaContainer } from '@medusajs/framework/types';
import { MedusaError, Modules } from '@medusajs/framework/utils';
import { readProductMetadata } from '@nguongoc/contracts';
import { TraceFormatError, normalizeGtin } from '@nguongoc/trace-core';
import { COOPERATIVE_MODULE } from '#modules/cooperative/index';
import type CooperativeModuleService from '#modules/cooperative/service';
import { TRACE_MODULE } from '#modules/trace/index';
import type TraceModuleService from '#modules/trace/service';

/**
 * The short code of the lot that a GS1 Digital Link names (`/01/<gtin>/10/<lot>`): the lot
 * numbered `lotNumber` of the product whose trace record carries this GTIN. A variant's `barcode`
 * finds the product's trace record in one indexed query, deleted products included (a label
 * outlives its listing); the trace record decides, so a barcode that disagrees with the ledger
 * finds nothing, and its cooperative's ledger holds the lot.
 *
 * @throws MedusaError INVALID_DATA naming what is wrong with a malformed GTIN (length, check
 *   digit), NOT_FOUND when no such lot is traced; both in Vietnamese and English.
 */
export async function resolveGs1Lot(
  scope: MedusaContainer,
  gtin: string,
  lotNumber: string,
): Promise<string> {
  const gtin14 = validGtin(gtin);
  const variants = await scope
    .resolve(Modules.PRODUCT)
    .listProductVariants(
      { barcode: barcodeForms(gtin14) },
      { relations: ['product'], withDeleted: true },
    );
  const trace = scope.resolve<TraceModuleService>(TRACE_MODULE);
  const cooperatives = scope.resolve<CooperativeModuleService>(COOPERATIVE_MODULE);
  const productIds = new Set(
    variants.map((variant) => readProductMetadata(variant.product?.metadata).trace_product_id),
  );
  for (const productId of productIds) {
    if (productId === undefined) continue;
    const record = await trace.store.getRecord('product', productId);
    if (record?.gtin !== gtin14) continue;
    const [owner] = await cooperatives.listCooperatives({ handle: record.organisationId });
    if (!owner?.trace_origin) continue;
    const lot = (await trace.listLots(owner.trace_origin, productId)).find(
      (l) => l.code === lotNumber,
    );
    if (lot) return lot.id;
  }
  throw new MedusaError(
    MedusaError.Types.NOT_FOUND,
    `Không tìm thấy lô ${lotNumber} của GTIN ${gtin} / lot ${lotNumber} of GTIN ${gtin} not found`,
  );
}

/** The GTIN as 14 digits, or a 400 that says what is wrong with it. */
function validGtin(gtin: string): string {
  try {
    return normalizeGtin(gtin);
  } catch (error) {
    const [vi, en] =
      error instanceof TraceFormatError
        ? [error.messageVi, error.message]
        : ['gtin: GTIN phải có 8, 12, 13 hoặc 14 chữ số', 'gtin: expected 8, 12, 13 or 14 digits'];
    throw new MedusaError(MedusaError.Types.INVALID_DATA, `${vi} / ${en}`);
  }
}

/** How a barcode field may hold this GTIN: as 14 digits or, with its leading zeros, 13, 12, 8. */
function barcodeForms(gtin14: string): string[] {
  return [14, 13, 12, 8]
    .filter((length) => /^0*$/.test(gtin14.slice(0, 14 - length)))
    .map((length) => gtin14.slice(14 - length));
}
