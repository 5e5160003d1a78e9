import { formatDigitalLink, formatShortCodeUrl } from '@nguongoc/trace-core';
import type { ListingTrace } from '../types.js';

/** The label's URL: a GS1 Digital Link where the product has a GTIN, else `…/t/<short code>`. */
export function traceUrlOf(trace: ListingTrace): string {
  return 'shortCode' in trace
    ? formatShortCodeUrl(trace.base, trace.shortCode)
    : formatDigitalLink(
        trace.lot === undefined
          ? { base: trace.base, gtin: trace.gtin }
          : { base: trace.base, gtin: trace.gtin, lot: trace.lot },
      );
}
