import type { StoreProductFacts } from '@nguongoc/contracts';
import { readProductMetadata } from '@nguongoc/contracts';
import { type Location, type OcopStatus, recordedOcopStatus } from '@nguongoc/trace-core';
import { type Message, formatDay, vietnamToday } from '@nguongoc/vn-locale';
import type TraceModuleService from './service';

// A product's OCOP rating and planting area, read from its cooperative's trace ledger: the one
// source of truth (issue #23, ADR 039). Product metadata only points into the ledger
// (`trace_product_id`, `planting_area_id`); the shop, the exchanges and the pilot read here.

/** The ledger product record's OCOP rating, with its status on Vietnam's day. */
export interface LedgerOcop {
  stars: 3 | 4 | 5;
  decisionNumber: string;
  /** The last day the rating holds, `YYYY-MM-DD`. */
  expiresOn: string;
  status: OcopStatus;
}

/** A ledger `location` of kind `planting-area`: its record ID, mã số vùng trồng and name. */
export interface LedgerPlantingArea {
  id: string;
  code: string;
  name: string;
}

export interface LedgerFacts {
  ocop: LedgerOcop | null;
  plantingArea: LedgerPlantingArea | null;
}

/** Where a product points into its cooperative's ledger (its metadata's two IDs). */
export interface LedgerRef {
  traceProductId?: string | undefined;
  plantingAreaId?: string | undefined;
}

const NONE: LedgerFacts = { ocop: null, plantingArea: null };

/**
 * The ledger facts of products of one cooperative, in the order of `refs`: one read of the
 * ledger's products and places (and of its lots, only when a product names no planting area),
 * not one per product. The planting area is `plantingAreaId`, else the planting-area place of
 * the product's newest lot. A ledger that is missing or names nothing gives nulls.
 * `today` (Vietnam's, `YYYY-MM-DD`) is for tests.
 */
export async function ledgerFacts(
  trace: TraceModuleService,
  origin: string | null | undefined,
  refs: readonly LedgerRef[],
  today: string = vietnamToday(),
): Promise<LedgerFacts[]> {
  if (!origin || refs.every((ref) => !ref.traceProductId && !ref.plantingAreaId)) {
    return refs.map(() => NONE);
  }
  const [products, places] = await Promise.all([
    trace.store.listRecords(origin, 'product'),
    trace.listLocations(origin),
  ]);
  const productById = new Map(products.map((product) => [product.id, product]));
  const areaById = new Map(
    places.flatMap((place) => (isPlantingArea(place) ? [[place.id, place] as const] : [])),
  );
  const needLots = refs.some(
    (ref) => ref.traceProductId && !(ref.plantingAreaId && areaById.has(ref.plantingAreaId)),
  );
  // Listed oldest first: the last lot of a product is its newest.
  const newestLotPlace = new Map<string, string>();
  if (needLots) {
    for (const lot of await trace.store.listRecords(origin, 'lot')) {
      if (lot.locationId) newestLotPlace.set(lot.productId, lot.locationId);
    }
  }
  return refs.map(({ traceProductId, plantingAreaId }) => {
    const rating = traceProductId ? productById.get(traceProductId)?.ocop : undefined;
    const area =
      (plantingAreaId ? areaById.get(plantingAreaId) : undefined) ??
      (traceProductId ? areaById.get(newestLotPlace.get(traceProductId) ?? '') : undefined);
    return {
      ocop: rating
        ? {
            stars: rating.stars,
            decisionNumber: rating.decisionNumber,
            expiresOn: rating.expiresOn,
            status: recordedOcopStatus(rating, today),
          }
        : null,
      plantingArea: area ? { id: area.id, code: area.plantingAreaCode!, name: area.name } : null,
    };
  });
}

/** Where a product's metadata points into the ledger; other keys (`ocop_*`) are not read. */
export function ledgerRef(metadata: unknown): LedgerRef {
  const { trace_product_id, planting_area_id } = readProductMetadata(metadata);
  return { traceProductId: trace_product_id, plantingAreaId: planting_area_id };
}

/** The facts as the store answers carry them (@nguongoc/contracts' `storeProductFacts`). */
export function storeProductFacts(facts: LedgerFacts | undefined): StoreProductFacts {
  const { ocop, plantingArea } = facts ?? NONE;
  return {
    ocop: ocop && {
      stars: ocop.stars,
      decision_number: ocop.decisionNumber,
      expires_on: ocop.expiresOn,
      status: ocop.status,
    },
    planting_area: plantingArea,
  };
}

/**
 * Why a product whose rating has expired is refused in an export (issue #23): the product, the
 * decision and its last day, in both languages, and what to do.
 */
export function ocopExpiredMessage(productTitle: string, ocop: LedgerOcop): Message {
  return {
    vi: `Không xuất "${productTitle}": xếp hạng OCOP ${ocop.stars} sao (Quyết định ${ocop.decisionNumber}) đã hết hạn ngày ${dayText(ocop.expiresOn)}; gia hạn xếp hạng trong sổ truy xuất rồi xuất lại`,
    en: `"${productTitle}" is not exported: its ${ocop.stars}-star OCOP rating (decision ${ocop.decisionNumber}) expired on ${ocop.expiresOn}; renew the rating in the trace ledger, then export again`,
  };
}

/** `31/03/2027`, or the text as the ledger holds it when it is not a real day. */
function dayText(day: string): string {
  try {
    return formatDay(day);
  } catch {
    return day;
  }
}

function isPlantingArea(place: Location): boolean {
  return place.kind === 'planting-area' && !!place.plantingAreaCode;
}
