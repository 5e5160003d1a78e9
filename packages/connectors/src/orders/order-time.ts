import { toVietnamIso, vietnamInstant } from '@nguongoc/vn-locale';
import type { CellValue } from './read-rows.js';

// Order times as exchanges write them, returned as ISO 8601 in Vietnam's time (+07:00, no
// daylight saving; @nguongoc/vn-locale). A spreadsheet date cell holds the wall-clock time it
// shows; exceljs hands it over as that time in UTC, so its UTC fields are the Vietnamese wall
// clock.

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** The instant Vietnam's clocks show at these fields; undefined when they are not a real time. */
function inVietnam(fields: (string | number | undefined)[]): Date | undefined {
  const [year, month, day, hour, minute, second] = fields.map((field) => Number(field ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  try {
    return vietnamInstant({ year, month, day, hour, minute, second });
  } catch {
    return undefined;
  }
}

function written(instant: Date | undefined): string | undefined {
  return instant && toVietnamIso(instant, { milliseconds: false });
}

/**
 * `02/12/2026 14:30`, `2026-12-02 14:30:05`, `2026-12-02T07:30:00Z` or a date cell, as
 * `2026-12-02T14:30:00+07:00`; undefined when it is not a real date and time.
 */
export function parseOrderTime(cell: CellValue | undefined): string | undefined {
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return undefined;
    return written(
      inVietnam([
        cell.getUTCFullYear(),
        cell.getUTCMonth() + 1,
        cell.getUTCDate(),
        cell.getUTCHours(),
        cell.getUTCMinutes(),
        cell.getUTCSeconds(),
      ]),
    );
  }
  if (typeof cell !== 'string') return undefined;
  const value = cell.trim();
  const dmy = DMY.exec(value);
  if (dmy) return written(inVietnam([dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]]));
  const iso = ISO.exec(value);
  if (!iso) return undefined;
  const local = inVietnam(iso.slice(1, 7));
  const zone = iso[7];
  if (!local || zone === undefined) return written(local);
  // A real date and time with its own zone: the instant it names, written in Vietnam's time.
  const [, year, month, day, hour = '00', minute = '00', second = '00'] = iso;
  const offset = zone === 'Z' ? zone : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  return written(new Date(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`));
}
