// The backend's trace ledgers, opened by the test as a second writer on the same database (the
// `trace` schema, the test backend's TRACE_MASTER_KEY): a record version written here is what a
// cooperative's workflow would write, without depending on that workflow. Writers lock the
// ledger's row, so the backend and the test never interleave an entry.
import type { MasterRecord } from '@nguongoc/trace-core';
import { type TraceStore, openTraceStore } from '@nguongoc/trace-store';
import { adminApi, backend, ok } from './_http.js';

/** Runs `work` with the backend's trace store, closed afterwards. */
export async function withLedgers<T>(work: (store: TraceStore) => Promise<T>): Promise<T> {
  const url = new URL(backend().databaseUrl);
  url.searchParams.set('schema', 'trace');
  const store = await openTraceStore({
    url: url.toString(),
    environment: { TRACE_MASTER_KEY: Buffer.alloc(32, 7).toString('base64') },
  });
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

/** Records a new version of a master record in `origin`'s ledger and signs a checkpoint. */
export function putLedgerRecord(origin: string, record: MasterRecord): Promise<void> {
  return withLedgers(async (store) => {
    await store.addRecord(origin, record);
    await store.signCheckpoint(origin);
  });
}

/** The newest version of a master record, from any ledger. */
export function ledgerRecord<T extends MasterRecord['type']>(
  type: T,
  id: string,
): Promise<Extract<MasterRecord, { type: T }> | undefined> {
  return withLedgers((store) => store.getRecord(type, id));
}

/** A seeded product by handle, with its metadata (the admin's view). */
export async function productByHandle(
  handle: string,
): Promise<{ id: string; metadata: Record<string, unknown> }> {
  const { products } = await ok<{ products: { id: string; metadata: Record<string, unknown> }[] }>(
    await adminApi(`/admin/products?handle=${handle}&fields=id,metadata`),
  );
  return products[0]!;
}

/**
 * Registers a planting area (a `location` of kind `planting-area`) in a seeded cooperative's
 * ledger and points the product's `metadata.planting_area_id` at it, as the workspace's product
 * workflow does: the seed types the code only into the deprecated `metadata.planting_area`.
 */
export async function plantIn(
  cooperativeHandle: string,
  productHandle: string,
  area: { id: string; code: string; name: string; communeCode: string },
): Promise<void> {
  await putLedgerRecord(`nguongoc.vn/${cooperativeHandle}`, {
    type: 'location',
    id: area.id,
    organisationId: cooperativeHandle,
    kind: 'planting-area',
    name: area.name,
    communeCode: area.communeCode,
    plantingAreaCode: area.code,
  });
  const product = await productByHandle(productHandle);
  await ok(
    await adminApi(`/admin/products/${product.id}`, {
      method: 'POST',
      body: JSON.stringify({ metadata: { ...product.metadata, planting_area_id: area.id } }),
    }),
  );
}
