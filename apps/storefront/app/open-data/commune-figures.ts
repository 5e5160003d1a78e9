// The open figures of a commune's e-commerce pilot, as `GET /store/communes/:code/figures`
// answers them, and the reader that copies out of the backend's answer exactly these fields and
// nothing else. The page, the CSV and the JSON are built from its result only: a field the
// backend adds (a buyer, an order, a household's name) can never reach them.

/** The storefront and the three exchanges, in the order the page and the CSV list them. */
export const CHANNELS = ['storefront', 'postmart', 'voso', '37nghean'] as const;
export type Channel = (typeof CHANNELS)[number];

/** The exchanges (sàn thương mại điện tử) that cooperatives and households register on. */
export const EXCHANGES = ['postmart', 'voso', '37nghean'] as const;
export type Exchange = (typeof EXCHANGES)[number];

export interface MonthSales {
  /** `YYYY-MM`, a month of the figures' year. */
  month: string;
  channel: Channel;
  orders: number;
  quantity: number;
  amount_vnd: number;
}

export interface MonthScans {
  month: string;
  scans: number;
}

export interface CommuneFigures {
  commune: { code: string; name: string; province_code: string; province_name: string };
  year: number;
  /** ISO instant the backend read the figures. */
  generated_at: string;
  licence: { id: string; name: string; url: string };
  registration: {
    cooperatives: number;
    households: number;
    by_exchange: { exchange: Exchange; cooperatives: number; households: number }[];
  };
  products: { total: number; traceable: number; ocop: number };
  totals: {
    orders: number;
    quantity: number;
    /** Sales after cancellations and returns. */
    amount_vnd: number;
    ocop_amount_vnd: number;
    traceable_amount_vnd: number;
  };
  /** One entry per month and channel that sold; months without sales are absent. */
  months: MonthSales[];
  scans: MonthScans[];
}

/** The backend's answer is not the contract's: names the field and what was wrong with it. */
export class FiguresFormatError extends Error {
  constructor(path: string, problem: string) {
    super(`${path}: ${problem}`);
    this.name = 'FiguresFormatError';
  }
}

type Fields = Record<string, unknown>;

function object(value: unknown, path: string): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new FiguresFormatError(path, 'expected an object');
  }
  return value as Fields;
}

function list(value: unknown, path: string): unknown[] {
  if (!Array.isArray(value)) throw new FiguresFormatError(path, 'expected an array');
  return value;
}

/** A count: a whole number, zero or more. */
function count(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value) || (value as number) < 0) {
    throw new FiguresFormatError(path, `expected a whole number ≥ 0, got ${JSON.stringify(value)}`);
  }
  return value as number;
}

/** A quantity or an amount in đồng: whole, and negative when returns outweigh a month's sales. */
function whole(value: unknown, path: string): number {
  if (!Number.isSafeInteger(value)) {
    throw new FiguresFormatError(path, `expected a whole number, got ${JSON.stringify(value)}`);
  }
  return value as number;
}

function text(value: unknown, path: string, pattern?: RegExp): string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 200) {
    throw new FiguresFormatError(path, 'expected a non-empty string of at most 200 characters');
  }
  if (pattern && !pattern.test(value)) {
    throw new FiguresFormatError(path, `${JSON.stringify(value)} does not match ${pattern}`);
  }
  return value;
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], path: string): T {
  if (!(allowed as readonly unknown[]).includes(value)) {
    throw new FiguresFormatError(
      path,
      `${JSON.stringify(value)} is not one of ${allowed.join(', ')}`,
    );
  }
  return value as T;
}

function httpsUrl(value: unknown, path: string): string {
  const url = text(value, path);
  if (!URL.canParse(url) || new URL(url).protocol !== 'https:') {
    throw new FiguresFormatError(path, `expected an https URL, got ${JSON.stringify(url)}`);
  }
  return url;
}

function monthOf(value: unknown, year: number, path: string): string {
  return text(value, path, new RegExp(`^${year}-(0[1-9]|1[0-2])$`));
}

function unique(keys: string[], path: string): void {
  const seen = new Set<string>();
  for (const [index, key] of keys.entries()) {
    if (seen.has(key)) throw new FiguresFormatError(`${path}[${index}]`, `${key} appears twice`);
    seen.add(key);
  }
}

