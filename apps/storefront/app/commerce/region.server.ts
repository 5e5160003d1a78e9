// The shop's one region, Việt Nam in VND (apps/commerce's seed). Prices and carts need its ID;
// it is asked for once and kept for a few minutes.
import type { HttpTypes } from '@medusajs/types';
import { medusa } from './medusa.server';

const KEEP_MS = 5 * 60_000;
let known: { id: Promise<string>; until: number } | undefined;

function pick(regions: HttpTypes.StoreRegion[]): string {
  const region =
    regions.find((r) => r.name === 'Việt Nam') ??
    regions.find((r) => r.currency_code?.toLowerCase() === 'vnd');
  if (!region) {
    throw new Error('no region in VND on the backend (has apps/commerce been seeded?)');
  }
  return region.id;
}

/** The ID of region Việt Nam. */
export function regionId(): Promise<string> {
  if (!known || known.until < Date.now()) {
    const id = medusa()
      .store.region.list({ fields: 'id,name,currency_code', limit: 20 })
      .then(({ regions }) => pick(regions));
    known = { id, until: Date.now() + KEEP_MS };
    // A failure is not kept: the next request asks again.
    id.catch(() => {
      if (known?.id === id) known = undefined;
    });
  }
  return known.id;
}
