// The open figures of a commune's e-commerce pilot: the loader of /xa/:communeCode, the CSV and
// JSON downloads, and the reader that keeps only the contract's fields.
import { ContractError, readCommuneFigures } from '@nguongoc/contracts';
import { describe, expect, it, vi } from 'vitest';
import { niceScale } from '../app/open-data/bar-chart';
import { currentYear, pickableYears } from '../app/open-data/commune-figures.server';
import { CSV_COLUMNS } from '../app/open-data/figures-csv';
import type { FiguresFailure } from '../app/open-data/figures-failure';
import type { communePage } from '../app/routes/xa.$communeCode/commune-page.server';
import { loader as pageLoader } from '../app/routes/xa.$communeCode/route';
import { loader as csvLoader } from '../app/routes/xa.$communeCode_.du-lieu[.]csv/route';
import { loader as jsonLoader } from '../app/routes/xa.$communeCode_.du-lieu[.]json/route';
import {
  FIGURES_COMMUNE,
  PERSONAL_DATA,
  communeFiguresFixture,
  communeFiguresWithPersonalData,
  medusa,
  vietnamYear,
} from './mocks/medusa';
import { server } from './mocks/server';
import { loaderArgs, outcome, thrown } from './remix';

type Page = Awaited<ReturnType<typeof communePage>>['data'];
const CODE = FIGURES_COMMUNE;
const YEAR = vietnamYear();
const params = { communeCode: CODE };

const load = async (path: string) =>
  outcome<Page>(
    await pageLoader(loaderArgs(path, { params: { communeCode: path.split(/[/?]/)[2]! } })),
  );

async function download(format: 'csv' | 'json', query = '') {
  const loader = format === 'csv' ? csvLoader : jsonLoader;
  return loader(loaderArgs(`/xa/${CODE}/du-lieu.${format}${query}`, { params }));
}

/** The CSV's rows as objects keyed by the header row. */
function csvRows(text: string): Record<string, string>[] {
  const [header, ...lines] = text
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split('\r\n');
  const columns = header!.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [columns[i], v])));
}

describe('the open-data page loader (/xa/:communeCode)', () => {
  it("reads this year's figures, fills the twelve months and is public for five minutes", async () => {
    const { data: page, headers } = await load(`/xa/${CODE}`);
    expect(headers.get('cache-control')).toBe('public, max-age=300');
    expect(page.language).toBe('vi');
    expect(page.figures.year).toBe(YEAR);
    expect(page.place).toEqual({
      province: { vi: 'Nghệ An', en: 'Nghe An' },
      commune: { vi: 'Xã Nghĩa Đàn', en: 'Nghia Dan Commune' },
    });
    expect(page.months.map((month) => month.month)).toEqual(
      Array.from({ length: 12 }, (_, i) => `${YEAR}-${String(i + 1).padStart(2, '0')}`),
    );
    expect(page.months[0]).toMatchObject({ amount_vnd: 350000, scans: 3 });
    expect(page.months[0]!.channels.postmart).toEqual({
      orders: 2,
      quantity: 3,
      amount_vnd: 250000,
    });
    expect(page.months[1]).toMatchObject({ amount_vnd: 0, scans: 0 });
    expect(page.months.reduce((sum, month) => sum + month.amount_vnd, 0)).toBe(1000000);
    expect(page.links).toEqual({
      csv: `/xa/${CODE}/du-lieu.csv?year=${YEAR}`,
      json: `/xa/${CODE}/du-lieu.json?year=${YEAR}`,
      otherLanguage: `/xa/${CODE}?lang=en`,
    });
    expect(page.years.at(-1)).toEqual({ year: YEAR, href: `/xa/${CODE}?year=${YEAR}` });
    expect(page.canonicalUrl).toBe(`http://localhost:3000/xa/${CODE}`);
  });

  it('passes ?year= to the backend and keeps it in its links', async () => {
    const { data: page } = await load(`/xa/${CODE}?year=2025&lang=en`);
    expect(page.language).toBe('en');
    expect(page.figures.year).toBe(2025);
    expect(page.months[0]!.month).toBe('2025-01');
    expect(page.links.csv).toBe(`/xa/${CODE}/du-lieu.csv?year=2025`);
    expect(page.links.otherLanguage).toBe(`/xa/${CODE}?year=2025&lang=vi`);
    expect(page.canonicalUrl).toBe(`http://localhost:3000/xa/${CODE}?year=2025`);
  });

  it('is a 404 for a commune the backend does not know, and for a code that is not one', async () => {
    const unknown = await thrown<FiguresFailure>(() => load('/xa/99999'));
    expect(unknown.status).toBe(404);
    expect(unknown.data).toEqual({ reason: 'not_found', code: '99999', year: null });
    medusa.reset();
    const mistyped = await thrown<FiguresFailure>(() => load('/xa/nghia-dan'));
    expect(mistyped.status).toBe(404);
    expect(medusa.requests).toEqual([]);
  });

  it('is a 400 for a year that is not four digits (not asked) or that the backend refuses', async () => {
    const typed = await thrown<FiguresFailure>(() => load(`/xa/${CODE}?year=20x6`));
    expect(typed.status).toBe(400);
    expect(typed.data.reason).toBe('bad_year');
    expect(medusa.requests).toEqual([]);
    const refused = await thrown<FiguresFailure>(() => load(`/xa/${CODE}?year=1999`));
    expect(refused.status).toBe(400);
    expect(refused.data).toEqual({ reason: 'bad_year', code: CODE, year: '1999' });
  });

  it('is a 503 when the backend is down, a 502 when its answer breaks the contract', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    server.use(medusa.down());
    expect((await thrown(() => load(`/xa/${CODE}`))).status).toBe(503);
    server.resetHandlers();
    medusa.answerFigures((year) => {
      const figures = communeFiguresFixture(year);
      return { ...figures, months: [{ ...figures.months[0], channel: 'tiki' }] };
    });
    const broken = await thrown<FiguresFailure>(() => load(`/xa/${CODE}`));
    expect(broken.status).toBe(502);
    expect(broken.data.reason).toBe('unavailable');
    expect(log).toHaveBeenCalledWith(expect.stringContaining('months[0].channel: "tiki"'));
    log.mockRestore();
  });
});

