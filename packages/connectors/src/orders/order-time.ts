import type { CellValue } from './read-rows.js';

// Order times as exchanges write them, returned as ISO 8601 in Vietnam's time (+07:00, no
// daylight saving). A spreadsheet date cell holds the wall-clock time it shows; exceljs hands it
// over as that time in UTC, so its UTC fields are the Vietnamese wall clock.

const DMY = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})(?:[ T](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const VIETNAM_OFFSET_MS = 7 * 3600_000;

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

function wallClock(date: Date): string {
  return (
    `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}` +
    `T${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:${pad(date.getUTCSeconds())}+07:00`
  );
}

function fromParts(parts: (string | undefined)[]): Date | undefined {
  const [year, month, day, hour, minute, second] = parts.map((part) => Number(part ?? 0)) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  const date = new Date(Date.UTC(year, month - 1, day, hour, minute, second));
  const same =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute;
  return same && second < 60 ? date : undefined;
}

/**
 * `02/12/2026 14:30`, `2026-12-02 14:30:05`, `2026-12-02T07:30:00Z` or a date cell, as
 * `2026-12-02T14:30:00+07:00`; undefined when it is not a real date and time.
 */
export function parseOrderTime(cell: CellValue | undefined): string | undefined {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : wallClock(cell);
  if (typeof cell !== 'string') return undefined;
  const value = cell.trim();
  const dmy = DMY.exec(value);
  if (dmy) {
    const date = fromParts([dmy[3], dmy[2], dmy[1], dmy[4], dmy[5], dmy[6]]);
    return date && wallClock(date);
  }
  const iso = ISO.exec(value);
  if (!iso) return undefined;
  const date = fromParts(iso.slice(1, 7));
  if (!date) return undefined;
  const zone = iso[7];
  if (zone === undefined) return wallClock(date);
  const offsetMinutes =
    zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  return wallClock(new Date(date.getTime() - offsetMinutes * 60_000 + VIETNAM_OFFSET_MS));
}
