import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { inflateSync } from 'node:zlib';
import { type PdfRun, pdfInfo, pdfRuns } from '@nguongoc/test-support/pdf';
import ExcelJS from 'exceljs';
import { type Font, create } from 'fontkit';
import { format } from 'prettier';
import { describe, expect, it, vi } from 'vitest';
import { indicatorText } from '../src/_report-text.js';
import {
  COUNTED_ORDERS,
  COUNTED_ORDERS_NOTE,
  type PilotReport,
  type ReportIndicator,
  nextReports,
  renderPilotReportPdf,
  renderPilotReportXlsx,
  reportPeriod,
} from '../src/index.js';

// Golden files live in test/golden/. `UPDATE_GOLDEN=1 npx vitest run test/pilot-report.test.ts`
// rewrites them; without it a missing or different file fails.
const GOLDEN = fileURLToPath(new URL('./golden/', import.meta.url));
const UPDATE = process.env.UPDATE_GOLDEN === '1';

describe('reportPeriod: Decree 09/2019/NĐ-CP art. 12 cut-off', () => {
  it.each([
    [1, '2025-12-15', '2026-03-14', '2026-03-15'],
    [2, '2026-03-15', '2026-06-14', '2026-06-15'],
    [3, '2026-06-15', '2026-09-14', '2026-09-15'],
    [4, '2026-09-15', '2026-12-14', '2026-12-15'],
  ] as const)('quarter %i of 2026: %s to %s, due %s', (quarter, from, to, due_by) => {
    expect(reportPeriod('quarter', 2026, quarter)).toEqual({ from, to, due_by });
  });

  it('a year runs from 15 December of the year before to 14 December, due the 15th', () => {
    expect(reportPeriod('year', 2026)).toEqual({
      from: '2025-12-15',
      to: '2026-12-14',
      due_by: '2026-12-15',
    });
    expect(reportPeriod('year', 2000).from).toBe('1999-12-15');
    expect(reportPeriod('quarter', 2100, 4).due_by).toBe('2100-12-15');
  });

  it('refuses a missing or impossible quarter, a bad year, in Vietnamese then English', () => {
    expect(() => reportPeriod('quarter', 2026)).toThrow(
      new RangeError('quý phải là 1–4 / quarter must be 1–4, got undefined'),
    );
    expect(() => reportPeriod('quarter', 2026, 5 as 1)).toThrow(
      /^quý phải là 1–4 \/ quarter must be 1–4, got 5$/,
    );
    expect(() => reportPeriod('quarter', 2026, 0 as 1)).toThrow(RangeError);
    expect(() => reportPeriod('year', 2026, 1)).toThrow(
      'báo cáo năm không có quý / a yearly report has no quarter',
    );
    for (const year of [1999, 2101, 2026.5, Number.NaN])
      expect(() => reportPeriod('year', year)).toThrow(
        new RangeError(
          `năm phải là số nguyên 2000–2100 / year must be an integer 2000–2100, got ${year}`,
        ),
      );
    expect(() => reportPeriod('year', '2026' as unknown as number)).toThrow(TypeError);
    expect(() => reportPeriod('month' as 'year', 2026)).toThrow(
      /^loại kỳ phải là 'quarter' hoặc 'year' \/ kind must be 'quarter' or 'year'/,
    );
  });
});

describe('nextReports: due_by is the last day to submit', () => {
  it.each([
    [
      '2026-03-14',
      { kind: 'quarter', year: 2026, quarter: 1, due_by: '2026-03-15', days_left: 1 },
      { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 276 },
    ],
    [
      '2026-03-15',
      { kind: 'quarter', year: 2026, quarter: 1, due_by: '2026-03-15', days_left: 0 },
      { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 275 },
    ],
    [
      '2026-03-16',
      { kind: 'quarter', year: 2026, quarter: 2, due_by: '2026-06-15', days_left: 91 },
      { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 274 },
    ],
    [
      '2026-12-15',
      { kind: 'quarter', year: 2026, quarter: 4, due_by: '2026-12-15', days_left: 0 },
      { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 0 },
    ],
    [
      '2026-12-16',
      { kind: 'quarter', year: 2027, quarter: 1, due_by: '2027-03-15', days_left: 89 },
      { kind: 'year', year: 2027, due_by: '2027-12-15', days_left: 364 },
    ],
    [
      '2026-01-01',
      { kind: 'quarter', year: 2026, quarter: 1, due_by: '2026-03-15', days_left: 73 },
      { kind: 'year', year: 2026, due_by: '2026-12-15', days_left: 348 },
    ],
  ])('on %s', (today, quarterly, yearly) => {
    expect(nextReports(today)).toEqual([quarterly, yearly]);
  });

  it('refuses what is not a calendar day', () => {
    for (const today of ['2026-02-29', '2026-3-14', '14/03/2026', '2026-03-14T00:00'])
      expect(() => nextReports(today)).toThrow(
        new TypeError(
          `ngày phải có dạng YYYY-MM-DD / today must be a YYYY-MM-DD day, got ${today}`,
        ),
      );
    expect(nextReports('2028-02-29')[0]).toMatchObject({ quarter: 1, days_left: 15 });
  });
});

