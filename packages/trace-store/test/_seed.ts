// What the load tests (concurrency, crash, several processes) start from and append.
import { type EpcisEvent, buildFieldEvent } from '@nguongoc/trace-core';
import { cooperative, lot, orchard, product } from '@nguongoc/trace-core/sample-lot';
import type { TraceStore } from '../src/index.js';

/** Creates `origin` with the sample cooperative, orchard, product and lot; 4 entries. */
export async function seedLedger(store: TraceStore, origin: string): Promise<void> {
  await store.createLedger(origin);
  for (const record of [cooperative, orchard, product, lot]) await store.addRecord(origin, record);
}

/** The n-th harvest of the sample lot, a minute after the (n-1)-th: distinct events for n. */
export function harvest(n: number): EpcisEvent {
  const time = new Date(Date.UTC(2026, 0, 1) + n * 60_000);
  return buildFieldEvent({
    kind: 'harvest',
    product,
    lot,
    location: orchard,
    time,
    quantity: 1 + (n % 90),
  });
}