describe('the downloads', () => {
  it('CSV: UTF-8 with a BOM, an attachment named for commune and year, one row per month × channel and per month of scans, the licence on each', async () => {
    const response = await download('csv');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8; header=present');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="nguongoc-xa-${CODE}-${YEAR}.csv"`,
    );
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    // Response.text() would drop the BOM, as any UTF-8 decoder does by default.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.split('\r\n')[0]).toBe(
      '\uFEFFcommune_code,year,month,kind,channel,orders,quantity,amount_vnd,scans,licence,licence_url,note',
    );
    const rows = csvRows(text);
    const sales = rows.filter((row) => row.kind === 'sales');
    const scans = rows.filter((row) => row.kind === 'scans');
    expect(sales).toHaveLength(48);
    expect(scans).toHaveLength(12);
    expect(sales[1]).toEqual({
      commune_code: CODE,
      year: String(YEAR),
      month: `${YEAR}-01`,
      kind: 'sales',
      channel: 'postmart',
      orders: '2',
      quantity: '3',
      amount_vnd: '250000',
      scans: '',
      licence: 'CC-BY-4.0',
      licence_url: 'https://creativecommons.org/licenses/by/4.0/',
      note: '',
    });
    expect(sales.find((row) => row.month === `${YEAR}-02`)).toMatchObject({
      channel: 'storefront',
      amount_vnd: '0',
    });
    expect(sales.reduce((sum, row) => sum + Number(row.amount_vnd), 0)).toBe(1000000);
    expect(scans.map((row) => row.scans)).toEqual(
      ['3', '0', '0', '0', '0', '0', '0', '0', '0', '0', '12', '0'].map(String),
    );
    expect(scans[0]).toMatchObject({ channel: '', orders: '', amount_vnd: '' });
    expect(rows.every((row) => row.licence === 'CC-BY-4.0')).toBe(true);
    expect(Object.keys(rows[0]!)).toEqual([...CSV_COLUMNS]);
    // Unpaid cash-on-delivery orders: one row of their own, in no sales row, with the rule of
    // which orders count in both languages (ADR 033).
    expect(rows.filter((row) => row.kind === 'awaiting_payment')).toEqual([
      {
        commune_code: CODE,
        year: String(YEAR),
        month: '',
        kind: 'awaiting_payment',
        channel: 'storefront',
        orders: '2',
        quantity: '3',
        amount_vnd: '210000',
        scans: '',
        licence: 'CC-BY-4.0',
        licence_url: 'https://creativecommons.org/licenses/by/4.0/',
        note: 'Đơn COD chưa thu tiền không tính vào số đơn và doanh thu. / Unpaid COD orders are not in the orders and sales figures.',
      },
    ]);
    expect(rows).toHaveLength(61);
  });

  it('JSON: the figures as the contract has them, with the licence, for the year asked', async () => {
    const response = await download('json', '?year=2025');
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="nguongoc-xa-${CODE}-2025.json"`,
    );
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    const body = await response.json();
    expect(body).toEqual(communeFiguresFixture(2025));
    expect(body.licence.id).toBe('CC-BY-4.0');
  });

  it('answer an unknown commune or a bad year in their own kind, in both languages', async () => {
    const missing = await jsonLoader(
      loaderArgs('/xa/99999/du-lieu.json', { params: { communeCode: '99999' } }),
    );
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      code: 'not_found',
      message:
        'Không có số liệu thương mại điện tử cho mã xã 99999. Hãy kiểm tra lại mã xã (5 chữ số). / There are no e-commerce figures for commune code 99999. Check the code (5 digits).',
    });
    const badYear = await download('csv', '?year=1999');
    expect(badYear.status).toBe(400);
    expect(badYear.headers.get('content-type')).toBe('text/plain; charset=utf-8');
    expect(await badYear.text()).toContain('bad_year: Không có số liệu cho năm “1999”.');
  });
});

describe('only aggregates go out', () => {
  const leaked = (text: string) =>
    Object.values(PERSONAL_DATA).filter((value) => text.includes(value));

  it('the loader, the CSV and the JSON carry none of the extra fields', async () => {
    medusa.answerFigures(communeFiguresWithPersonalData);
    const { data: page } = await load(`/xa/${CODE}`);
    expect(leaked(JSON.stringify(page))).toEqual([]);
    const csv = await (await download('csv')).text();
    expect(leaked(csv)).toEqual([]);
    const json = await (await download('json')).text();
    expect(leaked(json)).toEqual([]);
    expect(JSON.parse(json)).toEqual(communeFiguresFixture(YEAR));
  });
});

describe('readCommuneFigures', () => {
  const expected = { code: CODE, year: 2026 };

  it('names the field that breaks the contract', () => {
    const figures = communeFiguresFixture(2026);
    const broken = (change: (figures: Record<string, unknown>) => void) => {
      const copy = structuredClone(figures) as unknown as Record<string, unknown>;
      change(copy);
      return () => readCommuneFigures(copy, expected);
    };
    expect(broken((f) => ((f.months as { month: string }[])[2]!.month = '2025-03'))).toThrow(
      /^months\[2\]\.month: "2025-03" does not match/,
    );
    expect(broken((f) => ((f.totals as { orders: number }).orders = -1))).toThrow(
      'totals.orders: expected a whole number ≥ 0, got -1',
    );
    expect(broken((f) => ((f.licence as { url: string }).url = 'http://example.vn'))).toThrow(
      'licence.url: expected an https URL',
    );
    expect(broken((f) => (f.year = 2025))).toThrow('year: asked for 2026, got 2025');
    expect(broken((f) => ((f.commune as { code: string }).code = '16942'))).toThrow(
      'commune.code: asked for 16941, got 16942',
    );
    expect(
      broken((f) => (f.months = [...(f.months as unknown[]), (f.months as unknown[])[0]])),
    ).toThrow(`months[5]: 2026-01 storefront appears twice`);
    expect(() => readCommuneFigures(null, expected)).toThrow(ContractError);
  });

  it('accepts a month whose returns outweigh its sales', () => {
    const figures = communeFiguresFixture(2026);
    figures.months[0]!.amount_vnd = -50000;
    expect(readCommuneFigures(figures, expected).months[0]!.amount_vnd).toBe(-50000);
  });
});

describe('helpers', () => {
  it("the year picker runs from 2025 to this year in Vietnam's time", () => {
    // 17:30 UTC on 31 December is already New Year in Vietnam.
    expect(currentYear(new Date('2026-12-31T17:30:00Z'))).toBe(2027);
    expect(pickableYears(2026, new Date('2026-06-01T00:00:00Z'))).toEqual([2025, 2026]);
    expect(pickableYears(2019, new Date('2026-06-01T00:00:00Z'))).toEqual([2019, 2025, 2026]);
  });

  it('charts have about four whole-number gridlines above the highest bar', () => {
    expect(niceScale(1000000)).toEqual({ top: 1000000, ticks: [0, 500000, 1000000] });
    expect(niceScale(350000)).toEqual({ top: 400000, ticks: [0, 100000, 200000, 300000, 400000] });
    expect(niceScale(12)).toEqual({ top: 15, ticks: [0, 5, 10, 15] });
    expect(niceScale(3)).toEqual({ top: 3, ticks: [0, 1, 2, 3] });
    expect(niceScale(0)).toEqual({ top: 1, ticks: [0] });
  });
});
