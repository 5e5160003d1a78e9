import {
  TraceFormatError,
  formatDigitalLink,
  formatShortCodeUrl,
  normalizeGtin,
} from '@nguongoc/trace-core';
import { LabelError } from './errors.js';
import type { LabelData } from './label-data.js';

/** What a label needs to know about a lot, whichever source it came from. */
export interface LotInfo {
  /** The lot record's ID: its short code (`/t/<id>` opens its trace page). */
  id: string;
  /** The lot number printed on the label (AI 10). */
  code: string;
  product: string;
  gtin?: string;
  stars?: 3 | 4 | 5;
  producedOn?: string;
  expiresOn?: string;
  cooperative?: string;
}

/** An inclusive range of unit serial numbers, from `--serials 1-2000`. */
export interface SerialRange {
  from: number;
  to: number;
  /** Pad serials with zeros to this many digits (`0001`); 0 = none. */
  width: number;
}

/** The most labels one job may hold: a day's packing, not a typo. */
export const MAX_LABELS_PER_JOB = 200_000;

/**
 * Parses `1-2000`, `0001-2000` (zero-padded to the width written) or a single `42`.
 * @throws LabelError for anything else, a reversed range, or more than MAX_LABELS_PER_JOB serials.
 */
export function parseSerialRange(text: string): SerialRange {
  const match = /^\s*(\d{1,12})\s*(?:-\s*(\d{1,12}))?\s*$/.exec(text);
  if (!match) {
    throw new LabelError('serials.syntax', {
      vi: `--serials "${text}" phải có dạng ĐẦU-CUỐI, ví dụ 1-2000`,
      en: `--serials "${text}" must be FIRST-LAST, e.g. 1-2000`,
    });
  }
  const from = Number(match[1]);
  const to = Number(match[2] ?? match[1]);
  if (to < from) {
    throw new LabelError('serials.reversed', {
      vi: `--serials ${text}: số cuối nhỏ hơn số đầu`,
      en: `--serials ${text}: the last serial is below the first`,
    });
  }
  if (to - from + 1 > MAX_LABELS_PER_JOB) {
    throw new LabelError('serials.too_many', {
      vi: `--serials ${text} là ${to - from + 1} nhãn, quá ${MAX_LABELS_PER_JOB} nhãn một lệnh in`,
      en: `--serials ${text} is ${to - from + 1} labels, more than ${MAX_LABELS_PER_JOB} per job`,
    });
  }
  const width = match[1]!.startsWith('0') ? match[1]!.length : 0;
  return { from, to, width };
}

export interface LotLabelOptions {
  /** Trace host: `https://nguongoc.vn`. */
  base: string;
  serials?: SerialRange;
}

/**
 * A unit of a product without a GTIN: its lot's short-code URL with the serial as `s`
 * (`/t/<lot>?s=0001`). The serial is one of the lot's, registered with the hub like a GTIN
 * product's AI 21 (issue #23): a new random short code per unit would be a code the hub never
 * learns, whose scan answers 404. A trace page that ignores `s` still shows the lot.
 */
export function unitShortCodeUrl(base: string, lot: string, serial: string): string {
  return `${formatShortCodeUrl(base, lot)}?s=${encodeURIComponent(serial)}`;
}

/**
 * The labels of one lot: one lot-level label, or one per unit serial. A product with a GTIN gets
 * GS1 Digital Link URIs (`/01/<GTIN>/10/<lot>[/21/<serial>]`); one without gets short-code URLs
 * (`/t/<code>`), with each unit's serial as `?s=<serial>` (unitShortCodeUrl).
 */
export function lotLabels(lot: LotInfo, options: LotLabelOptions): LabelData[] {
  try {
    return makeLotLabels(lot, options);
  } catch (error) {
    if (!(error instanceof TraceFormatError)) throw error;
    throw new LabelError(`lot.${error.code}`, {
      vi: `lô ${lot.code}: ${error.messageVi}`,
      en: `lot ${lot.code}: ${error.message}`,
    });
  }
}

function makeLotLabels(lot: LotInfo, options: LotLabelOptions): LabelData[] {
  const common = {
    product: lot.product,
    lot: lot.code,
    ...(lot.stars !== undefined && { stars: lot.stars }),
    ...(lot.producedOn !== undefined && { producedOn: lot.producedOn }),
    ...(lot.expiresOn !== undefined && { expiresOn: lot.expiresOn }),
    ...(lot.cooperative !== undefined && { cooperative: lot.cooperative }),
  };
  const gtin = lot.gtin === undefined ? undefined : normalizeGtin(lot.gtin);
  const { serials } = options;
  if (serials === undefined) {
    return [
      gtin === undefined
        ? { ...common, uri: formatShortCodeUrl(options.base, lot.id), code: lot.id }
        : {
            ...common,
            uri: formatDigitalLink({ base: options.base, gtin, lot: lot.code }),
            code: `${lot.code}`,
          },
    ];
  }
  const labels: LabelData[] = [];
  for (let serial = serials.from; serial <= serials.to; serial++) {
    const text = String(serial).padStart(serials.width, '0');
    if (gtin !== undefined) {
      labels.push({
        ...common,
        uri: formatDigitalLink({ base: options.base, gtin, lot: lot.code, serial: text }),
        code: `${lot.code} · ${text}`,
        serial: text,
      });
    } else {
      labels.push({
        ...common,
        uri: unitShortCodeUrl(options.base, lot.id, text),
        code: `${lot.id} · ${text}`,
        serial: text,
      });
    }
  }
  return labels;
}
