import { TraceStoreError, openTraceStore } from '@nguongoc/trace-store';
import { LabelError } from '../errors.js';
import type { LotInfo, SerialRange } from '../lot-labels.js';
import { lotInfoFromRecords } from './bundle-lot-info.js';
import { unregistered } from './commerce-source.js';

/**
 * Reads lots from a trace-store database (`file:./htx.db`, or a PostgreSQL URL): each lot's
 * product and cooperative from the master data, NSX and HSD from its events once a signed
 * checkpoint covers them.
 * @throws LabelError naming a lot the store does not hold, before any label is made.
 */
export async function lotsFromTraceStore(url: string, lotIds: string[]): Promise<LotInfo[]> {
  const store = await openTraceStore({ url });
  try {
    const lots: LotInfo[] = [];
    for (const id of lotIds) {
      const lot = await store.getRecord('lot', id);
      const product = lot && (await store.getRecord('product', lot.productId));
      if (!lot || !product) {
        throw new LabelError('lot.unknown', {
          vi: `kho truy xuất ${url} không có lô ${id}${lot ? ` (thiếu sản phẩm ${lot.productId})` : ''}`,
          en: `the trace store ${url} has no lot ${id}${lot ? ` (product ${lot.productId} is missing)` : ''}`,
        });
      }
      const organisation = await store.getRecord('organisation', lot.organisationId);
      const events = await store.getLotBundle(lot.id).then(
        (bundle) => bundle.events,
        () => [], // no signed checkpoint covers the lot yet: no dates from its events
      );
      lots.push(lotInfoFromRecords({ lot, product, organisation }, events));
    }
    return lots;
  } finally {
    await store.close();
  }
}

/**
 * Records unit serials the label printer is about to print in a trace-store database
 * (`store.recordPrintedSerials`), before the job is made. An offline store's printed serials reach
 * the hub only when registered there too: a ledger export carries events, records, checkpoints and
 * keys, not printed serials (README, "Unit serials are registered").
 * @throws LabelError `serials.unregistered` when the store refuses (a lot it does not hold).
 */
export async function recordSerialsInTraceStore(
  url: string,
  lot: string,
  range: SerialRange,
): Promise<void> {
  const store = await openTraceStore({ url });
  try {
    await store.recordPrintedSerials(lot, { from: range.from, to: range.to, width: range.width });
  } catch (error) {
    if (!(error instanceof TraceStoreError)) throw error;
    throw unregistered(
      lot,
      range,
      new LabelError(error.code, { vi: error.messageVi, en: error.message }, { file: url }),
    );
  } finally {
    await store.close();
  }
}
