// The commune officer's figures: the backend's /commune routes, read-only and scoped by the
// officer's account (their commune only). The indicators are @nguongoc/pilot-report's
// `PilotIndicators`; this app keeps only the fields it shows, so it does not depend on that
// package.
import type {
  AdminCooperativesAnswer,
  CommuneFigures,
  CommuneHouseholdsAnswer,
  PilotDueReportsAnswer,
  PilotReportFileAnswer,
  PilotSalesLine,
  PilotSalesLinesAnswer,
} from '@nguongoc/contracts';
import { vietnamToday } from '@nguongoc/vn-locale';
import { backendJson } from './backend.server';
import { fileDownload } from './backend-file.server';
import type { SignedIn } from './session.server';

/** Sales after cancellations and returns (`amount_vnd`), and as ordered (`gross_amount_vnd`). */
export interface SalesTotals {
  orders: number;
  quantity: number;
  amount_vnd: number;
  gross_amount_vnd: number;
}

/** What the overview shows of `GET /commune/pilot/indicators`. */
export interface CommuneIndicators {
  scope: { commune_code: string | null; commune_name: string | null; province_name: string | null };
  period: { from: string; to: string };
  catalogue: {
    cooperatives: number;
    households: number;
    on_exchanges: { cooperatives: number; households: number };
    products: { total: number; traceable: number; ocop: number };
  };
  sales: {
    totals: SalesTotals & { households: number; cooperatives: number };
    by_channel: (SalesTotals & { channel: string })[];
    by_cooperative: (SalesTotals & { cooperative_id: string })[];
    ocop: SalesTotals;
    traceable: SalesTotals;
    scans: { total: number };
    awaiting_payment: { orders: number; quantity: number; amount_vnd: number };
  };
  names: { cooperatives: Record<string, string>; products: Record<string, string> };
}

export type Quarter = 1 | 2 | 3 | 4;

/** A period the overview can show: a quarter of a year, or the year to date. */
export interface Period {
  year: number;
  quarter: Quarter | null;
  from: string;
  to: string;
}

const pad = (value: number) => String(value).padStart(2, '0');

/**
 * The period asked for by `?year=&quarter=` (`quarter=all`: the whole year), by default the
 * current quarter in Vietnam, never past today.
 */
export function periodOf(url: URL, today = vietnamToday()): Period {
  const thisYear = Number(today.slice(0, 4));
  const thisQuarter = Math.ceil(Number(today.slice(5, 7)) / 3) as Quarter;
  const askedYear = Number(url.searchParams.get('year'));
  const year =
    Number.isInteger(askedYear) && askedYear >= 2020 && askedYear <= thisYear
      ? askedYear
      : thisYear;
  const askedQuarter = url.searchParams.get('quarter');
  const quarter: Quarter | null =
    askedQuarter === 'all'
      ? null
      : ['1', '2', '3', '4'].includes(askedQuarter ?? '')
        ? (Number(askedQuarter) as Quarter)
        : year === thisYear
          ? thisQuarter
          : 4;
  const from = quarter === null ? `${year}-01-01` : `${year}-${pad((quarter - 1) * 3 + 1)}-01`;
  const last =
    quarter === null
      ? `${year}-12-31`
      : `${year}-${pad(quarter * 3)}-${quarter === 1 || quarter === 4 ? 31 : 30}`;
  return { year, quarter, from, to: last < today ? last : today };
}

function periodQuery(period: Period): string {
  return `from=${period.from}&to=${period.to}`;
}

export function indicators(request: Request, account: SignedIn, period: Period) {
  return backendJson<CommuneIndicators>(
    request,
    account,
    `/commune/pilot/indicators?${periodQuery(period)}&granularity=month`,
  );
}

export async function cooperatives(request: Request, account: SignedIn) {
  const { cooperatives } = await backendJson<AdminCooperativesAnswer>(
    request,
    account,
    '/commune/cooperatives',
  );
  return cooperatives;
}

/**
 * The producing households of a cooperative of the officer's commune, with their head's name and
 * commune (`GET /commune/cooperatives/:id/households`; another commune's cooperative is 404).
 */
export async function households(request: Request, account: SignedIn, cooperativeId: string) {
  const { households } = await backendJson<CommuneHouseholdsAnswer>(
    request,
    account,
    `/commune/cooperatives/${encodeURIComponent(cooperativeId)}/households`,
  );
  return households;
}

/** The sales lines of the period, narrowed to a cooperative and optionally a household. */
export function salesLines(
  request: Request,
  account: SignedIn,
  period: Period,
  filters: { cooperative_id: string; household_id?: string },
) {
  const query = new URLSearchParams({ from: period.from, to: period.to, limit: '200' });
  query.set('cooperative_id', filters.cooperative_id);
  if (filters.household_id) query.set('household_id', filters.household_id);
  // The ledger's lines also name their household (not in the contract's fields).
  return backendJson<
    PilotSalesLinesAnswer & { lines: (PilotSalesLine & { household_id?: string | null })[] }
  >(request, account, `/commune/pilot/sales-lines?${query.toString()}`);
}

export function dueReports(request: Request, account: SignedIn) {
  return backendJson<PilotDueReportsAnswer>(request, account, '/commune/pilot/reports/due');
}

export function openData(request: Request, account: SignedIn, year: number | null) {
  return backendJson<CommuneFigures>(
    request,
    account,
    `/commune/open-data${year === null ? '' : `?year=${year}`}`,
  );
}

/** A report file asked for by `?kind=&year=&quarter=&format=`, streamed to the officer. */
export async function reportDownload(
  request: Request,
  account: SignedIn,
  asked: URLSearchParams,
): Promise<Response> {
  const query = new URLSearchParams();
  query.set('kind', asked.get('kind') === 'year' ? 'year' : 'quarter');
  query.set('format', asked.get('format') === 'xlsx' ? 'xlsx' : 'pdf');
  query.set('year', asked.get('year') ?? '');
  if (query.get('kind') === 'quarter') query.set('quarter', asked.get('quarter') ?? '');
  const { file } = await backendJson<PilotReportFileAnswer>(
    request,
    account,
    `/commune/pilot/reports?${query.toString()}`,
  );
  return fileDownload(request, account, file.url, file.filename, file.mime_type);
}