const sample: PilotReport = {
  kind: 'quarter',
  year: 2026,
  quarter: 1,
  period: { from: '2025-12-15', to: '2026-03-14' },
  due_by: '2026-03-15',
  scope: { commune_code: '02989', commune_name: 'Xã Bắc Hà', province_name: 'Tỉnh Lào Cai' },
  generated_at: '2026-03-14T17:45:00.000Z', // 15/03/2026 00:45 in Việt Nam
  indicators: [
    {
      code: 'households_on_exchanges',
      label_vi: 'Số hộ sản xuất có gian hàng trên sàn TMĐT',
      label_en: 'Producer households with a shop on an e-commerce exchange',
      value: 128,
      unit: 'count',
      source_vi: '128 hộ trong danh bạ của 2 HTX, 41 gian hàng trên 2 sàn',
      source_en: '128 households in 2 cooperatives’ rolls, 41 shops on 2 exchanges',
    },
    {
      code: 'ocop_products_listed',
      label_vi: 'Số sản phẩm OCOP được đăng bán',
      label_en: 'OCOP products listed for sale',
      value: 0,
      unit: 'count',
      source_vi: '12 sản phẩm trong danh mục, chưa sản phẩm nào có chứng nhận OCOP',
      source_en: '12 products in the catalogue, none OCOP-certified yet',
    },
    {
      code: 'revenue_online',
      label_vi: 'Doanh thu bán qua sàn thương mại điện tử',
      label_en: 'Revenue through e-commerce exchanges',
      value: 1_234_567_890,
      unit: 'vnd',
      source_vi: '1.234 dòng đơn của 567 đơn hàng, trừ 9 dòng hủy, trả',
      source_en: '1,234 lines of 567 orders, less 9 cancelled or returned lines',
    },
    {
      code: 'orders_online',
      label_vi: 'Số đơn hàng',
      label_en: 'Orders',
      value: 567,
      unit: 'count',
      source_vi: 'Đơn từ Postmart và Voso, đối soát ngày 14/03/2026',
      source_en: 'Postmart and Voso orders, reconciled 14/03/2026',
    },
    {
      code: 'quantity_sold',
      label_vi: 'Sản lượng bán',
      label_en: 'Quantity sold',
      value: 2345.5,
      unit: 'quantity',
      source_vi: 'Tổng số lượng các dòng đơn (kg, hộp, chai)',
      source_en: 'Sum of order line quantities (kg, boxes, bottles)',
    },
    {
      code: 'traceable_share',
      label_vi: 'Tỷ lệ sản phẩm bán ra có mã truy xuất nguồn gốc',
      label_en: 'Share of products sold with a traceability code',
      value: 87.5,
      unit: 'percent',
      source_vi: '1.071 trên 1.224 dòng đơn có mã lô',
      source_en: '1,071 of 1,224 order lines carry a lot code',
    },
    {
      code: 'cashless_share',
      label_vi: 'Tỷ lệ đơn thanh toán không dùng tiền mặt',
      label_en: 'Share of orders paid without cash',
      value: 33.3,
      unit: 'percent',
      source_vi: '189 trên 567 đơn trả qua VNPay',
      source_en: '189 of 567 orders paid through VNPay',
    },
  ],
  by_channel: [
    {
      key: 'postmart',
      name: 'Postmart (Bưu điện Việt Nam)',
      orders: 401,
      quantity: 1700,
      amount_vnd: 987_654_321,
      corrected_lines: 6,
    },
    {
      key: 'voso',
      name: 'Voso (Viettel Post)',
      orders: 166,
      quantity: 645.5,
      amount_vnd: 246_913_569,
      corrected_lines: 3,
    },
  ],
  by_cooperative: [
    {
      key: 'htx-nong-nghiep-bac-ha',
      name: 'HTX Nông nghiệp Bắc Hà',
      orders: 402,
      quantity: 1820.5,
      amount_vnd: 1_000_000_000,
      corrected_lines: 7,
    },
    {
      key: 'htx-che-shan-tuyet',
      name: 'HTX Chè Shan tuyết Hoàng Thu Phố',
      orders: 190,
      quantity: 525,
      amount_vnd: 234_567_890,
      corrected_lines: 2,
    },
  ],
  by_product: [
    ['MAN-TAM-HOA', 'Mận Tam Hoa (hộp 2 kg)', 150, 600, 412_345_678, 1],
    ['CHE-SHAN', 'Chè Shan tuyết cổ thụ (gói 200 g)', 120, 480, 298_765_432, 0],
    ['GAO-SENG-CU', 'Gạo Séng Cù (túi 5 kg)', 60, 300, 156_000_000, 1],
    ['RUOU-NGO', 'Rượu ngô Bản Phố (chai 500 ml)', 55, 250, 98_500_000, 0],
    ['MAT-ONG', 'Mật ong bạc hà (chai 1 lít)', 40, 120, 87_654_321, 2],
    ['MIEN-DONG', 'Miến dong (gói 500 g)', 30, 150, 45_000_000, 0],
    ['TAO-MEO', 'Táo mèo sấy dẻo', 25, 107, 32_100_000, 0],
    ['THAO-QUA', 'Thảo quả khô', 20, 115, 28_750_000, 0],
    ['NAM-HUONG', 'Nấm hương rừng', 18, 43, 21_500_000, 0],
    ['MANG-KHO', 'Măng khô', 15, 60, 18_000_000, 0],
    ['LE-TAI-NUNG', 'Lê Tai nung (hết mùa, khách trả cả 3 dòng)', 0, 0, 0, 3],
    ['CAM-SANH', 'Cam sành Bắc Quang (kg)', 34, 120.5, 35_952_459, 2],
  ].map(([key, name, orders, quantity, amount_vnd, corrected_lines]) => ({
    key: key as string,
    name: name as string,
    orders: orders as number,
    quantity: quantity as number,
    amount_vnd: amount_vnd as number,
    corrected_lines: corrected_lines as number,
  })),
};

