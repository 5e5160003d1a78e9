/**
 * Trace-page scans in the pilot's figures (`trace_scan_day`, ADR 018 and 036): each local day,
 * the distinct scanners of a cooperative's lots, not the requests. A scanner is the SHA-256 of
 * the day's salt and the client's address and user agent: the address and user agent are never
 * stored, and a day's salt (`trace_scan_salt`, random) is deleted with that day's scanner hashes
 * two days later, after which no hash can be linked to an address, even by trying every address.
 * Plain SQL with `?` placeholders, run by the sales module (knex).
 */
import { createHash, randomBytes } from 'node:crypto';
import { vietnamDay } from '@nguongoc/vn-locale';
import type { SqlRun } from './pilot-queries';

/** Salts by day, as read from the database (every server of the day uses the same one). */
const salts = new Map<string, string>();

async function saltOf(run: SqlRun, day: string): Promise<string> {
  const known = salts.get(day);
  if (known) return known;
  await run(`insert into "trace_scan_salt" values (?::date, ?) on conflict ("day") do nothing`, [
    day,
    randomBytes(32).toString('base64url'),
  ]);
  const [row] = await run(`select "salt" from "trace_scan_salt" where "day" = ?::date`, [day]);
  const salt = String(row!.salt);
  // A new day: yesterday's salt stays for scans answered around midnight; older ones go, with
  // their scanner hashes.
  salts.clear();
  salts.set(day, salt);
  await run(`delete from "trace_scan_salt" where "day" < ?::date - 1`, [day]);
  await run(`delete from "trace_scan_scanner" where "day" < ?::date - 1`, [day]);
  return salt;
}

/** Who scanned, as the figures count them: never the address or user agent themselves. */
export interface Scanner {
  address: string;
  userAgent: string;
}

/**
 * Counts one trace-page scan on its local day for the cooperative whose lot was scanned, once
 * per scanner and day: a scanner's further scans that day change nothing.
 */
export async function countScan(
  run: SqlRun,
  scan: {
    at: Date;
    commune_code: string;
    province_code: string;
    cooperative_id: string;
    scanner: Scanner;
  },
): Promise<void> {
  const day = vietnamDay(scan.at);
  const salt = await saltOf(run, day);
  const scanner = createHash('sha256')
    .update(`${salt}\n${scan.scanner.address}\n${scan.scanner.userAgent}`)
    .digest('base64url');
  await run(
    `with "seen" as (
       insert into "trace_scan_scanner" values (?::date, ?, ?)
       on conflict do nothing returning 1)
     insert into "trace_scan_day" as s select ?::date, ?, ?, ?, 1 from "seen"
     on conflict ("day", "commune_code", "cooperative_id") do update set "scans" = s."scans" + 1`,
    [
      day,
      scan.cooperative_id,
      scanner,
      day,
      scan.commune_code,
      scan.province_code,
      scan.cooperative_id,
    ],
  );
}
