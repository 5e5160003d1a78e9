import type { Message } from '@nguongoc/vn-locale';
import { LabelError, type ErrorLocation } from './errors.js';

/** What one label shows. Text is stored in Unicode NFC, as typed text may arrive decomposed. */
export interface LabelData {
  /** What the QR code holds: a GS1 Digital Link URI or a short-code URL. */
  uri: string;
  /** The human-readable code printed under the QR code. */
  code: string;
  /** Product name in Vietnamese. */
  product: string;
  /** OCOP rating (Mỗi xã một sản phẩm, "one commune one product"): 3 to 5 stars. */
  stars?: 3 | 4 | 5;
  /** Lot number (số lô). */
  lot: string;
  /** Ngày sản xuất (NSX, production date), YYYY-MM-DD. */
  producedOn?: string;
  /** Hạn sử dụng (HSD, expiry date), YYYY-MM-DD. */
  expiresOn?: string;
  /** The cooperative (HTX) or producer. */
  cooperative?: string;
  /** The unit's serial number, for per-unit labels. */
  serial?: string;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Checks one label's fields and returns them in NFC.
 * @throws LabelError naming the field (and the input line when `where` gives one).
 */
export function normalizeLabel(data: LabelData, where: ErrorLocation = {}): LabelData {
  const fail = (field: string, reason: Message): never => {
    throw new LabelError(
      'label.invalid',
      { vi: `${field}: ${reason.vi}`, en: `${field}: ${reason.en}` },
      where,
    );
  };
  const required = (field: 'uri' | 'code' | 'product' | 'lot'): string => {
    const value = data[field];
    if (typeof value !== 'string' || value.trim() === '')
      fail(field, { vi: 'còn trống', en: 'is empty' });
    return value.normalize('NFC').trim();
  };
  const uri = required('uri');
  if (!/^https?:\/\/[^\s]+$/i.test(uri))
    fail('uri', { vi: `"${uri}" không phải địa chỉ web`, en: `"${uri}" is not a web address` });
  const label: LabelData = {
    uri,
    code: required('code'),
    product: required('product'),
    lot: required('lot'),
  };
  if (data.stars !== undefined) {
    if (data.stars !== 3 && data.stars !== 4 && data.stars !== 5) {
      fail('stars', {
        vi: `sao OCOP phải là 3, 4 hoặc 5, nhận được ${String(data.stars)}`,
        en: `OCOP stars must be 3, 4 or 5, got ${String(data.stars)}`,
      });
    }
    label.stars = data.stars;
  }
  for (const field of ['producedOn', 'expiresOn'] as const) {
    const value = data[field];
    if (value === undefined || value === '') continue;
    const match = DATE.exec(value);
    const date = match && new Date(`${value}T00:00:00Z`);
    if (
      !match ||
      !date ||
      Number.isNaN(date.getTime()) ||
      date.toISOString().slice(0, 10) !== value
    ) {
      fail(field, {
        vi: `"${value}" không phải ngày YYYY-MM-DD`,
        en: `"${value}" is not a YYYY-MM-DD date`,
      });
    }
    label[field] = value;
  }
  if (label.producedOn && label.expiresOn && label.expiresOn < label.producedOn) {
    fail('expiresOn', {
      vi: `HSD ${label.expiresOn} trước NSX ${label.producedOn}`,
      en: `expiry ${label.expiresOn} is before production ${label.producedOn}`,
    });
  }
  if (data.cooperative !== undefined && data.cooperative.trim() !== '') {
    label.cooperative = data.cooperative.normalize('NFC').trim();
  }
  if (data.serial !== undefined && data.serial !== '')
    label.serial = data.serial.normalize('NFC').trim();
  return label;
}
