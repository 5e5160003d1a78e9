import { openTraceStore } from '@nguongoc/trace-store';
import { LabelError } from '../errors.js';
import type { LotInfo } from '../lot-labels.js';
import { lotInfoFromRecords } from './bundle-lot-info.js';

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
