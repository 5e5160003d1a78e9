// The open-data page and its downloads as a browser without JavaScript gets them: the whole app
// (test/app.ts) asked by URL, so that the route files' names are proved to give these paths.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type App, page as appPage, startApp } from './app';
import {
  FIGURES_COMMUNE,
  PERSONAL_DATA,
  communeFiguresWithPersonalData,
  medusa,
  vietnamYear,
} from './mocks/medusa';

let app: App;

beforeAll(async () => {
  app = await startApp();
}, 60_000);

afterAll(() => app?.close());

/** The page, without React's `<!-- -->` between adjacent texts (they are not in what one reads). */
async function page(path: string, init: RequestInit = {}) {
  const { response, html } = await appPage(app, path, init);
  return { response, html: html.replace(/<!-- -->/g, '') };
}
const CODE = FIGURES_COMMUNE;
const YEAR = vietnamYear();
const VND = (text: string) => `${text}\u00a0₫`;
const count = (html: string, pattern: RegExp) => html.match(new RegExp(pattern, 'g'))?.length ?? 0;

describe('the open-data page /xa/:communeCode', () => {
  it('shows province → commune, the key figures in VND, with no script, public for 5 minutes', async () => {
    const { response, html } = await page(`/xa/${CODE}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('public, max-age=300');
    expect(response.headers.get('set-cookie')).toBeNull();
    expect(html).toContain('<html lang="vi">');
    expect(html).toContain('<h1>Nghệ An › Xã Nghĩa Đàn</h1>');
    expect(html).toContain(
      `<title>Số liệu thương mại điện tử Xã Nghĩa Đàn, năm ${YEAR} · NguonGoc</title>`,
    );
    // Cooperatives and households on the exchanges, and per exchange.
    expect(html).toContain(
      '1 <small>Hợp tác xã</small> · 5 <small>Hộ sản xuất, kinh doanh</small>',
    );
    expect(html).toMatch(/<th scope="row">PostMart.vn<\/th><td>1<\/td><td>2<\/td>/);
    expect(html).toMatch(/<th scope="row">Vỏ Sò \(VoSo.vn\)<\/th><td>0<\/td><td>1<\/td>/);
    // Traceability as a percent and x/y, OCOP, sales, scans.
    expect(html).toContain('<p class="figure">75%</p>');
    expect(html).toContain('3/4 sản phẩm');
    expect(html).toContain('<p class="figure">4</p><p>trong tổng số 4 sản phẩm</p>');
    expect(html).toContain(`<p class="figure">${VND('1.000.000')}</p>`);
    expect(html).toContain(`Sản phẩm OCOP: ${VND('900.000')}`);
    expect(html).toContain(`Sản phẩm truy xuất được: ${VND('800.000')}`);
    expect(html).toContain('<p class="figure">15</p>');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('shop.css');
    expect(html).not.toContain('\0');
  });

  it('charts the twelve months (zeros where nothing sold) as SVG with a table under <details>', async () => {
    const { html } = await page(`/xa/${CODE}`);
    expect(count(html, /<svg class="chart"[^>]*role="img"/)).toBe(2);
    expect(html).toContain('<title id="sales-chart-title">Doanh số theo tháng và kênh bán</title>');
    expect(html).toContain(
      `Cả năm: ${VND('1.000.000')}. Tháng cao nhất: Tháng 7 (${VND('400.000')}).`,
    );
    for (let month = 1; month <= 12; month++) {
      expect(count(html, new RegExp(`>T${month}</text>`))).toBe(2);
      expect(count(html, new RegExp(`<th scope="row">Tháng ${month}</th>`))).toBe(2);
    }
    expect(count(html, /<details><summary>Xem bảng số liệu<\/summary>/)).toBe(2);
    // February sold nothing: a row of zeros; January's total is its two channels.
    expect(html).toContain(
      `<th scope="row">Tháng 2</th><td>${VND('0')}</td><td>${VND('0')}</td><td>${VND('0')}</td><td>${VND('0')}</td><td>${VND('0')}</td>`,
    );
    expect(html).toContain(
      `<th scope="row">Tháng 1</th><td>${VND('100.000')}</td><td>${VND('250.000')}</td><td>${VND('0')}</td><td>${VND('0')}</td><td>${VND('350.000')}</td>`,
    );
    expect(html).toContain('<th scope="row">Tháng 11</th><td>12</td>');
  });

  it('links the years, the downloads and the licence, and says what the figures are', async () => {
    const { html } = await page(`/xa/${CODE}`);
    expect(html).toContain(`<a href="/xa/${CODE}?year=2025">2025</a>`);
    expect(html).toContain(`<a href="/xa/${CODE}?year=${YEAR}" aria-current="page">${YEAR}</a>`);
    expect(html).toContain(`href="/xa/${CODE}/du-lieu.csv?year=${YEAR}" download=""`);
    expect(html).toContain(`href="/xa/${CODE}/du-lieu.json?year=${YEAR}" download=""`);
    expect(html).toContain(
      '<a href="https://creativecommons.org/licenses/by/4.0/" rel="license" lang="en">Creative Commons Attribution 4.0 International</a>',
    );
    expect(html).toContain('CC-BY-4.0');
    expect(html).toContain('sau khi trừ đơn huỷ và hàng trả lại');
    expect(html).toContain('Nguồn: sổ bán hàng của NguonGoc');
    // Which orders count, as the backend states it, and the unpaid COD orders apart (ADR 033).
    expect(html).toContain('<p>Đơn COD chưa thu tiền không tính vào số đơn và doanh thu.</p>');
    expect(html).toContain(
      `Chưa tính: 2 đơn thanh toán khi nhận hàng chưa thu tiền (${VND('210.000')}).`,
    );
    expect(html).toContain(
      `<link rel="alternate" type="text/csv" href="/xa/${CODE}/du-lieu.csv?year=${YEAR}"/>`,
    );
    expect(html).toContain(`<link rel="canonical" href="http://localhost:3000/xa/${CODE}"/>`);
  });

  it('reads in English with ?lang=en, money still as VND', async () => {
    const { response, html } = await page(`/xa/${CODE}?year=2025&lang=en`);
    expect(response.headers.get('set-cookie')).toMatch(/^lang=/);
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<h1>Nghe An › Nghia Dan Commune</h1>');
    expect(html).toContain('Sales by month and channel');
    expect(html).toContain(`<p class="figure">${VND('1.000.000')}</p>`);
    expect(html).toContain('<th scope="row">January</th>');
    expect(html).toContain('<th scope="row">December</th>');
    expect(html).toContain('<p>Unpaid COD orders are not in the orders and sales figures.</p>');
    expect(html).toContain(
      `Not counted: 2 cash-on-delivery orders awaiting payment (${VND('210.000')}).`,
    );
    expect(html).toContain(`href="/xa/${CODE}?year=2025&amp;lang=vi"`);
    expect(html).toContain(`href="/xa/${CODE}/du-lieu.csv?year=2025"`);
  });

  it('is a 404 page in Vietnamese and English for an unknown commune', async () => {
    const { response, html } = await page('/xa/99999');
    expect(response.status).toBe(404);
    expect(html).toContain('<title>Không tìm thấy xã · NguonGoc</title>');
    expect(html).toContain('<section lang="vi"><h1>Không tìm thấy xã</h1>');
    expect(html).toContain('Không có số liệu thương mại điện tử cho mã xã 99999.');
    expect(html).toContain('<section lang="en"><h2>Commune not found</h2>');
    expect(html).toContain('There are no e-commerce figures for commune code 99999.');
    expect(html).not.toContain('<script');
  });

  it('is a 400 page for a year the backend refuses, with a way to this year', async () => {
    const { response, html } = await page(`/xa/${CODE}?year=1999`);
    expect(response.status).toBe(400);
    expect(html).toContain('Năm không hợp lệ');
    expect(html).toContain('Invalid year');
    expect(html).toContain(`<a href="/xa/${CODE}">Xem số liệu năm nay</a>`);
  });
});

describe('the downloads by URL', () => {
  it('/xa/:communeCode/du-lieu.csv and .json are attachments for the year asked', async () => {
    const csv = await app.handle(
      new Request(`http://localhost:3000/xa/${CODE}/du-lieu.csv?year=2025`),
    );
    expect(csv.status).toBe(200);
    expect(csv.headers.get('content-disposition')).toBe(
      `attachment; filename="nguongoc-xa-${CODE}-2025.csv"`,
    );
    expect(csv.headers.get('cache-control')).toBe('public, max-age=300');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await app.handle(new Request(`http://localhost:3000/xa/${CODE}/du-lieu.json`));
    expect(json.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(json.headers.get('content-disposition')).toBe(
      `attachment; filename="nguongoc-xa-${CODE}-${YEAR}.json"`,
    );
    expect((await json.json()).year).toBe(YEAR);
  });
});

describe('personal data', () => {
  it('never reaches the page, the CSV or the JSON, whatever the backend adds', async () => {
    medusa.answerFigures(communeFiguresWithPersonalData);
    const leaked = (text: string) =>
      Object.values(PERSONAL_DATA).filter((value) => text.includes(value));
    for (const path of [
      `/xa/${CODE}`,
      `/xa/${CODE}?lang=en`,
      `/xa/${CODE}/du-lieu.csv`,
      `/xa/${CODE}/du-lieu.json`,
    ]) {
      const { response, html } = await page(path);
      expect(response.status, path).toBe(200);
      expect(leaked(html), path).toEqual([]);
    }
    // The answer did carry them: the check looks at what the backend really sent.
    expect(leaked(JSON.stringify(communeFiguresWithPersonalData(YEAR)))).toHaveLength(6);
  });
});