type CellValue = string | number | boolean | null;

/** Every sheet as written: cells row by row (merged-over cells `null`), formats of number cells. */
async function workbookContent(bytes: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  return {
    creator: workbook.creator,
    created: workbook.created.toISOString(),
    modified: workbook.modified.toISOString(),
    sheets: workbook.worksheets.map((sheet) => {
      const rows: CellValue[][] = [];
      const numberFormats: Record<string, string> = {};
      const bold: string[] = [];
      for (let number = 1; number <= sheet.rowCount; number++) {
        const row = sheet.getRow(number);
        const cells: CellValue[] = [];
        for (let column = 1; column <= sheet.columnCount; column++) {
          const cell = row.getCell(column);
          const merged = cell.isMerged && cell.master.address !== cell.address;
          const value = merged ? null : cell.value;
          if (value !== null && typeof value === 'object')
            throw new Error(`${sheet.name}!${cell.address}: unexpected ${JSON.stringify(value)}`);
          cells.push(value ?? null);
          if (typeof value === 'number') numberFormats[cell.address] = cell.numFmt;
          if (value !== null && cell.font?.bold) bold.push(cell.address);
        }
        rows.push(cells);
      }
      return {
        name: sheet.name,
        frozen: sheet.views.map((view) => [view.state, (view as { ySplit?: number }).ySplit]),
        widths: sheet.columns.map((column) => column.width ?? null),
        merges: (sheet.model as unknown as { merges: string[] }).merges,
        rows,
        numberFormats,
        bold,
      };
    }),
  };
}