/**
 * Reads the backend's answer into CommuneFigures, field by field.
 * @param expected the commune asked for, and the year if one was asked for.
 * @throws FiguresFormatError naming the first field that breaks the contract.
 */
export function readCommuneFigures(
  answer: unknown,
  expected: { code: string; year: number | null },
): CommuneFigures {
  const root = object(answer, 'figures');
  const commune = object(root.commune, 'commune');
  const code = text(commune.code, 'commune.code', /^\d{5}$/);
  if (code !== expected.code) {
    throw new FiguresFormatError('commune.code', `asked for ${expected.code}, got ${code}`);
  }
  const year = count(root.year, 'year');
  if (expected.year !== null ? year !== expected.year : year < 2000 || year > 2100) {
    throw new FiguresFormatError('year', `asked for ${expected.year ?? 'this year'}, got ${year}`);
  }
  const licence = object(root.licence, 'licence');
  const registration = object(root.registration, 'registration');
  const products = object(root.products, 'products');
  const totals = object(root.totals, 'totals');
  const generatedAt = text(root.generated_at, 'generated_at');
  if (Number.isNaN(Date.parse(generatedAt))) {
    throw new FiguresFormatError('generated_at', `not an ISO instant: ${generatedAt}`);
  }

  const byExchange = list(registration.by_exchange, 'registration.by_exchange').map(
    (entry, index) => {
      const path = `registration.by_exchange[${index}]`;
      const fields = object(entry, path);
      return {
        exchange: oneOf(fields.exchange, EXCHANGES, `${path}.exchange`),
        cooperatives: count(fields.cooperatives, `${path}.cooperatives`),
        households: count(fields.households, `${path}.households`),
      };
    },
  );
  unique(
    byExchange.map((entry) => entry.exchange),
    'registration.by_exchange',
  );

  const months = list(root.months, 'months').map((entry, index) => {
    const path = `months[${index}]`;
    const fields = object(entry, path);
    return {
      month: monthOf(fields.month, year, `${path}.month`),
      channel: oneOf(fields.channel, CHANNELS, `${path}.channel`),
      orders: count(fields.orders, `${path}.orders`),
      quantity: whole(fields.quantity, `${path}.quantity`),
      amount_vnd: whole(fields.amount_vnd, `${path}.amount_vnd`),
    };
  });
  unique(
    months.map((entry) => `${entry.month} ${entry.channel}`),
    'months',
  );

  const scans = list(root.scans, 'scans').map((entry, index) => {
    const path = `scans[${index}]`;
    const fields = object(entry, path);
    return {
      month: monthOf(fields.month, year, `${path}.month`),
      scans: count(fields.scans, `${path}.scans`),
    };
  });
  unique(
    scans.map((entry) => entry.month),
    'scans',
  );

  return {
    commune: {
      code,
      name: text(commune.name, 'commune.name'),
      province_code: text(commune.province_code, 'commune.province_code', /^\d{2}$/),
      province_name: text(commune.province_name, 'commune.province_name'),
    },
    year,
    generated_at: generatedAt,
    licence: {
      id: text(licence.id, 'licence.id', /^[A-Za-z][A-Za-z0-9.+-]*$/),
      name: text(licence.name, 'licence.name'),
      url: httpsUrl(licence.url, 'licence.url'),
    },
    registration: {
      cooperatives: count(registration.cooperatives, 'registration.cooperatives'),
      households: count(registration.households, 'registration.households'),
      by_exchange: byExchange,
    },
    products: {
      total: count(products.total, 'products.total'),
      traceable: count(products.traceable, 'products.traceable'),
      ocop: count(products.ocop, 'products.ocop'),
    },
    totals: {
      orders: count(totals.orders, 'totals.orders'),
      quantity: whole(totals.quantity, 'totals.quantity'),
      amount_vnd: whole(totals.amount_vnd, 'totals.amount_vnd'),
      ocop_amount_vnd: whole(totals.ocop_amount_vnd, 'totals.ocop_amount_vnd'),
      traceable_amount_vnd: whole(totals.traceable_amount_vnd, 'totals.traceable_amount_vnd'),
    },
    months,
    scans,
  };
}
