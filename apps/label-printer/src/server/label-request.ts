import { LabelError } from '../errors.js';
import { type LabelData, normalizeLabel } from '../label-data.js';
import { type LotInfo, type SerialRange, lotLabels, parseSerialRange } from '../lot-labels.js';
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

/**
 * The most labels one job from the web page may hold. The page's PDF is made in memory and sent
 * in one answer: 10,000 labels take about 4 s and 250 MB (README, "Benchmark"), so a bigger job
 * (or a typo such as 1-200000) would hold the server for minutes and gigabytes. Larger runs go
 * through the CLI, which writes to a file (up to MAX_LABELS_PER_JOB).
 */
export const MAX_WEB_JOB_LABELS = 10_000;

/** Copies of each label: a whole number from 1, or 1 when the field is empty or not a number. */
export function copiesFromRequest(request: LabelRequest): number {
  const copies = Number(request.copies ?? 1);
  return Number.isInteger(copies) && copies > 0 ? copies : 1;
}

/**
 * Checks the size of a web job before any label is made.
 * @throws LabelError `request.too_many_labels` above MAX_WEB_JOB_LABELS (serials × copies).
 */
export function checkWebJobSize(request: LabelRequest): void {
  const serials = request.serials?.trim();
  const range = serials ? parseSerialRange(serials) : undefined;
  const labels = (range ? range.to - range.from + 1 : 1) * copiesFromRequest(request);
  if (labels > MAX_WEB_JOB_LABELS) {
    throw new LabelError('request.too_many_labels', {
      vi: `${labels} nhãn, trang web in tối đa ${MAX_WEB_JOB_LABELS} nhãn một lần: chia nhỏ dãy số sê-ri, hoặc dùng lệnh nguongoc-labels print`,
      en: `${labels} labels; the web page prints at most ${MAX_WEB_JOB_LABELS} at a time: split the serial range, or use nguongoc-labels print`,
    });
  }
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

/**
 * The unit serials a web job must register before its PDF is made, when the server has a lot
 * source (--store or --api): unit labels, with or without a GTIN (`/t/<lot>?s=<serial>`), for the
 * lot named by its short code. A server without a source registers nothing.
 * @throws LabelError `request.short_code` for unit labels without the lot's short code.
 */
export function serialsToRegister(
  request: LabelRequest,
  hasSource: boolean,
): { lot: string; range: SerialRange } | undefined {
  const serials = request.serials?.trim();
  if (!hasSource || !serials) return undefined;
  const lot = request.shortCode?.trim();
  if (!lot) {
    throw new LabelError('request.short_code', {
      vi: 'nhãn đơn vị có số sê-ri cần mã ngắn của lô, để đăng ký các số sê-ri với máy chủ trước khi in',
      en: 'unit labels with serials need the lot short code, to register the serials with the hub before printing',
    });
  }
  return { lot, range: parseSerialRange(serials) };
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