async function expectGoldenJson(name: string, actual: unknown): Promise<void> {
  const path = join(GOLDEN, name);
  const text = JSON.stringify(actual);
  if (UPDATE) writeFileSync(path, await format(text, { parser: 'json', printWidth: 100 }));
  if (!existsSync(path))
    throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1`);
  expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(path, 'utf8')));
}

function expectGoldenText(name: string, actual: string): void {
  const path = join(GOLDEN, name);
  if (UPDATE) writeFileSync(path, actual);
  if (!existsSync(path))
    throw new Error(`golden file ${name} is missing: run with UPDATE_GOLDEN=1`);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

/**
 * A PDF's text as its golden file holds it, one string a page: every baseline from the top of the
 * page down, each with its runs from left to right, each run with its x, its font size and its
 * text. Positions are in points, rounded to one; a run that moves by a point, changes size or
 * changes a letter changes the file (pdftotext's layout, which this replaces, was in characters).
 */
function textLines(pages: PdfRun[][]): string[] {
  return pages.map((runs, index) => {
    const lines = new Map<number, PdfRun[]>();
    for (const run of runs) {
      const y = Math.round(run.y);
      lines.set(y, [...(lines.get(y) ?? []), run]);
    }
    const body = [...lines]
      .sort(([above], [below]) => above - below)
      .map(([y, line]) => {
        const cells = line
          .sort((left, right) => left.x - right.x)
          .map(
            (run) => `x ${Math.round(run.x)} ${+run.size.toFixed(2)}pt ${JSON.stringify(run.text)}`,
          );
        return `y ${y}: ${cells.join(', ')}\n`;
      });
    return `trang / page ${index + 1}/${pages.length}\n${body.join('')}`;
  });
}

const require = createRequire(import.meta.url);
const FONT_FILES = {
  regular:
    require.resolve('@expo-google-fonts/be-vietnam-pro/400Regular/BeVietnamPro_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/be-vietnam-pro/700Bold/BeVietnamPro_700Bold.ttf'),
};

/** The ToUnicode CMaps of a PDF (PDF 1.7 §9.10.3): every Flate stream inflated, those with bfchar or bfrange kept. */
function toUnicodeMaps(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  const maps: string[] = [];
  for (const match of text.matchAll(/stream\r?\n/g)) {
    const start = match.index + match[0].length;
    let content: string;
    try {
      content = inflateSync(pdf.subarray(start, text.indexOf('endstream', start))).toString(
        'latin1',
      );
    } catch {
      continue; // not a Flate stream (an image, a font program stored otherwise)
    }
    if (/begin(bfchar|bfrange)/.test(content)) maps.push(content);
  }
  return maps;
}

/** Runs `check` with the clock a day ahead (only `Date`: the writers' streams keep their timers). */
async function renderedADayLater(check: () => Promise<void>): Promise<void> {
  vi.useFakeTimers({ toFake: ['Date'], now: Date.now() + 86_400_000 });
  try {
    await check();
  } finally {
    vi.useRealTimers();
  }
}

describe('renderPilotReportXlsx', () => {
  it('writes the sample quarter as in the golden file, figures as formatted numbers', async () => {
    const content = await workbookContent(await renderPilotReportXlsx(sample));
    await expectGoldenJson('pilot-report-q1.xlsx.json', content);
    // The checks a reader of the golden file would make by eye.
    const [report, byChannel] = content.sheets;
    expect(content.sheets.map((sheet) => sheet.name)).toEqual([
      'Báo cáo',
      'Theo kênh',
      'Theo HTX',
      'Theo sản phẩm',
    ]);
    expect(report!.rows[12]).toEqual([
      3,
      'Doanh thu bán qua sàn thương mại điện tử',
      'Revenue through e-commerce exchanges',
      1_234_567_890,
      'đồng',
      '1.234 dòng đơn của 567 đơn hàng, trừ 9 dòng hủy, trả',
    ]);
    expect(report!.numberFormats.D13).toBe('#,##0 "₫"');
    expect(report!.rows[15]![3]).toBe(0.875);
    expect(report!.numberFormats.D16).toBe('0.0%');
    // Which orders the figures count, under the indicators (ADR 033).
    expect(report!.rows[10 + sample.indicators.length + 1]![0]).toBe(COUNTED_ORDERS_NOTE);
    expect(byChannel!.rows[5]).toEqual([
      null,
      null,
      'Tổng cộng / Total',
      567,
      null,
      1_234_567_890,
      9,
    ]);
  });

  it('gives the same cells for the same report, whenever it is rendered', async () => {
    const first = await workbookContent(await renderPilotReportXlsx(sample));
    await renderedADayLater(async () =>
      expect(await workbookContent(await renderPilotReportXlsx(sample))).toEqual(first),
    );
  });

  it('says "all communes" when the report covers every commune, and a yearly title', async () => {
    const content = await workbookContent(
      await renderPilotReportXlsx({
        ...sample,
        kind: 'year',
        quarter: undefined,
        period: { from: '2025-12-15', to: '2026-12-14' },
        due_by: '2026-12-15',
        scope: { commune_code: null, commune_name: null, province_name: null },
      }),
    );
    const rows = content.sheets[0]!.rows;
    expect(rows[1]![0]).toBe('NĂM 2026 / Commune e-commerce pilot report, Year 2026');
    expect(rows[3]!.slice(1, 3)).toEqual(['Xã / Commune', 'Tất cả các xã / all communes']);
    expect(rows[4]!.slice(1, 3)).toEqual(['Tỉnh / Province', '—']);
  });

  it('refuses a figure that would print as NaN, naming it', async () => {
    const broken = { ...sample, by_product: [{ ...sample.by_product[0]!, amount_vnd: NaN }] };
    await expect(renderPilotReportXlsx(broken)).rejects.toThrow(
      '[pilot-report] by_product[0].amount_vnd: không in được / cannot be printed: NaN',
    );
  });
});

describe('indicator values as the PDF prints them (vn-locale)', () => {
  const text = (value: number, unit: ReportIndicator['unit']) =>
    indicatorText({ ...sample.indicators[0]!, value, unit });

  it('writes every share the report can hold to one decimal, the sign after it', () => {
    // Shares are percentages rounded to a tenth (0.0–100.0); vn-locale takes them as ratios.
    for (let tenths = 0; tenths <= 1000; tenths++)
      expect(text(tenths / 10, 'percent')).toBe(`${Math.floor(tenths / 10)},${tenths % 10}%`);
  });

  it('writes đồng with a no-break space, counts and quantities with Vietnamese digits', () => {
    expect(text(1_234_567_890, 'vnd')).toBe('1.234.567.890\u00a0₫');
    expect(text(-0.4, 'vnd')).toBe('0\u00a0₫');
    expect(text(12_345, 'count')).toBe('12.345');
    expect(text(2345.5, 'quantity')).toBe('2.345,5');
    expect(text(0.1 + 0.2, 'quantity')).toBe('0,3');
  });
});

describe('renderPilotReportPdf', () => {
  it('prints the sample quarter on two A4 pages as in the golden text', async () => {
    const bytes = await renderPilotReportPdf(sample);
    const a4 = { width: 595.28, height: 841.89 };
    expect(await pdfInfo(bytes)).toEqual({
      pages: 2,
      sizes: [a4, a4],
      title: 'BÁO CÁO KẾT QUẢ THÍ ĐIỂM XÃ THƯƠNG MẠI ĐIỆN TỬ QUÝ I NĂM 2026',
    });
    const pages = textLines(await pdfRuns(bytes));
    expectGoldenText('pilot-report-q1.pdf-lines.txt', pages.join(''));
    // The page number is the last line of each page, at its right end.
    expect(pages.map((page) => page.trimEnd().split('\n').at(-1))).toEqual([
      expect.stringMatching(/"Trang 1\/2"$/),
      expect.stringMatching(/"Trang 2\/2"$/),
    ]);
    expect(pages[0]).toContain(' "1.234.567.890 ₫"');
    // Which orders the figures count, in both languages (ADR 033): the words are wrapped into
    // runs, so they are looked for with the runs joined.
    const words = (text: string) => text.replace(/\s+/g, ' ');
    const printed = words(
      pages
        .join('\n')
        .split('\n')
        .map((line) => /"(.*)"$/.exec(line)?.[1] ?? '')
        .join(' '),
    );
    expect(printed).toContain(words(COUNTED_ORDERS.vi));
    expect(printed).toContain(words(COUNTED_ORDERS.en));
  });

  it('prints a no-break space before ₫, with the font’s own blank glyph as wide as a space', async () => {
    // pdf.js reads any white space back as U+0020, so the golden text cannot tell: look at what
    // the PDF maps its glyphs to, and at the glyph the font has for U+00A0.
    const bytes = await renderPilotReportPdf(sample);
    expect(toUnicodeMaps(bytes).some((map) => /<00a0>/i.test(map))).toBe(true);
    for (const file of Object.values(FONT_FILES)) {
      const font = create(readFileSync(file)) as Font;
      const [space, noBreak] = [font.glyphForCodePoint(0x20), font.glyphForCodePoint(0xa0)];
      expect(noBreak.id).not.toBe(0); // not .notdef
      expect(noBreak.advanceWidth).toBe(space.advanceWidth);
      expect(noBreak.path.commands).toEqual([]);
    }
  });

  it('refuses a day that is not in the calendar, naming it', async () => {
    const broken = { ...sample, due_by: '2026-02-30' };
    await expect(renderPilotReportPdf(broken)).rejects.toThrow(
      '[pilot-report] due_by: không in được / cannot be printed: 2026-02-30',
    );
  });

  it('gives the same bytes for the same report, whenever it is rendered', async () => {
    const first = await renderPilotReportPdf(sample);
    await renderedADayLater(async () =>
      expect((await renderPilotReportPdf(sample)).equals(first)).toBe(true),
    );
  });
});
