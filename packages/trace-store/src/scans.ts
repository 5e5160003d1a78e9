import { Scan } from './entities.js';
import { TraceStoreError } from './errors.js';
import { type ScanThresholds, type ScanVerdict, scanVerdict } from './scan-verdict.js';
import type { StoreDatabase } from './store-database.js';

// Scans of trace codes (a lot's short code or a unit's serial), for the cloned-code verdict that
// scan-verdict.ts judges.

/** Records one scan of a trace code. */
export async function recordScan(
  database: StoreDatabase,
  serial: string,
  scan: { at: Date | string; province?: string; userAgentHash?: string },
): Promise<void> {
  const at = new Date(scan.at);
  if (
    typeof serial !== 'string' ||
    serial === '' ||
    serial.length > 200 ||
    Number.isNaN(at.getTime())
  ) {
    throw new TraceStoreError('store.scan', {
      vi: 'lượt quét cần mã dài 1-200 ký tự và thời điểm hợp lệ',
      en: 'a scan needs a code of 1 to 200 characters and a valid time',
    });
  }
  await database.transaction((manager) =>
    manager.insert(Scan, {
      serial,
      at: at.toISOString(),
      province: scan.province ?? null,
      userAgentHash: scan.userAgentHash ?? null,
    }),
  );
}

/** Whether a code's scans look like a copied label, with reasons in Vietnamese and English. */
export function readScanVerdict(
  database: StoreDatabase,
  serial: string,
  thresholds: ScanThresholds,
): Promise<ScanVerdict> {
  return database.serialised(async () => {
    const scans = await database.manager.find(Scan, { where: { serial }, order: { at: 'ASC' } });
    return scanVerdict(serial, scans, thresholds);
  });
}
