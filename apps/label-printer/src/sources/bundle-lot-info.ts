import { type LotBundle, type MasterRecord, recordedOcopStatus } from '@nguongoc/trace-core';
import { vietnamToday } from '@nguongoc/vn-locale';
import type { LotInfo } from '../lot-labels.js';

type RecordOf<T extends MasterRecord['type']> = Extract<MasterRecord, { type: T }>;

/**
 * What a label shows about a lot, read from master data and the lot's events: NSX is the date
 * of its last packing (else processing, else harvest) event, HSD the harvest's
 * `cbvmda:itemExpirationDate`. Dates are the local (+07:00) calendar dates the events carry.
 * The OCOP stars are printed only while the rating holds on `today` (Vietnam's day, ADR 039).
 */
export function lotInfoFromRecords(
  records: {
    lot: RecordOf<'lot'>;
    product: RecordOf<'product'>;
    organisation?: RecordOf<'organisation'> | undefined;
  },
  events: LotBundle['events'] = [],
  today: string = vietnamToday(),
): LotInfo {
  const { lot, product, organisation } = records;
  const info: LotInfo = { id: lot.id, code: lot.code, product: product.name };
  if (product.gtin !== undefined) info.gtin = product.gtin;
  if (product.ocop !== undefined && recordedOcopStatus(product.ocop, today) !== 'expired') {
    info.stars = product.ocop.stars;
  }
  if (organisation !== undefined) info.cooperative = organisation.name;
  const dated = (step: (bizStep: string) => boolean) =>
    events
      .map(({ event }) => event as Record<string, unknown>)
      .filter((event) => typeof event.bizStep === 'string' && step(event.bizStep))
      .map((event) => String(event.eventTime).slice(0, 10));
  const produced =
    dated((step) => step === 'packing').at(-1) ??
    dated((step) => step.endsWith('BizStep-processing')).at(-1) ??
    dated((step) => step === 'commissioning').at(-1);
  if (produced !== undefined) info.producedOn = produced;
  for (const { event } of events) {
    const expiry = (event as { ilmd?: Record<string, unknown> }).ilmd?.[
      'cbvmda:itemExpirationDate'
    ];
    if (typeof expiry === 'string') info.expiresOn = expiry.slice(0, 10);
  }
  return info;
}

/** The same from a lot bundle (the trace store's or the commerce API's). */
export function lotInfoFromBundle(
  bundle: LotBundle,
  today: string = vietnamToday(),
): LotInfo | undefined {
  const find = <T extends MasterRecord['type']>(type: T, id?: string) =>
    bundle.records
      .map(({ record }) => record)
      .filter(
        (record): record is RecordOf<T> =>
          record.type === type && (id === undefined || record.id === id),
      )
      .at(-1);
  const lot = find('lot', bundle.lot);
  const product = lot && find('product', lot.productId);
  if (!lot || !product) return undefined;
  return lotInfoFromRecords(
    { lot, product, organisation: find('organisation', lot.organisationId) },
    bundle.events,
    today,
  );
}
