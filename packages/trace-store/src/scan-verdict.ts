import type { Message } from '@nguongoc/vn-locale';
import type { ScanRow } from './entities.js';

/** When a trace code's scans look like a copied label. Configuration, not constants. */
export interface ScanThresholds {
  /** More scans than this in all: a label is scanned a handful of times, a copied one many. */
  maxScans: number;
  /** Scans from different provinces within this many minutes cannot be one physical item. */
  windowMinutes: number;
}

export const DEFAULT_SCAN_THRESHOLDS: ScanThresholds = { maxScans: 30, windowMinutes: 180 };

/** What the trace page tells the consumer about a code. */
export interface ScanVerdict {
  serial: string;
  scans: number;
  provinces: string[];
  suspicious: boolean;
  reasons: Message[];
}

/**
 * Judges the scans of one code. Distance is taken at province level (34 provinces since 2025):
 * two provinces within the window is treated as too far apart for one jar to travel, which errs
 * towards warning; a finer rule needs coordinates the scans do not carry.
 */
export function scanVerdict(
  serial: string,
  scans: readonly ScanRow[],
  thresholds: ScanThresholds,
): ScanVerdict {
  const sorted = [...scans].sort((a, b) => a.at.localeCompare(b.at));
  const provinces = [...new Set(sorted.flatMap((scan) => (scan.province ? [scan.province] : [])))];
  const reasons: ScanVerdict['reasons'] = [];
  if (sorted.length > thresholds.maxScans) {
    reasons.push({
      vi: `Mã này đã được quét ${sorted.length} lần, nhiều hơn một sản phẩm thật thường được quét: có thể tem đã bị sao chép.`,
      en: `This code has been scanned ${sorted.length} times, more than one real item usually is: the label may have been copied.`,
    });
  }
  const window = thresholds.windowMinutes * 60_000;
  for (let i = 0; i < sorted.length; i++) {
    const first = sorted[i]!;
    const other = sorted
      .slice(i + 1)
      .find(
        (scan) =>
          scan.province &&
          first.province &&
          scan.province !== first.province &&
          Date.parse(scan.at) - Date.parse(first.at) <= window,
      );
    if (other) {
      const minutes = Math.round((Date.parse(other.at) - Date.parse(first.at)) / 60_000);
      reasons.push({
        vi: `Mã này được quét ở tỉnh ${first.province} và tỉnh ${other.province} trong vòng ${minutes} phút: một sản phẩm không thể đi xa như vậy, có thể tem đã bị sao chép.`,
        en: `This code was scanned in provinces ${first.province} and ${other.province} within ${minutes} minutes: one item cannot travel that far, the label may have been copied.`,
      });
      break;
    }
  }
  return { serial, scans: sorted.length, provinces, suspicious: reasons.length > 0, reasons };
}
