import { createHash } from 'node:crypto';
import { canonicalize } from '@nguongoc/trace-core';
import type { RenderedListing } from '../types.js';

/**
 * SHA-256 (hex) of the listing's RFC 8785 canonical JSON: everything the exchange would receive,
 * including the hashes of the image bytes. Any change a buyer could see changes it.
 */
export function listingPayloadHash(listing: RenderedListing): string {
  return createHash('sha256').update(canonicalize(listing)).digest('hex');
}

/** The listings whose payload hash differs from the previous export's (or that are new). */
export function changedSince(
  listings: readonly RenderedListing[],
  previousHashes: ReadonlyMap<string, string>,
): { changed: { listing: RenderedListing; hash: string }[]; unchanged: string[] } {
  const changed: { listing: RenderedListing; hash: string }[] = [];
  const unchanged: string[] = [];
  for (const listing of listings) {
    const hash = listingPayloadHash(listing);
    if (previousHashes.get(listing.sku) === hash) unchanged.push(listing.sku);
    else changed.push({ listing, hash });
  }
  return { changed, unchanged };
}
