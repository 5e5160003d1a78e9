import type { Message } from '@nguongoc/vn-locale';

/** When a trace code's scans look like a copied label. Configuration, not constants. */
export interface ScanThresholds {
  /** More scans of one unit serial than this in all: a unit is scanned a handful of times. */
  maxScans: number;
  /** Scans of one unit serial from different provinces within this many minutes cannot be one item. */
  windowMinutes: number;
}

export const DEFAULT_SCAN_THRESHOLDS: ScanThresholds = { maxScans: 30, windowMinutes: 180 };

/**
 * What was scanned: a lot's code (`lot`), printed on every box of the lot, or a unit's serial
 * (`unit`), printed on one item only.
 */
export type ScanLevel = 'lot' | 'unit';

/** What the trace page tells the consumer about a code. */
export interface ScanVerdict {
  /** The unit's serial, or the lot's code for a lot-level scan. */
  serial: string;
  level: ScanLevel;
  scans: number;
  provinces: string[];
  suspicious: boolean;
  reasons: Message[];
}

/**
 * The running aggregate of one code's scans (table `scan_tallies`): what the verdict needs, so
 * that a scan costs the same after 100,000 scans of the code as after one. `sightings` holds the
 * latest scan time per province (at most 34 entries); `pair` the first two provinces seen within
 * the window, kept once found (a copied label stays flagged).
 */
export interface ScanTally {
  code: string;
  level: ScanLevel;
  scans: number;
  sightings: Record<string, string>;
  pair: { first: string; second: string; minutes: number } | null;
}

export const emptyTally = (code: string, level: ScanLevel): ScanTally => ({
  code,
  level,
  scans: 0,
  sightings: {},
  pair: null,
});

/**
 * The tally after one more scan. Distance is taken at province level (34 provinces since 2025):
 * two provinces within the window is treated as too far apart for one jar to travel, which errs
 * towards warning; a finer rule needs coordinates the scans do not carry. Only the latest sighting
 * per province is kept: if any earlier scan in another province is within the window, so is that
 * province's latest one.
 */
export function addScan(
  tally: ScanTally,
  scan: { at: string; province?: string | null },
  thresholds: ScanThresholds,
): ScanTally {
  const next: ScanTally = { ...tally, scans: tally.scans + 1, sightings: { ...tally.sightings } };
  const { province } = scan;
  if (!province) return next;
  const at = Date.parse(scan.at);
  const window = thresholds.windowMinutes * 60_000;
  if (!next.pair) {
    for (const [other, last] of Object.entries(next.sightings)) {
      const apart = Math.abs(at - Date.parse(last));
      if (other !== province && apart <= window) {
        next.pair = { first: other, second: province, minutes: Math.round(apart / 60_000) };
        break;
      }
    }
  }
  const last = next.sightings[province];
  if (last === undefined || Date.parse(last) < at) next.sightings[province] = scan.at;
  return next;
}

/**
 * Judges a code from its tally. A unit serial is flagged when scanned more than `maxScans` times
 * or in two provinces within the window. A lot's code is never judged: it is printed on every box
 * of the lot, which honest buyers scan many times and in many provinces; its verdict reports the
 * count and provinces as information only (ADR 036).
 */
export function verdictOf(tally: ScanTally, thresholds: ScanThresholds): ScanVerdict {
  const serial =
    tally.level === 'unit' ? tally.code.slice(tally.code.indexOf('/') + 1) : tally.code;
  const provinces = Object.keys(tally.sightings).sort();
  const reasons: Message[] = [];
  if (tally.level === 'unit') {
    if (tally.scans > thresholds.maxScans) {
      reasons.push({
        vi: `Mã này đã được quét ${tally.scans} lần, nhiều hơn một sản phẩm thật thường được quét: có thể tem đã bị sao chép.`,
        en: `This code has been scanned ${tally.scans} times, more than one real item usually is: the label may have been copied.`,
      });
    }
    if (tally.pair) {
      const { first, second, minutes } = tally.pair;
      reasons.push({
        vi: `Mã này được quét ở tỉnh ${first} và tỉnh ${second} trong vòng ${minutes} phút: một sản phẩm không thể đi xa như vậy, có thể tem đã bị sao chép.`,
        en: `This code was scanned in provinces ${first} and ${second} within ${minutes} minutes: one item cannot travel that far, the label may have been copied.`,
      });
    }
  }
  return {
    serial,
    level: tally.level,
    scans: tally.scans,
    provinces,
    suspicious: reasons.length > 0,
    reasons,
  };
}
