import { LabelError } from '../errors.js';
import { type LabelData, normalizeLabel } from '../label-data.js';
import { type LotInfo, lotLabels, parseSerialRange } from '../lot-labels.js';
import type { EccLevel } from '../qr-code.js';

/** The fields the web page sends for one label (all strings, as a form holds them). */
export interface LabelRequest {
  template?: string;
  product?: string;
  lot?: string;
  /** The lot's short code (its record ID), for a product without a GTIN. */
  shortCode?: string;
  gtin?: string;
  serials?: string;
  stars?: string;
  produced?: string;
  expires?: string;
  cooperative?: string;
  ecc?: string;
  copies?: string;
  start?: string;
}

/** The labels a request describes: one, or one per serial. */
export function labelsFromRequest(request: LabelRequest, base: string): LabelData[] {
  const text = (value: string | undefined) =>
    value === undefined || value.trim() === '' ? undefined : value.trim();
  const product = text(request.product);
  const lot = text(request.lot);
  if (!product || !lot)
    throw new LabelError('request.required', {
      vi: 'cần tên sản phẩm và số lô',
      en: 'a product name and a lot number are needed',
    });
  const stars = text(request.stars);
  const info: LotInfo = {
    id: text(request.shortCode) ?? '',
    code: lot,
    product,
    ...(text(request.gtin) && { gtin: text(request.gtin)! }),
    ...(stars && { stars: Number(stars) as 3 | 4 | 5 }),
    ...(text(request.produced) && { producedOn: text(request.produced)! }),
    ...(text(request.expires) && { expiresOn: text(request.expires)! }),
    ...(text(request.cooperative) && { cooperative: text(request.cooperative)! }),
  };
  if (info.gtin === undefined && info.id === '') {
    throw new LabelError('request.identity', {
      vi: 'cần GTIN hoặc mã ngắn của lô',
      en: 'a GTIN or the lot short code is needed',
    });
  }
  const serials = text(request.serials);
  return lotLabels(info, { base, ...(serials && { serials: parseSerialRange(serials) }) }).map(
    (data) => normalizeLabel(data),
  );
}

export function eccFromRequest(request: LabelRequest): EccLevel {
  const ecc = (request.ecc ?? 'M').toUpperCase();
  if (ecc !== 'M' && ecc !== 'Q')
    throw new LabelError('request.ecc', {
      vi: 'mức sửa lỗi chỉ M hoặc Q',
      en: 'error correction is M or Q only',
    });
  return ecc;
}
