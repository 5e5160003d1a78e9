// A commune's figures from the backend (`GET /store/communes/:code/figures?year=`, with the
// publishable key), read through readCommuneFigures so that only the contract's fields go on, and
// what went wrong when they cannot be had: an unknown commune, a bad year, a backend down or
// answering outside the contract.
import {
  type BilingualText,
  type CommuneFigures,
  ContractError,
  readCommuneFigures,
} from '@nguongoc/contracts';
import { vietnamParts } from '@nguongoc/vn-locale';
import { placeNames } from '../commerce/address.server';
import { hasStatus, isRefusal, medusa } from '../commerce/medusa.server';
import { type FiguresFailure, failureMessage } from './figures-failure';

/** How long the page and the downloads may be kept by the page cache and browsers. */
export const FIGURES_MAX_AGE_SECONDS = 300;

/**
 * The first year the year picker offers: commune codes are those of the 2025 reorganisation
 * (in force from 1 July 2025), so no figures exist for a commune before it.
 */
export const FIRST_YEAR = 2025;

export class FiguresLookupError extends Error {
  readonly status: 400 | 404 | 502 | 503;
  readonly failure: FiguresFailure;

  /** The message names the reason and says it in both languages (figures-failure.ts). */
  constructor(status: 400 | 404 | 502 | 503, failure: FiguresFailure) {
    super(
      `[storefront] [open-data] commune ${failure.code}: ${failure.reason} (${status}): ${failureMessage(failure)}`,
    );
    this.name = 'FiguresLookupError';
    this.status = status;
    this.failure = failure;
  }
}

/**
 * The figures of commune `code` for `year` (the backend's current year when null).
 * @throws FiguresLookupError 404 for a code that is not five digits or that the backend does
 *   not know, 400 for a year that is not four digits or that the backend refuses, 503 when the
 *   backend is down, 502 when it refuses the storefront or answers outside the contract.
 */
export async function communeFigures(code: string, year: string | null): Promise<CommuneFigures> {
  const failure = (reason: FiguresFailure['reason']): FiguresFailure => ({
    reason,
    code: code.slice(0, 40),
    year: year?.slice(0, 40) ?? null,
  });
  if (!/^\d{5}$/.test(code)) throw new FiguresLookupError(404, failure('not_found'));
  if (year !== null && !/^\d{4}$/.test(year)) {
    throw new FiguresLookupError(400, failure('bad_year'));
  }
  let answer: unknown;
  try {
    answer = await medusa().client.fetch<unknown>(
      `/store/communes/${code}/figures`,
      year === null ? {} : { query: { year } },
    );
  } catch (error) {
    if (hasStatus(error, 404)) throw new FiguresLookupError(404, failure('not_found'));
    if (year !== null && hasStatus(error, 400)) {
      throw new FiguresLookupError(400, failure('bad_year'));
    }
    const refused = isRefusal(error);
    console.error(
      `[storefront] [open-data] figures of commune ${code}: ${refused ? `refused (${error.status})` : 'failed'}: ${error instanceof Error ? error.message : String(error)}`,
    );
    throw new FiguresLookupError(refused ? 502 : 503, failure('unavailable'));
  }
  try {
    return readCommuneFigures(answer, { code, year: year === null ? null : Number(year) });
  } catch (error) {
    if (!(error instanceof ContractError)) throw error;
    console.error(
      `[storefront] [open-data] số liệu xã ${code} ngoài hợp đồng / figures of commune ${code} outside the contract: ${error.messageVi} / ${error.message}`,
    );
    throw new FiguresLookupError(502, failure('unavailable'));
  }
}

/** Province and commune in both languages: the backend's Vietnamese names, English from the units. */
export function communePlace(figures: CommuneFigures): {
  province: BilingualText;
  commune: BilingualText;
} {
  const names = placeNames(figures.commune.code);
  return {
    province: { vi: figures.commune.province_name, en: names?.province.en ?? '' },
    commune: { vi: figures.commune.name, en: names?.commune.en ?? '' },
  };
}

/** The calendar year in Vietnam (GMT+7) at `now`. */
export function currentYear(now: Date = new Date()): number {
  return vietnamParts(now).year;
}

/** The years the picker links to: FIRST_YEAR to this year, and the year shown if outside. */
export function pickableYears(shown: number, now: Date = new Date()): number[] {
  const years = new Set<number>([shown]);
  for (let year = FIRST_YEAR; year <= currentYear(now); year++) years.add(year);
  return [...years].sort((a, b) => a - b);
}
